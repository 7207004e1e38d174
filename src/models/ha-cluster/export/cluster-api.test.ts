import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CLUSTER_NAME, clusterApiFile } from './cluster-api.ts';
import { kubeletConfiguration } from './kubelet.ts';
import { schemaErrors, type Schema } from './schema-check.ts';
import { PLAN_CASES, checkText, documents, sized } from './test-plans.ts';

// Cluster API v1.14 (v1beta2) and CAPO v0.14 (v1beta1), shaped like CAPO's templates/cluster-template.yaml. Every
// object's spec is checked against its CRD's schema at those releases (crd-schemas.json, copied from the projects'
// CRDs by scripts/extract-crd-schemas.ts), as the API server would check it; and beyond what a schema can say: every
// kind at its API version, every reference resolving to an object of the file, and the counts and zones of the plan.

/** Each kind's spec schema, by "apiVersion kind". */
const CRD_SCHEMAS: Record<string, { source: string; spec: Schema }> = JSON.parse(readFileSync(path.join(import.meta.dirname, 'crd-schemas.json'), 'utf8'));

/** What the API server would reject or drop in an object of the file: its top-level fields, and its spec by its CRD. */
function crdErrors(doc: Record<string, unknown>): string[] {
  const crd = CRD_SCHEMAS[`${doc.apiVersion} ${doc.kind}`];
  if (!crd) return [`no CRD schema for ${doc.apiVersion} ${doc.kind}`];
  const extra = Object.keys(doc).filter((key) => !['apiVersion', 'kind', 'metadata', 'spec'].includes(key)).map((key) => `unknown field ${key}`);
  return [...extra, ...schemaErrors(doc.spec, crd.spec)];
}

type Doc = Record<string, any>;

const API: Record<string, string> = {
  Cluster: 'cluster.x-k8s.io/v1beta2',
  MachineDeployment: 'cluster.x-k8s.io/v1beta2',
  KubeadmControlPlane: 'controlplane.cluster.x-k8s.io/v1beta2',
  KubeadmConfigTemplate: 'bootstrap.cluster.x-k8s.io/v1beta2',
  OpenStackCluster: 'infrastructure.cluster.x-k8s.io/v1beta1',
  OpenStackMachineTemplate: 'infrastructure.cluster.x-k8s.io/v1beta1',
};

/** A v1beta2 reference ({apiGroup, kind, name}, no apiVersion) that names an object of the file. */
function assertResolves(ref: Doc, docs: Doc[], where: string) {
  assert.deepEqual(Object.keys(ref).sort(), ['apiGroup', 'kind', 'name'], `${where}: a v1beta2 reference`);
  const target = docs.find((d) => d.kind === ref.kind && d.metadata.name === ref.name);
  assert.ok(target, `${where} names ${ref.kind} ${ref.name}, which the file holds`);
  assert.equal(API[ref.kind].split('/')[0], ref.apiGroup, `${where}: the kind's group`);
}

for (const { name, params } of PLAN_CASES) {
  test(`clusterApiFile: ${name}`, () => {
    const { input, plan } = sized(params);
    const text = clusterApiFile(plan);
    checkText(text, clusterApiFile(plan));
    const docs = documents(text) as Doc[];
    const byKind = (kind: string) => docs.filter((d) => d.kind === kind);
    const zones = Array.from({ length: plan.zones }, (_, z) => `<ZONE_${z + 1}>`);

    const workers = plan.workers > 0;
    assert.deepEqual(docs.map((d) => d.kind), ['Cluster', 'OpenStackCluster', 'KubeadmControlPlane', 'OpenStackMachineTemplate',
      ...(workers ? ['OpenStackMachineTemplate', 'KubeadmConfigTemplate', ...zones.map(() => 'MachineDeployment')] : [])]);
    for (const d of docs) {
      assert.equal(d.apiVersion, API[d.kind], `${d.kind}'s API version`);
      assert.equal(typeof d.metadata?.name, 'string', `${d.kind}: metadata.name`);
      assert.deepEqual(crdErrors(d), [], `${d.kind} ${d.metadata.name} against its CRD`);
    }
    // CAPO requires a flavor or a flavor ID by a CEL rule, which the schema check does not run.
    for (const t of byKind('OpenStackMachineTemplate')) assert.equal(typeof t.spec.template.spec.flavor, 'string', `${t.metadata.name}: a flavor`);

    const [cluster] = byKind('Cluster');
    const [openstack] = byKind('OpenStackCluster');
    const [kcp] = byKind('KubeadmControlPlane');
    assert.equal(cluster.metadata.name, CLUSTER_NAME);
    assertResolves(cluster.spec.controlPlaneRef, docs, 'Cluster.controlPlaneRef');
    assertResolves(cluster.spec.infrastructureRef, docs, 'Cluster.infrastructureRef');
    assertResolves(kcp.spec.machineTemplate.spec.infrastructureRef, docs, 'KubeadmControlPlane.machineTemplate');
    assert.equal(openstack.spec.identityRef.name, '<OPENSTACK_CREDENTIALS_SECRET>', 'the credentials Secret is a placeholder');
    assert.deepEqual(openstack.spec.controlPlaneAvailabilityZones, zones);

    // The control plane: its count, etcd as the topology has it, the taint removed when converged.
    assert.equal(kcp.spec.replicas, plan.controlPlanes);
    const cfg = kcp.spec.kubeadmConfigSpec;
    if (input.topology === 'external') {
      assert.deepEqual(cfg.clusterConfiguration.etcd.external.endpoints, plan.machines.filter((m) => m.role === 'etcd').map((m) => `https://<${m.id.toUpperCase().replace('-', '_')}_ADDRESS>:2379`));
    } else {
      assert.equal(cfg.clusterConfiguration.etcd, undefined, 'stacked: kubeadm\'s local etcd, the default');
    }
    const taints = input.topology === 'converged' ? [] : undefined;
    assert.deepEqual(cfg.initConfiguration.nodeRegistration.taints, taints);
    assert.deepEqual(cfg.joinConfiguration.nodeRegistration.taints, taints);

    // Workers: one MachineDeployment per zone, pinned to it, with the plan's workers in that zone.
    const deployments = byKind('MachineDeployment');
    assert.equal(deployments.reduce((sum, d) => sum + d.spec.replicas, 0), plan.workers, 'replicas add up to the workers');
    deployments.forEach((d, z) => {
      assert.equal(d.spec.template.spec.failureDomain, zones[z]);
      assert.equal(d.spec.replicas, plan.machines.filter((m) => m.role === 'worker' && m.zone === z).length);
      assert.equal(d.spec.clusterName, CLUSTER_NAME);
      assertResolves(d.spec.template.spec.bootstrap.configRef, docs, `${d.metadata.name}.bootstrap`);
      assertResolves(d.spec.template.spec.infrastructureRef, docs, `${d.metadata.name}.infrastructureRef`);
    });

    // Every kubeadm config carries the kubelet patch with the plan's settings, and reads the patch folder.
    const specs = [cfg, ...byKind('KubeadmConfigTemplate').map((t) => t.spec.template.spec)];
    for (const spec of specs) {
      const [file] = spec.files;
      assert.match(file.path, /^\/etc\/kubernetes\/patches\/kubeletconfiguration\d*\+strategic\.json$/);
      assert.deepEqual(JSON.parse(file.content), kubeletConfiguration(plan));
      assert.equal(spec.joinConfiguration.patches.directory, '/etc/kubernetes/patches');
    }
  });
}

test('the CRD check rejects what the API server would: a misspelt field, a wrong type, a value outside the enum', () => {
  const docs = documents(clusterApiFile(sized({}).plan)) as Doc[];
  const kcp = docs.find((d) => d.kind === 'KubeadmControlPlane')!;
  const openstack = docs.find((d) => d.kind === 'OpenStackCluster')!;
  kcp.spec.replica = kcp.spec.replicas;
  kcp.spec.machineTemplate.spec.infrastructureRef.name = 7;
  openstack.spec.identityRef.type = 'Token';
  assert.deepEqual(crdErrors(kcp), ['spec.machineTemplate.spec.infrastructureRef.name: 7 is not of type string', 'spec: unknown field replica']);
  assert.deepEqual(crdErrors(openstack), ['spec.identityRef.type: "Token" is not one of ["Secret","ClusterIdentity"]']);
  assert.deepEqual(crdErrors({ apiVersion: 'cluster.x-k8s.io/v1beta1', kind: 'Cluster', metadata: { name: 'x' }, spec: {} }), ['no CRD schema for cluster.x-k8s.io/v1beta1 Cluster']);
});
