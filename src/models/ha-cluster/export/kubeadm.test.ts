import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kubeadmFile } from './kubeadm.ts';
import { EVICTION_DEFAULTS } from './kubelet.ts';
import { PLAN_CASES, checkText, documents, idsOf, namesByZone, sized } from './test-plans.ts';

// kubeadm's v1beta4 API (https://kubernetes.io/docs/reference/config-api/kubeadm-config.v1beta4/) and the kubelet's
// v1beta1 (https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/), checked on every plan of the table.

type Doc = Record<string, any>;

for (const { name, params } of PLAN_CASES) {
  test(`kubeadmFile: ${name}`, () => {
    const { input, result, plan } = sized(params);
    const text = kubeadmFile(plan);
    checkText(text, kubeadmFile(plan));
    const docs = documents(text) as Doc[];
    const joins = plan.machines.filter((m) => m.role !== 'etcd').length > 1;
    assert.deepEqual(docs.map((d) => d.kind), ['InitConfiguration', 'ClusterConfiguration', 'KubeletConfiguration', ...(joins ? ['JoinConfiguration'] : [])]);
    for (const d of docs) assert.equal(d.apiVersion, d.kind === 'KubeletConfiguration' ? 'kubelet.config.k8s.io/v1beta1' : 'kubeadm.k8s.io/v1beta4');
    const [init, cluster, kubelet, join] = docs;

    // cp-1 runs kubeadm init, in its zone; every machine is named in the header, by zone.
    const cp1 = plan.machines.find((m) => m.id === 'cp-1')!;
    assert.equal(init.nodeRegistration.name, 'cp-1');
    assert.deepEqual(init.nodeRegistration.kubeletExtraArgs, [{ name: 'node-labels', value: `topology.kubernetes.io/zone=<ZONE_${cp1.zone + 1}>` }]);
    assert.equal(init.localAPIEndpoint.advertiseAddress, '<CP_1_ADDRESS>');
    const zones = Array.from({ length: plan.zones }, (_, z) => plan.machines.filter((m) => m.zone === z).map((m) => m.id));
    assert.deepEqual(namesByZone(text), zones, 'the header names every machine in its zone');

    // The load balancer the plan needs, and etcd as the topology has it.
    assert.equal(cluster.controlPlaneEndpoint, '<LOAD_BALANCER_ADDRESS>:6443');
    if (input.topology === 'external') {
      assert.equal(cluster.etcd.local, undefined);
      assert.deepEqual(cluster.etcd.external.endpoints, idsOf(plan, 'etcd').map((id) => `https://<${id.toUpperCase().replace('-', '_')}_ADDRESS>:2379`));
      assert.equal(cluster.etcd.external.endpoints.length, result.etcdMachines);
      for (const key of ['caFile', 'certFile', 'keyFile']) assert.match(cluster.etcd.external[key], /^\/etc\/kubernetes\/pki\//);
    } else {
      assert.deepEqual(cluster.etcd, { local: { dataDir: '/var/lib/etcd' } });
    }

    // Converged machines are not tainted (taints: []); the others keep kubeadm's default taint (no taints field).
    const converged = input.topology === 'converged';
    assert.deepEqual(init.nodeRegistration.taints, converged ? [] : undefined);
    if (join) {
      assert.deepEqual(join.nodeRegistration.taints, converged ? [] : undefined);
      assert.equal(join.discovery.bootstrapToken.apiServerEndpoint, '<LOAD_BALANCER_ADDRESS>:6443');
      assert.equal(join.controlPlane !== undefined, result.controlPlaneMachines > 1, 'a controlPlane block when control-plane machines join');
    }

    // The kubelet as the plan was sized.
    assert.equal(kubelet.maxPods, input.maxPods);
    const cpu = Math.ceil(result.allocatable.reservedCpuMillicores), memory = Math.ceil(result.allocatable.reservedMemoryMiB);
    assert.deepEqual(kubelet.kubeReserved, cpu + memory === 0 ? undefined : { cpu: `${cpu}m`, memory: `${memory}Mi` });
    assert.deepEqual(kubelet.evictionHard, { 'memory.available': `${result.allocatable.evictionMemoryMiB}Mi`, ...EVICTION_DEFAULTS });
  });
}

test('kubeadmFile: a plan of one converged machine has no JoinConfiguration and no join step', () => {
  const text = kubeadmFile(sized({ topology: 'converged', tolerate: '0', replicas: '6' }).plan);
  assert.doesNotMatch(text, /JoinConfiguration\n|kubeadm join/);
});
