import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EVICTION_DEFAULTS } from './kubelet.ts';
import { LISTED_WORKERS_MAX, hostRange, kubesprayFile } from './kubespray.ts';
import { PLAN_CASES, checkText, documents, idsOf, sized } from './test-plans.ts';

// Kubespray v2.31's inventory layout (docs/ansible/inventory.md) and variables (docs/ansible/vars.md,
// inventory/sample/group_vars/k8s_cluster/k8s-cluster.yml), checked on every plan of the table.

type Group = { hosts?: Record<string, Record<string, unknown> | null>; children?: Record<string, unknown>; vars?: Record<string, any> };

/** Ansible's expansion of a host pattern: name-[start:end] or name-[start:end:step], the end included. */
function expand(pattern: string): string[] {
  const range = /^(.*)\[(\d+):(\d+)(?::(\d+))?\](.*)$/.exec(pattern);
  if (!range) return [pattern];
  const [, head, start, end, step = '1', tail] = range;
  const names = [];
  for (let n = Number(start); n <= Number(end); n += Number(step)) names.push(`${head}${n}${tail}`);
  return names;
}
const hostsOf = (group: Group | undefined) => Object.keys(group?.hosts ?? {}).flatMap(expand);
const sorted = (names: string[]) => [...names].sort();

test('hostRange: Ansible range patterns, the end included and a step only when it is not 1', () => {
  assert.equal(hostRange('worker', [1, 2, 3]), 'worker-[1:3]');
  assert.equal(hostRange('worker', [2, 5, 8, 11]), 'worker-[2:11:3]');
  assert.equal(hostRange('worker', [7]), 'worker-7');
  assert.deepEqual(expand(hostRange('worker', [4, 9, 14])), ['worker-4', 'worker-9', 'worker-14']);
  assert.throws(() => hostRange('worker', [1, 2, 4]), /evenly stepped/);
});

for (const { name, params } of PLAN_CASES) {
  test(`kubesprayFile: ${name}`, () => {
    const { input, result, plan } = sized(params);
    const text = kubesprayFile(plan);
    checkText(text, kubesprayFile(plan));
    const [inventory] = documents(text) as Array<{ all: { vars: Record<string, any>; children: Record<string, Group> } }>;
    const { vars, children } = inventory.all;
    const cps = idsOf(plan, 'control-plane'), etcd = idsOf(plan, 'etcd'), workers = idsOf(plan, 'worker');

    // Kubespray's three groups, one host per machine under the sizer's names; k8s_cluster is Kubespray's to derive.
    assert.equal(children.k8s_cluster, undefined);
    assert.deepEqual(sorted(hostsOf(children.kube_control_plane)), sorted(cps));
    const converged = input.topology === 'converged';
    assert.deepEqual(sorted(hostsOf(children.kube_node)), sorted(converged ? [...cps, ...workers] : workers), 'kube_node: the workers, and converged control planes');
    if (input.topology === 'external') {
      assert.deepEqual(hostsOf(children.etcd), etcd);
      assert.equal(vars.etcd_deployment_type, 'host');
    } else {
      assert.deepEqual(children.etcd, { children: { kube_control_plane: {} } }, 'stacked: etcd is the control-plane group');
    }
    const etcdMembers = input.topology === 'external' ? etcd.length : cps.length;
    assert.equal(etcdMembers % 2, 1, 'Kubespray refuses an even number of etcd hosts');
    assert.equal(etcdMembers, result.etcd.members);

    // Addresses: a placeholder per listed host; many workers become ranges without one.
    for (const id of [...cps, ...etcd]) assert.equal(children[id.startsWith('cp') ? 'kube_control_plane' : 'etcd'].hosts![id]!.ansible_host, `<${id.toUpperCase().replace('-', '_')}_ADDRESS>`);
    const ranged = workers.length > LISTED_WORKERS_MAX;
    for (const key of Object.keys(children.kube_node.hosts ?? {})) assert.equal(key.includes('['), ranged && key.startsWith('worker'), key);

    // Zone groups: every Kubernetes host in exactly one, labelled with its zone as the plan places it.
    const zoneOf = new Map(plan.machines.map((m) => [m.id, m.zone]));
    const zoneGroups = Object.entries(children).filter(([g]) => g.startsWith('zone_'));
    const labelled = zoneGroups.flatMap(([g, group]) => {
      const zone = Number(g.slice(5)) - 1;
      assert.deepEqual(group.vars, { node_labels: { 'topology.kubernetes.io/zone': `<ZONE_${zone + 1}>` } });
      const names = hostsOf(group);
      for (const n of names) assert.equal(zoneOf.get(n), zone, `${n} in ${g}`);
      return names;
    });
    assert.deepEqual(sorted(labelled), sorted([...cps, ...workers]));

    // The kubelet as the plan was sized, in Kubespray's variables; nothing reserved for the system.
    assert.equal(vars.kubelet_max_pods, input.maxPods);
    assert.equal(vars.kube_cpu_reserved, `${Math.ceil(result.allocatable.reservedCpuMillicores)}m`.replace(/^0m$/, '0'));
    assert.equal(vars.kube_memory_reserved, `${Math.ceil(result.allocatable.reservedMemoryMiB)}Mi`.replace(/^0Mi$/, '0'));
    assert.deepEqual([vars.system_cpu_reserved, vars.system_memory_reserved], ['0', '0']);
    assert.deepEqual(vars.eviction_hard, { 'memory.available': `${result.allocatable.evictionMemoryMiB}Mi`, ...EVICTION_DEFAULTS });
    assert.deepEqual(vars.loadbalancer_apiserver, { address: '<LOAD_BALANCER_ADDRESS>', port: 6443 });

    // Pod addresses: Kubespray checks max pods fits a node's block, and the blocks fit the pod range.
    const nodePrefix = vars.kube_network_node_prefix ?? 24;
    assert.ok(input.maxPods <= 2 ** (32 - nodePrefix) - 2, 'validate_inventory: max pods fit the per-node block');
    const nodes = cps.length + workers.length;
    const podsPrefix = Number(/a \/(\d+) or larger/.exec(text)?.[1] ?? 18);
    assert.ok(2 ** (nodePrefix - podsPrefix) >= nodes, `a /${podsPrefix} holds ${nodes} blocks of /${nodePrefix}`);
    assert.equal(vars.kube_pods_subnet === undefined, podsPrefix === 18 && nodePrefix === 24, 'the pod range is asked for only when the default does not do');
  });
}
