import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CLUSTER_NAME, clusterApiFile } from './cluster-api.ts';
import { kubeletConfiguration } from './kubelet.ts';
import { PLAN_CASES, checkText, documents, sized } from './test-plans.ts';

// Cluster API v1.14 (v1beta2) and CAPO v0.14 (v1beta1), shaped like CAPO's templates/cluster-template.yaml. No npm
// package publishes their CRD schemas, so these checks stand in for one: every kind at its API version, the fields
// the CRDs require, every reference resolving to an object of the file, and the counts and zones of the plan.

type Doc = Record<string, any>;

const API: Record<string, string> = {
  Cluster: 'cluster.x-k8s.io/v1beta2',
  MachineDeployment: 'cluster.x-k8s.io/v1beta2',
  KubeadmControlPlane: 'controlplane.cluster.x-k8s.io/v1beta2',
  KubeadmConfigTemplate: 'bootstrap.cluster.x-k8s.io/v1beta2',
  OpenStackCluster: 'infrastructure.cluster.x-k8s.io/v1beta1',
  OpenStackMachineTemplate: 'infrastructure.cluster.x-k8s.io/v1beta1',
};

/** The required fields of the CRDs at these versions (their openAPIV3Schema's `required` lists), as paths. */
const REQUIRED: Record<string, string[]> = {
  Cluster: ['metadata.name', 'spec.controlPlaneRef', 'spec.infrastructureRef'],
  OpenStackCluster: ['metadata.name', 'spec.identityRef.cloudName', 'spec.identityRef.name'],
  KubeadmControlPlane: ['metadata.name', 'spec.version', 'spec.machineTemplate.spec.infrastructureRef'],
  OpenStackMachineTemplate: ['metadata.name', 'spec.template.spec.flavor', 'spec.template.spec.image'],
  KubeadmConfigTemplate: ['metadata.name', 'spec.template.spec'],
  MachineDeployment: ['metadata.name', 'spec.clusterName', 'spec.selector', 'spec.template.spec.clusterName', 'spec.template.spec.bootstrap.configRef', 'spec.template.spec.infrastructureRef'],
};
const at = (doc: Doc, path: string) => path.split('.').reduce<any>((v, key) => v?.[key], doc);

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
      for (const path of REQUIRED[d.kind]) assert.notEqual(at(d, path), undefined, `${d.kind} ${d.metadata?.name}: ${path}`);
    }

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
