import { kubeletConfiguration, kubeletWords } from './kubelet.ts';
import { machinesWith, numbersIn, zoneIndexes, type ExportPlan } from './plan.ts';
import { addressPh, ph, planWords, sizeWords, zonePh } from './words.ts';
import { commented, toYaml, type YamlDocument, type YamlMap } from './yaml.ts';
import { TARGETS } from './targets.ts';

/**
 * The plan as Cluster API manifests for OpenStack, shaped like CAPO's own cluster template
 * (templates/cluster-template.yaml at v0.14.7): core, bootstrap and control-plane objects at v1beta2 (Cluster API
 * v1.14), infrastructure objects at CAPO's v1beta1. The control plane is one KubeadmControlPlane, which spreads its
 * machines over the failure domains (Nova availability zones); workers are one MachineDeployment per zone, since a
 * MachineDeployment puts all its machines in one failure domain. Cluster API creates no etcd machines.
 */

export const CLUSTER_NAME = 'k8s-or-die';
const CORE = 'cluster.x-k8s.io';
const api = (group: string, version: string) => `${group}/${version}`;
const ref = (apiGroup: string, kind: string, name: string) => ({ apiGroup, kind, name });
const INFRA = `infrastructure.${CORE}`;
const BOOTSTRAP = `bootstrap.${CORE}`;
const CONTROL_PLANE = `controlplane.${CORE}`;
const CP_NAME = `${CLUSTER_NAME}-control-plane`;
const MD_NAME = `${CLUSTER_NAME}-md`;
/** kubeadm reads patches from here; the kubelet patch carries the plan's kubelet settings (Cluster API book, "Kubelet Configuration"). */
const PATCHES_DIR = '/etc/kubernetes/patches';

const kubeletPatch = (plan: ExportPlan): YamlMap => ({
  path: `${PATCHES_DIR}/kubeletconfiguration0+strategic.json`,
  owner: 'root:root',
  permissions: '0644',
  content: `${JSON.stringify(kubeletConfiguration(plan), null, 2)}\n`,
});

/** How CAPO's template registers a node: the external cloud provider, and the OpenStack instance as its provider id. */
function nodeRegistration(plan: ExportPlan, controlPlane: boolean): YamlMap {
  return {
    name: '{{ local_hostname }}',
    kubeletExtraArgs: [{ name: 'cloud-provider', value: 'external' }, { name: 'provider-id', value: 'openstack:///\'{{ instance_id }}\'' }],
    ...(controlPlane && plan.topology === 'converged' ? { taints: commented([], 'converged: no control-plane taint, so pods run here too') } : {}),
  };
}

const joinAndInit = (plan: ExportPlan, controlPlane: boolean) => ({ nodeRegistration: nodeRegistration(plan, controlPlane), patches: { directory: PATCHES_DIR } });

function etcd(plan: ExportPlan): YamlMap {
  if (plan.topology !== 'external') return {};
  const endpoints = machinesWith(plan, 'etcd').map((m) => commented(`https://${addressPh(m.id)}:2379`, `${m.id}, ${zonePh(m.zone)}, not made by Cluster API`));
  return {
    etcd: {
      external: {
        endpoints,
        caFile: '/etc/kubernetes/pki/etcd/ca.crt',
        certFile: '/etc/kubernetes/pki/apiserver-etcd-client.crt',
        keyFile: '/etc/kubernetes/pki/apiserver-etcd-client.key',
      },
    },
  };
}

function machineTemplate(plan: ExportPlan, name: string): YamlDocument {
  return {
    body: {
      apiVersion: api(INFRA, 'v1beta1'), kind: 'OpenStackMachineTemplate', metadata: { name },
      spec: {
        template: {
          spec: {
            flavor: commented(ph('FLAVOR'), `a flavor of ${sizeWords(plan)}: every machine in the plan has this size`),
            image: { filter: { name: ph('IMAGE_NAME') } },
            sshKeyName: ph('SSH_KEY_NAME'),
          },
        },
      },
    },
  };
}

function machineDeployment(zone: number, replicas: number): YamlDocument {
  return {
    body: {
      apiVersion: api(CORE, 'v1beta2'), kind: 'MachineDeployment', metadata: { name: `${MD_NAME}-${zone + 1}` },
      spec: {
        clusterName: CLUSTER_NAME,
        replicas,
        selector: { matchLabels: commented({}, 'Cluster API adds the cluster\'s and this deployment\'s labels') },
        template: {
          spec: {
            clusterName: CLUSTER_NAME,
            version: ph('KUBERNETES_VERSION'),
            failureDomain: commented(zonePh(zone), 'all of this MachineDeployment\'s machines go to this zone'),
            bootstrap: { configRef: ref(BOOTSTRAP, 'KubeadmConfigTemplate', MD_NAME) },
            infrastructureRef: ref(INFRA, 'OpenStackMachineTemplate', MD_NAME),
          },
        },
      },
    },
  };
}

function workers(plan: ExportPlan): YamlDocument[] {
  if (plan.workers === 0) return [];
  return [
    machineTemplate(plan, MD_NAME),
    {
      body: {
        apiVersion: api(BOOTSTRAP, 'v1beta2'), kind: 'KubeadmConfigTemplate', metadata: { name: MD_NAME },
        spec: { template: { spec: { files: [kubeletPatch(plan)], joinConfiguration: joinAndInit(plan, false) } } },
      },
    },
    ...zoneIndexes(plan).map((z) => machineDeployment(z, numbersIn(plan, 'worker', z).length)),
  ];
}

function header(plan: ExportPlan): string[] {
  const secret = ph('OPENSTACK_CREDENTIALS_SECRET');
  return [
    'Cluster API manifests for OpenStack for the K8s or Die HA sizer\'s plan:',
    `  ${planWords(plan)}`,
    `Targets Cluster API ${TARGETS.clusterApiRelease} (v1beta2 objects) with its OpenStack provider CAPO ${TARGETS.capoRelease} (v1beta1 objects).`,
    'Placeholders look like <THIS>: replace each one before use. Nothing here is a real address, name or secret.',
    '',
    'Zones are Nova availability zones, which Cluster API calls failure domains. The KubeadmControlPlane spreads its',
    `${plan.controlPlanes} machines over them; workers are one MachineDeployment per zone. Cluster API names machines itself:`,
    'the plan\'s cp-N are the KubeadmControlPlane\'s replicas, and its worker-N those of their zone\'s MachineDeployment.',
    'A kubeadm patch on every machine sets the kubelet as the plan was sized:',
    `  ${kubeletWords(plan)}.`,
    '',
    '1. clusterctl init --infrastructure openstack',
    `2. kubectl create secret generic ${secret} --from-file=clouds.yaml`,
    `   kubectl label secret ${secret} clusterctl.cluster.x-k8s.io/move=true`,
    ...(plan.etcd > 0 ? [
      `3. Cluster API creates no etcd machines: build the ${plan.etcd} etcd machines yourself first, then store their CA and the`,
      '   API server\'s client certificate (Cluster API book, "External etcd"):',
      `   kubectl create secret tls ${CLUSTER_NAME}-apiserver-etcd-client --cert=apiserver-etcd-client.crt --key=apiserver-etcd-client.key`,
      `   kubectl create secret generic ${CLUSTER_NAME}-etcd --from-file=tls.crt=etcd-ca.crt`,
    ] : []),
    `${plan.etcd > 0 ? 4 : 3}. kubectl apply -f ${CLUSTER_NAME}-cluster.yaml, then install cloud-provider-openstack in the new cluster:`,
    '   these kubelets wait for it (cloud-provider: external), and it labels each node with its zone.',
  ];
}

/** The Cluster API and CAPO manifests for a plan. */
export function clusterApiFile(plan: ExportPlan): string {
  const zones = zoneIndexes(plan).map(zonePh);
  return toYaml([
    {
      comments: header(plan),
      body: {
        apiVersion: api(CORE, 'v1beta2'), kind: 'Cluster', metadata: { name: CLUSTER_NAME },
        spec: {
          clusterNetwork: { pods: { cidrBlocks: [commented(ph('POD_SUBNET'), 'the pod range your network plugin expects')] } },
          controlPlaneRef: ref(CONTROL_PLANE, 'KubeadmControlPlane', CP_NAME),
          infrastructureRef: ref(INFRA, 'OpenStackCluster', CLUSTER_NAME),
        },
      },
    },
    {
      body: {
        apiVersion: api(INFRA, 'v1beta1'), kind: 'OpenStackCluster', metadata: { name: CLUSTER_NAME },
        spec: {
          identityRef: { cloudName: ph('OPENSTACK_CLOUD'), name: commented(ph('OPENSTACK_CREDENTIALS_SECRET'), 'the Secret of step 2') },
          externalNetwork: { id: ph('EXTERNAL_NETWORK_ID') },
          apiServerLoadBalancer: { enabled: commented(true, 'CAPO creates an Octavia load balancer in front of the API servers') },
          managedSecurityGroups: { allowAllInClusterTraffic: commented(true, 'or open only what your network plugin needs') },
          managedSubnets: [{ cidr: ph('NODE_SUBNET'), dnsNameservers: [ph('DNS_NAMESERVER')] }],
          controlPlaneAvailabilityZones: commented(zones, 'the control plane\'s failure domains'),
        },
      },
    },
    {
      body: {
        apiVersion: api(CONTROL_PLANE, 'v1beta2'), kind: 'KubeadmControlPlane', metadata: { name: CP_NAME },
        spec: {
          replicas: commented(plan.controlPlanes, plan.topology === 'external' ? 'control-plane machines' : 'control-plane machines, each with an etcd member'),
          version: commented(ph('KUBERNETES_VERSION'), `${TARGETS.kubeadmSince} or later`),
          machineTemplate: { spec: { infrastructureRef: ref(INFRA, 'OpenStackMachineTemplate', CP_NAME) } },
          kubeadmConfigSpec: {
            files: [kubeletPatch(plan)],
            clusterConfiguration: { ...etcd(plan), controllerManager: { extraArgs: [{ name: 'cloud-provider', value: 'external' }] } },
            initConfiguration: joinAndInit(plan, true),
            joinConfiguration: joinAndInit(plan, true),
          },
        },
      },
    },
    machineTemplate(plan, CP_NAME),
    ...workers(plan),
  ]);
}
