import type { Topology } from '../../shared/topology.ts';
import type { ExportFormat } from './formats.ts';
import { TARGETS } from './targets.ts';

/** What the page says beside each export: what it targets, what it does with each topology, what is left to fill in. */
export interface ExportNote {
  /** The tool and version the file is written for. */
  targets: string;
  /** Facts (content/data/facts.yaml) giving the tools' newest releases, shown beside the target, with what each is of. */
  latest: readonly { fact: string; label: string }[];
  /** What the file is and how it is used. */
  what: string;
  /** What the file does with each topology; the converged line is the format's definition of a converged plan. */
  topology: Record<Topology, string>;
  /** What the reader still fills in. */
  fill: string;
  /** Sources (content/data/sources.yaml) for the fields the file sets. */
  sources: readonly string[];
}

/** Why no export is checked against a published schema: said once, on every format. */
export const SCHEMA_NOTE = 'The site\'s tests read this file back and check its structure against the plan: kinds and API versions, groups, '
  + 'references, counts and zones. It is not validated against the tool\'s own schema: none is published on npm, the only source the tests may use.';

export const EXPORT_NOTES: Record<ExportFormat, ExportNote> = {
  kubeadm: {
    targets: `kubeadm's configuration API ${TARGETS.kubeadmApi} (Kubernetes ${TARGETS.kubeadmSince} and later) and the kubelet's v1beta1`,
    latest: [{ fact: 'kubernetes-latest', label: 'Kubernetes' }],
    what: 'One file for every machine: kubeadm init on cp-1 reads its InitConfiguration, ClusterConfiguration and KubeletConfiguration and ignores the JoinConfiguration; '
      + 'kubeadm join reads only the JoinConfiguration, which you fill in for each machine in turn. The KubeletConfiguration carries the reservations the plan was sized with.',
    topology: {
      converged: 'Converged: taints: [] on every control-plane machine, so kubeadm does not taint them and pods run there.',
      stacked: 'Stacked: kubeadm\'s local etcd, a member on each control-plane machine.',
      external: 'External etcd: etcd.external lists every etcd machine; build them first with kubeadm\'s HA etcd guide.',
    },
    fill: 'the load balancer\'s address, the Kubernetes version, the pod range, each machine\'s address, and the token, CA hash and certificate key that kubeadm init prints.',
    sources: ['kubeadm-config-v1beta4', 'kubelet-config-v1beta1', 'k8s-ha-kubeadm', 'kubeadm-ha-etcd', 'k8s-zone-label'],
  },
  kubespray: {
    targets: `Kubespray ${TARGETS.kubesprayRelease} and its inventory layout`,
    latest: [{ fact: 'kubespray-latest', label: 'Kubespray' }],
    what: 'An Ansible inventory in YAML: groups kube_control_plane, etcd and kube_node with one host per machine, named as the diagram names them, and a group per zone '
      + 'that labels its hosts with topology.kubernetes.io/zone. YAML because the zone label must be a mapping. Beyond 12 workers, workers are host ranges '
      + '(worker-[1:118:3] is every third from worker-1 to worker-118), so a plan of thousands of machines stays a page long.',
    topology: {
      converged: 'Converged: every control-plane host is also in kube_node, so Kubespray leaves it untainted and it runs pods.',
      stacked: 'Stacked: the etcd group is the control-plane group.',
      external: 'External etcd: the etcd hosts are a group of their own, and Kubespray installs etcd on them.',
    },
    fill: 'each machine\'s address (for ranged workers, in DNS or host_vars), the load balancer\'s address or nothing, and the pod range on plans beyond 64 nodes.',
    sources: ['kubespray-inventory', 'kubespray-vars', 'kubespray-ha-mode', 'kubespray-cluster-vars', 'ansible-host-ranges'],
  },
  'cluster-api': {
    targets: `Cluster API ${TARGETS.clusterApiRelease} (v1beta2 objects) with its OpenStack provider CAPO ${TARGETS.capoRelease} (v1beta1 objects)`,
    latest: [{ fact: 'cluster-api-latest', label: 'Cluster API' }, { fact: 'capo-latest', label: 'CAPO' }],
    what: 'A Cluster and an OpenStackCluster, a KubeadmControlPlane with the plan\'s control-plane count as replicas, OpenStackMachineTemplates and a KubeadmConfigTemplate, '
      + 'and one MachineDeployment per zone (its failureDomain) whose replicas add up to the plan\'s workers. A kubeadm patch sets each kubelet as the plan was sized.',
    topology: {
      converged: 'Converged: the KubeadmControlPlane alone, with taints: [] so its machines run pods; MachineDeployments only for extra workers.',
      stacked: 'Stacked: kubeadm\'s local etcd on each control-plane machine.',
      external: 'External etcd: Cluster API creates no etcd machines, so the endpoints are placeholders for machines you build, with two Secrets for their certificates.',
    },
    fill: 'the credentials Secret, the cloud and external network, the node subnet and DNS server, the flavor, image and SSH key, the zone names, the Kubernetes version and the pod range.',
    sources: ['capo-cluster-template', 'capo-configuration', 'cluster-api-kubelet-config', 'cluster-api-external-etcd', 'cloud-provider-openstack'],
  },
  juju: {
    targets: `the k8s and k8s-worker charms of Canonical Kubernetes, as canonical/k8s-operator's test bundles deploy them (Juju ${TARGETS.jujuSince} or later)`,
    latest: [{ fact: 'juju-latest', label: 'Juju' }, { fact: 'canonical-kubernetes-branches', label: 'Canonical Kubernetes branches for Kubernetes' }],
    what: 'A bundle for juju deploy: k8s units for the control plane, k8s-worker units for the workers, and the relations the charm\'s own test bundles use. '
      + 'Juju makes one machine per unit. The zones= constraint only restricts the zones: Juju spreads each application\'s units over them itself, and the charm labels each node with its zone.',
    topology: {
      converged: 'Converged: no bootstrap-node-taints, so the k8s units run pods; k8s-worker only for extra workers.',
      stacked: 'Stacked: bootstrap-datastore: managed-etcd, an etcd member on each k8s unit.',
      external: 'External etcd: bootstrap-datastore: etcd, with the etcd charm and easyrsa as its certificate authority, as the test bundle has them; easyrsa takes one machine more than the plan.',
    },
    fill: 'the charm channel and the zone names.',
    sources: ['k8s-operator-bundles', 'k8s-charm-config', 'juju-bundle', 'juju-zones', 'canonical-k8s-az'],
  },
};
