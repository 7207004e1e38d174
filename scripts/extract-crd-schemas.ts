/**
 * `node scripts/extract-crd-schemas.ts <cluster-api checkout> <cluster-api-provider-openstack checkout>`: copies the
 * OpenAPI schemas of the custom resources the Cluster API export writes, at the releases it targets
 * (src/models/ha-cluster/export/targets.ts), from the projects' own CRDs into
 * src/models/ha-cluster/export/crd-schemas.json, which cluster-api.test.ts checks every Cluster API file against.
 * Only `spec` is kept (the export writes no status), and only what a structural check reads: descriptions and CEL
 * rules (x-kubernetes-validations, which need a CEL evaluator) are dropped. Run it again, with the new tags below,
 * when the export targets newer releases.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const SOURCES = [
  { repo: 'kubernetes-sigs/cluster-api', tag: 'v1.14.0', version: 'v1beta2', paths: [
    'core/config/crd/bases/cluster.x-k8s.io_clusters.yaml',
    'core/config/crd/bases/cluster.x-k8s.io_machinedeployments.yaml',
    'bootstrap/kubeadm/config/crd/bases/bootstrap.cluster.x-k8s.io_kubeadmconfigtemplates.yaml',
    'controlplane/kubeadm/config/crd/bases/controlplane.cluster.x-k8s.io_kubeadmcontrolplanes.yaml',
  ] },
  { repo: 'kubernetes-sigs/cluster-api-provider-openstack', tag: 'v0.14.7', version: 'v1beta1', paths: [
    'config/crd/bases/infrastructure.cluster.x-k8s.io_openstackclusters.yaml',
    'config/crd/bases/infrastructure.cluster.x-k8s.io_openstackmachinetemplates.yaml',
  ] },
];
const KEEP = new Set(['type', 'default', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'pattern', 'format', 'minimum',
  'maximum', 'minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties', 'anyOf', 'oneOf', 'allOf',
  'x-kubernetes-int-or-string', 'x-kubernetes-preserve-unknown-fields']);

type Schema = Record<string, unknown>;
function trim(schema: Schema): Schema {
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (!KEEP.has(key)) continue;
    if (key === 'properties') out[key] = Object.fromEntries(Object.entries(value as Record<string, Schema>).map(([k, v]) => [k, trim(v)]));
    else if (key === 'items' || (key === 'additionalProperties' && typeof value === 'object')) out[key] = trim(value as Schema);
    else if (key === 'anyOf' || key === 'oneOf' || key === 'allOf') out[key] = (value as Schema[]).map(trim);
    else out[key] = value;
  }
  return out;
}

const checkouts = process.argv.slice(2);
if (checkouts.length !== SOURCES.length) throw new Error('usage: extract-crd-schemas.ts <cluster-api checkout> <cluster-api-provider-openstack checkout>');
const schemas: Record<string, { source: string; spec: Schema }> = {};
SOURCES.forEach(({ repo, tag, version, paths }, i) => {
  for (const file of paths) {
    const crd = parse(execFileSync('git', ['-C', checkouts[i], 'show', `${tag}:${file}`], { encoding: 'utf8', maxBuffer: 1 << 26 }));
    const served = crd.spec.versions.find((v: { name: string }) => v.name === version);
    const spec = served.schema.openAPIV3Schema.properties.spec as Schema;
    schemas[`${crd.spec.group}/${version} ${crd.spec.names.kind}`] = { source: `https://github.com/${repo}/blob/${tag}/${file}`, spec: trim(spec) };
  }
});
writeFileSync('src/models/ha-cluster/export/crd-schemas.json', `${JSON.stringify(schemas)}\n`);
