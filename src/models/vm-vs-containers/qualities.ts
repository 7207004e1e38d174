/** Guide chapters the qualitative comparison links to (slugs of content/guide). */
export const qualityChapters = ['why-kubernetes', 'stateful-stateless', 'architecture', 'toolbox', 'openstack-patterns'] as const;
export type QualityChapter = (typeof qualityChapters)[number];

/** One row of the side-by-side comparison: a quality, each option's answer, and where the guide argues it. */
export interface Quality {
  id: string;
  label: string;
  vm: string;
  containers: string;
  nested: string;
  chapter: QualityChapter;
  /** Heading id in that chapter. */
  anchor: string;
}

/** The qualities that decide between the options beyond the numbers. */
export const qualities: readonly Quality[] = [
  { id: 'isolation', label: 'Isolation', chapter: 'why-kubernetes', anchor: 'containers-or-virtual-machines',
    vm: 'Its own kernel behind a hypervisor: the safe default for tenants who do not trust each other.',
    containers: 'One shared kernel, fenced by namespaces, cgroups and policies. A Kata runtime adds a small VM per pod.',
    nested: 'A VM boundary around each worker, so between clusters; pods on one worker share its kernel.' },
  { id: 'density', label: 'Density', chapter: 'why-kubernetes', anchor: 'containers-or-virtual-machines',
    vm: 'Every VM carries a guest OS and hypervisor memory, and is rounded up to a flavor.',
    containers: 'One kernel per host; only kubelet reservations and DaemonSets come off.',
    nested: 'Both layers: a hypervisor and guest per worker, and kubelet reservations and DaemonSets per worker.' },
  { id: 'start-time', label: 'Start time', chapter: 'why-kubernetes', anchor: 'rollouts-and-rollbacks',
    vm: 'A whole operating system boots: tens of seconds or more.',
    containers: 'A process starts from an image already on the node: about a second, plus readiness checks.',
    nested: 'Pods start as fast as on bare metal; only new worker VMs boot slowly.' },
  { id: 'patching', label: 'Patching and image management', chapter: 'why-kubernetes', anchor: 'containers-or-virtual-machines',
    vm: 'Patch and watch every guest OS, or build your own image pipeline.',
    containers: 'Patch the host OS; ship every new version as a new image.',
    nested: 'Three layers: hosts, worker guest OSes and container images.' },
  { id: 'state', label: 'State and storage', chapter: 'stateful-stateless', anchor: 'containers-or-virtual-machines-for-this-workload',
    vm: 'Cinder volumes and snapshots, with the runbooks you already have.',
    containers: 'Persistent volumes through CSI; software that replicates itself fits, a single copy needs care.',
    nested: 'Cinder volumes for pods through the Cinder CSI driver.' },
  { id: 'networking', label: 'Networking', chapter: 'openstack-patterns', anchor: 'what-openstack-gives-a-kubernetes-cluster',
    vm: 'Neutron networks and Octavia load balancers.',
    containers: 'A CNI plugin; LoadBalancer Services need a hardware balancer or a bare-metal add-on.',
    nested: 'A pod overlay on top of Neutron\'s overlay, so packets are wrapped twice; Octavia through cloud-provider-openstack.' },
  { id: 'tooling', label: 'Tooling maturity', chapter: 'toolbox', anchor: 'then-and-now',
    vm: 'Nova, Heat and configuration management: long established.',
    containers: 'kubeadm, Kubespray or Canonical Kubernetes on machines you already have.',
    nested: 'Magnum with Cluster API drivers, or CAPO, plus cloud-provider-openstack.' },
  { id: 'operators', label: 'Who operates it', chapter: 'openstack-patterns', anchor: 'choosing-between-them',
    vm: 'The cloud team runs OpenStack; application teams run their VMs.',
    containers: 'A platform team runs a second platform on its own pool of hardware.',
    nested: 'The cloud team runs OpenStack; each tenant, or a managed service, runs its cluster and control plane.' },
];
