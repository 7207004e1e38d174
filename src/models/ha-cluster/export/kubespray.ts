import { evictionHard, kubeReserved, kubeletWords } from './kubelet.ts';
import { machinesWith, numbersIn, zoneIndexes, type ExportPlan } from './plan.ts';
import { API_PORT, addressPh, ph, planWords, stepOf, zonePh } from './words.ts';
import { commented, toYaml, type Yaml, type YamlMap } from './yaml.ts';
import { TARGETS } from './targets.ts';

/**
 * The plan as a Kubespray inventory in YAML (inventory/sample's layout; docs/ansible/inventory.md at v2.31): groups
 * kube_control_plane, etcd and kube_node, one host per machine named as the sizer names it, and one group per zone
 * that sets the zone's node label. YAML rather than INI, because node_labels, loadbalancer_apiserver and
 * eviction_hard must be mappings, which INI group variables cannot hold.
 */

/** Up to this many workers get a line each with their address; more are written as Ansible host ranges. */
export const LISTED_WORKERS_MAX = 12;
/** Kubespray's defaults: a /24 of pod addresses per node, from a /18 (room for 64 nodes). */
const NODE_PREFIX = 24;
const DEFAULT_PODS_PREFIX = 18;

/** An Ansible host pattern for numbers that step evenly: worker-[1:118:3] (start, end inclusive, step). */
export function hostRange(prefix: string, nums: readonly number[]): string {
  const step = stepOf(nums);
  if (step === null) throw new Error('host ranges need evenly stepped numbers');
  if (nums.length === 1) return `${prefix}-${nums[0]}`;
  return `${prefix}-[${nums[0]}:${nums[nums.length - 1]}${step === 1 ? '' : `:${step}`}]`;
}

const ranged = (plan: ExportPlan) => plan.workers > LISTED_WORKERS_MAX;
const allWorkers = (plan: ExportPlan) => Array.from({ length: plan.workers }, (_, i) => i + 1);

/** Hosts of a role, each with its address placeholder, or (many workers) as ranges without one. */
function hostsOf(plan: ExportPlan, role: 'control-plane' | 'etcd' | 'worker'): YamlMap {
  if (role === 'worker' && ranged(plan)) return { [hostRange('worker', allWorkers(plan))]: null };
  return Object.fromEntries(machinesWith(plan, role).map((m): [string, Yaml] => {
    const vars = { ansible_host: addressPh(m.id) };
    return [m.id, role === 'etcd' ? commented(vars, `in ${zonePh(m.zone)}`) : vars];
  }));
}

/** One group per zone: its Kubernetes hosts, and the zone label Kubespray puts on them (node_labels). */
function zoneGroups(plan: ExportPlan): YamlMap {
  return Object.fromEntries(zoneIndexes(plan).map((z) => {
    const cps = numbersIn(plan, 'control-plane', z).map((n) => `cp-${n}`);
    const workers = numbersIn(plan, 'worker', z);
    const workerNames = ranged(plan) ? (workers.length > 0 ? [hostRange('worker', workers)] : []) : workers.map((n) => `worker-${n}`);
    return [`zone_${z + 1}`, {
      hosts: Object.fromEntries([...cps, ...workerNames].map((name) => [name, null])),
      vars: { node_labels: { 'topology.kubernetes.io/zone': zonePh(z) } },
    }];
  }).filter(([, group]) => Object.keys((group as { hosts: YamlMap }).hosts).length > 0));
}

/** Pod addressing for many nodes: Kubespray's defaults hold 64 nodes of up to 254 pods. */
function podNetwork(plan: ExportPlan): YamlMap {
  const nodePrefix = plan.kubelet.maxPods > 254 ? NODE_PREFIX - 1 : NODE_PREFIX;
  const nodes = plan.controlPlanes + plan.workers;
  const podsPrefix = Math.min(DEFAULT_PODS_PREFIX, nodePrefix - Math.ceil(Math.log2(nodes)));
  return {
    ...(nodePrefix !== NODE_PREFIX ? { kube_network_node_prefix: commented(nodePrefix, `a /${nodePrefix} of pod addresses per node: room for ${plan.kubelet.maxPods} pods`) } : {}),
    ...(podsPrefix !== DEFAULT_PODS_PREFIX || nodePrefix !== NODE_PREFIX
      ? { kube_pods_subnet: commented(ph('POD_SUBNET'), `a /${podsPrefix} or larger, unused elsewhere: a /${nodePrefix} for each of ${nodes} nodes`) }
      : {}),
  };
}

function vars(plan: ExportPlan): YamlMap {
  const reserved = kubeReserved(plan);
  return {
    loadbalancer_apiserver: commented({ address: ph('LOAD_BALANCER_ADDRESS'), port: API_PORT }, 'yours, in front of the API servers; without it nodes use Kubespray\'s local proxy'),
    ...(plan.topology === 'external' ? { etcd_deployment_type: commented('host', 'Kubespray installs etcd on the etcd hosts') } : {}),
    kubelet_max_pods: plan.kubelet.maxPods,
    // Kubespray writes kube- and system-reserved into every kubelet's configuration whatever kube_reserved says.
    kube_cpu_reserved: reserved?.cpu ?? '0',
    kube_memory_reserved: reserved?.memory ?? '0',
    system_cpu_reserved: commented('0', 'the plan counts the whole reservation as kube-reserved'),
    system_memory_reserved: '0',
    eviction_hard: evictionHard(plan),
    ...podNetwork(plan),
  };
}

function header(plan: ExportPlan): string[] {
  const etcdLine = {
    converged: 'Converged: every control-plane host is in kube_node too, so Kubespray leaves it untainted and it runs pods.',
    stacked: 'Stacked etcd: the etcd group is the control-plane group.',
    external: 'External etcd: Kubespray installs etcd on the etcd hosts, which are in no other group.',
  }[plan.topology];
  return [
    'Kubespray inventory for the K8s or Die HA sizer\'s plan:',
    `  ${planWords(plan)}`,
    `Targets Kubespray ${TARGETS.kubesprayRelease}. Save it as inventory/<cluster>/hosts.yaml beside a copy of inventory/sample/group_vars, then:`,
    '  ansible-playbook -i inventory/<cluster>/hosts.yaml --become cluster.yml',
    'Placeholders look like <THIS>: replace each one before use. Nothing here is a real address or name.',
    '',
    'Groups kube_control_plane, etcd and kube_node, as Kubespray names them; it derives k8s_cluster itself.',
    etcdLine,
    'Each zone_N group labels its hosts with their zone (node_labels, topology.kubernetes.io/zone).',
    'Kubelet settings are those the plan was sized with:',
    `  ${kubeletWords(plan)}.`,
    ...(ranged(plan) ? rangeNote(plan) : []),
  ];
}

/** What a host range means, on the plan's own first range. */
function rangeNote(plan: ExportPlan): string[] {
  const nums = zoneIndexes(plan).map((z) => numbersIn(plan, 'worker', z)).find((n) => n.length > 2) ?? allWorkers(plan);
  const [a, b, last] = [nums[0], nums[1], nums[nums.length - 1]];
  return [
    `Workers are Ansible host ranges (start:end:step): ${hostRange('worker', nums)} means worker-${a}, worker-${b} ... worker-${last}.`,
    'Ranged hosts carry no address here: give each name a DNS record, or its ansible_host in host_vars/<name>.yml.',
  ];
}

/** The Kubespray inventory (hosts.yaml) for a plan. */
export function kubesprayFile(plan: ExportPlan): string {
  const controlPlanes = hostsOf(plan, 'control-plane');
  const workers = plan.workers > 0 ? hostsOf(plan, 'worker') : {};
  const converged = plan.topology === 'converged';
  const nodes: YamlMap = converged ? { ...Object.fromEntries(Object.keys(controlPlanes).map((id) => [id, null])), ...workers } : workers;
  return toYaml([{
    comments: header(plan),
    body: {
      all: {
        vars: vars(plan),
        children: {
          kube_control_plane: { hosts: controlPlanes },
          etcd: plan.topology === 'external' ? { hosts: hostsOf(plan, 'etcd') } : { children: { kube_control_plane: {} } },
          kube_node: { hosts: nodes },
          ...zoneGroups(plan),
        },
      },
    },
  }]);
}
