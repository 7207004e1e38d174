/**
 * deploy/kubernetes/*.yaml: every object valid against the Kubernetes OpenAPI schema (kubernetes-models), then the
 * properties the guide asks of a production web tier, and the links between the objects and the image.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { Deployment } from 'kubernetes-models/apps/v1';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { Service } from 'kubernetes-models/v1';
import { DEPLOY_DIR } from '../nginx/start-nginx.ts';
import { containerPort } from './container-files.ts';

const dir = path.join(DEPLOY_DIR, 'kubernetes');
/** Every object of every manifest, with the file it came from. */
const objects = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().flatMap((file) =>
  parseAllDocuments(readFileSync(path.join(dir, file), 'utf8')).map((doc, index) => {
    if (doc.errors.length) throw new Error(`${file} document ${index + 1}: ${doc.errors[0].message}`);
    return { file, object: doc.toJS() as { apiVersion: string; kind: string; metadata: { name: string } } };
  }));

/** The schema model for each kind the manifests may use; an unknown kind fails the test. */
const models: Record<string, new (data: never) => { validate(): void }> = {
  'apps/v1 Deployment': Deployment,
  'policy/v1 PodDisruptionBudget': PodDisruptionBudget,
  'v1 Service': Service,
  'networking.k8s.io/v1 Ingress': Ingress,
};

test('kubernetes manifests: every object validates against the Kubernetes OpenAPI schema', () => {
  assert.ok(objects.length >= 4, 'the manifests hold a Deployment, a PodDisruptionBudget, a Service and an Ingress');
  for (const { file, object } of objects) {
    const Model = models[`${object.apiVersion} ${object.kind}`];
    assert.ok(Model, `${file}: no schema model for ${object.apiVersion} ${object.kind}`);
    assert.doesNotThrow(() => new Model(object as never).validate(), `${file}: ${object.kind} ${object.metadata?.name}`);
  }
});

const only = <T>(kind: string): T => {
  const found = objects.filter((o) => o.object.kind === kind);
  assert.equal(found.length, 1, `exactly one ${kind}`);
  return found[0].object as T;
};
const deployment = only<Deployment>('Deployment');
const pod = deployment.spec!.template.spec!;
const container = pod.containers[0];
const podLabels = deployment.spec!.template.metadata!.labels!;
const selects = (selector: Record<string, string> | undefined) =>
  !!selector && Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => podLabels[k] === v);

test('kubernetes manifests: the Deployment runs several replicas, spread across nodes and zones', () => {
  assert.ok(deployment.spec!.replicas! >= 2, 'replicas');
  assert.ok(selects(deployment.spec!.selector.matchLabels), "the Deployment's selector matches its pods");
  const spread = (pod.topologySpreadConstraints ?? []).filter((c) => selects(c.labelSelector?.matchLabels)).map((c) => c.topologyKey);
  const anti = (pod.affinity?.podAntiAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? []).map((t) => t.podAffinityTerm.topologyKey);
  for (const key of ['kubernetes.io/hostname', 'topology.kubernetes.io/zone']) {
    assert.ok([...spread, ...anti].includes(key), `spread over ${key}`);
  }
});

test('kubernetes manifests: a PodDisruptionBudget that covers the pods and still lets a node drain', () => {
  const pdb = only<PodDisruptionBudget>('PodDisruptionBudget');
  assert.ok(selects(pdb.spec!.selector!.matchLabels), "the budget's selector matches the Deployment's pods");
  const replicas = deployment.spec!.replicas!;
  const allowed = pdb.spec!.maxUnavailable !== undefined ? Number(pdb.spec!.maxUnavailable) : replicas - Number(pdb.spec!.minAvailable);
  assert.ok(allowed >= 1 && allowed < replicas, `the budget allows ${allowed} of ${replicas} replicas to go at once`);
});

test('kubernetes manifests: probes, requests and limits, a read-only root filesystem and a non-root user', () => {
  const port = container.ports!.find((p) => p.containerPort === containerPort());
  assert.ok(port?.name, `the container exposes nginx's port ${containerPort()} (deploy/nginx/container.conf) by name`);
  for (const probe of [container.readinessProbe, container.livenessProbe]) {
    assert.ok(probe?.httpGet, 'an HTTP probe');
    assert.ok(probe.httpGet.port === port.name || probe.httpGet.port === port.containerPort, 'the probe asks nginx');
  }
  const { requests, limits } = container.resources!;
  for (const resource of ['cpu', 'memory']) assert.ok(requests?.[resource] && limits?.[resource], `${resource} request and limit`);
  assert.equal(container.securityContext?.readOnlyRootFilesystem, true);
  assert.equal(container.securityContext?.allowPrivilegeEscalation, false);
  assert.ok(container.securityContext?.runAsNonRoot ?? pod.securityContext?.runAsNonRoot, 'runAsNonRoot');
  assert.notEqual(container.securityContext?.runAsUser ?? pod.securityContext?.runAsUser, 0, 'not uid 0');
  const tmp = container.volumeMounts?.find((m) => m.mountPath === '/tmp');
  assert.ok(tmp && pod.volumes?.some((v) => v.name === tmp.name && v.emptyDir), "a writable /tmp for nginx's pid and temp files");
});

test('kubernetes manifests: the Service selects the pods and targets their port; the Ingress routes to the Service', () => {
  const service = only<Service>('Service');
  assert.ok(selects(service.spec!.selector), "the Service's selector matches the pods");
  const servicePort = service.spec!.ports![0];
  assert.ok(container.ports!.some((p) => p.name === servicePort.targetPort || p.containerPort === servicePort.targetPort), 'targetPort is a container port');
  const ingress = only<Ingress>('Ingress');
  const backends = ingress.spec!.rules!.flatMap((r) => r.http!.paths.map((p) => p.backend.service!));
  assert.ok(backends.length > 0);
  for (const backend of backends) {
    assert.equal(backend.name, service.metadata!.name);
    assert.ok(backend.port!.name === servicePort.name || backend.port!.number === servicePort.port, 'the Ingress uses a port of the Service');
  }
});
