import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kubeletFlags } from './kubelet.ts';
import { jujuFile } from './juju.ts';
import { PLAN_CASES, checkText, documents, sized } from './test-plans.ts';

// A Juju bundle in the shape of canonical/k8s-operator's tests/integration/data/test-bundle.yaml and
// test-bundle-etcd.yaml, with the charm options of charms/worker/k8s/charmcraft.yaml.

type App = { charm: string; channel: string; num_units: number; constraints: string; options?: Record<string, string>; expose?: boolean };

for (const { name, params } of PLAN_CASES) {
  test(`jujuFile: ${name}`, () => {
    const { input, plan } = sized(params);
    const text = jujuFile(plan);
    checkText(text, jujuFile(plan));
    const [bundle] = documents(text) as Array<{ 'default-base': string; applications: Record<string, App>; relations?: string[][] }>;
    const apps = bundle.applications;
    const external = input.topology === 'external';

    // Units: the k8s charm is the control plane, k8s-worker the workers, etcd the external etcd machines.
    assert.equal(apps.k8s.charm, 'k8s');
    assert.equal(apps.k8s.num_units, plan.controlPlanes);
    assert.equal(apps['k8s-worker']?.num_units, plan.workers > 0 ? plan.workers : undefined);
    assert.equal(apps.etcd?.num_units, external ? plan.etcd : undefined);
    assert.equal(apps.easyrsa?.num_units, external ? 1 : undefined);
    assert.deepEqual(Object.keys(apps).sort(), [...(external ? ['easyrsa', 'etcd'] : []), 'k8s', ...(plan.workers > 0 ? ['k8s-worker'] : [])].sort());

    // The relations canonical/k8s-operator's test bundles use.
    const expected = [...(plan.workers > 0 ? [['k8s', 'k8s-worker:cluster'], ['k8s', 'k8s-worker:containerd']] : []),
      ...(external ? [['etcd', 'easyrsa:client'], ['etcd', 'k8s:etcd']] : [])];
    assert.deepEqual(bundle.relations ?? [], expected);
    for (const [a, b] of expected) for (const app of [a, b].map((e) => e.split(':')[0])) assert.ok(apps[app], `the relation's ${app} is in the bundle`);

    // Datastore and taint as the topology has them.
    assert.equal(apps.k8s.options!['bootstrap-datastore'], external ? 'etcd' : 'managed-etcd');
    assert.equal(apps.k8s.options!['bootstrap-node-taints'], input.topology === 'converged' ? undefined : 'node-role.kubernetes.io/control-plane=:NoSchedule');

    // Every application may use every zone, and its machines have the plan's size; the kubelet is set as sized.
    const zones = Array.from({ length: plan.zones }, (_, z) => `<ZONE_${z + 1}>`).join(',');
    for (const [app, spec] of Object.entries(apps)) {
      assert.match(spec.constraints, new RegExp(`(^| )zones=${zones}( |$)`), app);
      if (app !== 'easyrsa') assert.match(spec.constraints, new RegExp(`^cores=${Math.ceil(input.nodeCpu)} mem=\\d+[MG] `), app);
    }
    const mem = /mem=(\d+)([MG])/.exec(apps.k8s.constraints)!;
    assert.ok(Number(mem[1]) * (mem[2] === 'G' ? 1024 : 1) >= input.nodeMemory * 1024, 'at least the plan\'s memory');
    for (const app of ['k8s', 'k8s-worker']) if (apps[app]) assert.equal(apps[app].options!['kubelet-extra-args'], kubeletFlags(plan));
    assert.match(apps.k8s.options!['kubelet-extra-args'], new RegExp(`^max-pods=${input.maxPods} `));
  });
}
