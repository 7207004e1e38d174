import { kubeletConfiguration, kubeletWords } from './kubelet.ts';
import { machinesWith, type ExportPlan } from './plan.ts';
import { API_PORT, addressPh, machinesByZone, otherControlPlanes, ph, planWords, zonePh } from './words.ts';
import { commented, toYaml, type YamlMap } from './yaml.ts';
import { TARGETS } from './targets.ts';

/**
 * The plan as one kubeadm configuration file (kubeadm.k8s.io/v1beta4,
 * https://kubernetes.io/docs/reference/config-api/kubeadm-config.v1beta4/): kubeadm init on cp-1 reads its
 * InitConfiguration, ClusterConfiguration and KubeletConfiguration and ignores the JoinConfiguration with a warning;
 * kubeadm join reads only the JoinConfiguration, which every other machine fills in for itself.
 */

export const KUBEADM_API = `kubeadm.k8s.io/${TARGETS.kubeadmApi}`;
const ENDPOINT = `${ph('LOAD_BALANCER_ADDRESS')}:${API_PORT}`;
/** Where kubeadm's HA etcd guide puts the etcd CA and the API server's etcd client certificate. */
const ETCD_PKI = {
  caFile: '/etc/kubernetes/pki/etcd/ca.crt',
  certFile: '/etc/kubernetes/pki/apiserver-etcd-client.crt',
  keyFile: '/etc/kubernetes/pki/apiserver-etcd-client.key',
};

const zoneLabel = (zone: string, comment?: string) => [{
  name: 'node-labels', value: comment ? commented(`topology.kubernetes.io/zone=${zone}`, comment) : `topology.kubernetes.io/zone=${zone}`,
}];

/** Converged plans keep the control-plane taint off, so pods run on every machine: kubeadm's taints: []. */
const noTaint = (plan: ExportPlan): YamlMap =>
  (plan.topology === 'converged' ? { taints: commented([], 'converged: no control-plane taint, so pods run here too') } : {});

function etcd(plan: ExportPlan): YamlMap {
  if (plan.topology !== 'external') return { local: { dataDir: commented('/var/lib/etcd', `${plan.topology}: an etcd member on each control-plane machine`) } };
  const endpoints = machinesWith(plan, 'etcd').map((m) => commented(`https://${addressPh(m.id)}:2379`, `${m.id}, ${zonePh(m.zone)}`));
  return { external: { endpoints, ...ETCD_PKI } };
}

/** The first machines that join, as examples of the names ("cp-2, worker-1"). */
const joiners = (plan: ExportPlan) => [machinesWith(plan, 'control-plane')[1], machinesWith(plan, 'worker')[0]].filter((m) => m).map((m) => m.id).join(', ');

function joinConfiguration(plan: ExportPlan): YamlMap {
  const others = otherControlPlanes(plan);
  const controlPlaneNote = plan.workers === 0 ? `every machine that joins is a control-plane machine (${others})`
    : `control-plane machines only (${others}): delete this block on workers`;
  return {
    apiVersion: KUBEADM_API,
    kind: 'JoinConfiguration',
    nodeRegistration: {
      name: commented(ph('NODE_NAME'), `this machine's name in the plan: ${joiners(plan)}...`),
      ...noTaint(plan),
      kubeletExtraArgs: zoneLabel(ph('NODE_ZONE'), 'this machine\'s zone, from the list at the top'),
    },
    discovery: {
      bootstrapToken: {
        apiServerEndpoint: ENDPOINT,
        token: commented(ph('BOOTSTRAP_TOKEN'), 'printed by kubeadm init'),
        caCertHashes: [commented(`sha256:${ph('CA_CERT_HASH')}`, 'printed by kubeadm init')],
      },
    },
    ...(others ? {
      controlPlane: commented({
        localAPIEndpoint: { advertiseAddress: commented(ph('NODE_ADDRESS'), 'this machine\'s address'), bindPort: API_PORT },
        certificateKey: commented(ph('CERTIFICATE_KEY'), 'printed by kubeadm init --upload-certs'),
      }, controlPlaneNote),
    } : {}),
  };
}

function header(plan: ExportPlan, joins: boolean): string[] {
  const etcdCount = plan.etcd;
  return [
    'kubeadm configuration for the K8s or Die HA sizer\'s plan:',
    `  ${planWords(plan)}`,
    `Targets kubeadm's configuration API ${TARGETS.kubeadmApi} (Kubernetes ${TARGETS.kubeadmSince} and later) and the kubelet's v1beta1.`,
    'Placeholders look like <THIS>: replace each one before use. Nothing here is a real address, token or key.',
    '',
    'Machines by zone (name each host as the plan does):',
    ...machinesByZone(plan),
    '',
    ...(etcdCount > 0 ? [
      `0. First set up the ${etcdCount} etcd machines as a cluster of their own (kubeadm's "Set up a High Availability etcd`,
      '   cluster with kubeadm" guide) and copy its CA and the API server\'s etcd client certificate and key to every',
      '   control-plane machine, at the paths in the ClusterConfiguration below.',
    ] : []),
    '1. On cp-1: kubeadm init --config kubeadm-config.yaml --upload-certs',
    '   init reads the documents below but ignores the JoinConfiguration, with a warning.',
    ...(joins ? [
      '2. On every other control-plane machine and worker: fill in the JoinConfiguration for it, then',
      '   kubeadm join --config kubeadm-config.yaml',
      '   join reads only the JoinConfiguration.',
    ] : []),
  ];
}

/** The kubeadm configuration file for a plan. */
export function kubeadmFile(plan: ExportPlan): string {
  const first = machinesWith(plan, 'control-plane')[0];
  const joins = plan.machines.some((m) => m.role !== 'etcd' && m.id !== first.id);
  const controlPlanes = plan.controlPlanes === 1 ? 'the API server' : `the ${plan.controlPlanes} API servers`;
  return toYaml([
    {
      comments: header(plan, joins),
      body: {
        apiVersion: KUBEADM_API,
        kind: 'InitConfiguration',
        localAPIEndpoint: { advertiseAddress: addressPh(first.id), bindPort: API_PORT },
        nodeRegistration: { name: first.id, ...noTaint(plan), kubeletExtraArgs: zoneLabel(zonePh(first.zone)) },
      },
    },
    {
      body: {
        apiVersion: KUBEADM_API,
        kind: 'ClusterConfiguration',
        kubernetesVersion: commented(ph('KUBERNETES_VERSION'), `${TARGETS.kubeadmSince} or later`),
        controlPlaneEndpoint: commented(ENDPOINT, `a load balancer in front of ${controlPlanes}`),
        etcd: etcd(plan),
        networking: { podSubnet: commented(ph('POD_SUBNET'), 'the pod range your network plugin expects') },
      },
    },
    {
      comments: [
        'Every machine\'s kubelet: init stores this in the kubelet-config ConfigMap and joining machines read it there.',
        'The settings the plan was sized with:',
        `  ${kubeletWords(plan)}.`,
      ],
      body: kubeletConfiguration(plan),
    },
    ...(joins ? [{ comments: ['For kubeadm join on every machine but cp-1 (one machine at a time).'], body: joinConfiguration(plan) }] : []),
  ]);
}
