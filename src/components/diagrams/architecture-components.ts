/** One part of a Kubernetes cluster as the architecture diagram shows it: what it does and what its failure does. */
export interface ArchComponent {
  /** Stable id, used as data-component on the diagram's button. */
  id: string;
  name: string;
  /** The program's name or an example, shown under the name. */
  detail: string;
  does: string;
  fails: string;
}

/** Every component of the diagram, in keyboard (Tab) order: top of the picture to the bottom. */
export const archComponents: ArchComponent[] = [
  {
    id: 'load-balancer',
    name: 'Load balancer',
    detail: 'in front of the API servers',
    does: 'Gives the API servers one stable address. Clients and every kubelet connect to it, and it forwards each connection to an API server that answers its health check. A cluster with a single control-plane node can do without it; a highly available one cannot.',
    fails: 'Nothing inside the control plane breaks, but clients and kubelets lose the shared address, so from outside the cluster looks down and nodes stop reporting in. A single load balancer is a single point of failure of its own: run it redundantly, for example two machines sharing a virtual IP, or a managed one such as OpenStack Octavia.',
  },
  {
    id: 'api-server',
    name: 'API server',
    detail: 'kube-apiserver',
    does: 'The front door of the cluster and the only component that talks to etcd. Every request, from kubectl, from the scheduler and controllers, and from the kubelets, is authenticated, authorised, validated and then stored. Copies are active/active: each one serves requests behind the load balancer.',
    fails: 'With a single API server nobody can read or change the cluster: no deployments, no scaling, no new pods, and the controllers stop reconciling. Containers that are already running keep running, because their kubelets keep them alive, but nothing can change until the API is back. With three behind a load balancer, the other two carry on.',
  },
  {
    id: 'scheduler',
    name: 'Scheduler',
    detail: 'kube-scheduler',
    does: 'Watches for pods that have no node yet and chooses one for each, weighing the resources they request, constraints such as affinity and taints, and how to spread them. It only decides; the kubelet on the chosen node does the work. In a highly available control plane one copy is the elected leader and the others stand by.',
    fails: 'Running pods are not affected, but new pods stay Pending, including the replacements for pods lost with a failed node. With standby copies, one of them takes over once the leader’s lease runs out.',
  },
  {
    id: 'controller-manager',
    name: 'Controller manager',
    detail: 'kube-controller-manager',
    does: 'Runs the control loops that drive the cluster towards what you declared: keeping the right number of replicas, noticing nodes that stop reporting, pointing Services at their pods, and more. Like the scheduler, it runs as one elected leader with standby copies.',
    fails: 'Nothing reconciles any more: a crashed pod of a Deployment is not replaced, the pods of a dead node are not evicted, Service endpoints go stale. Running workloads carry on, but the cluster has stopped healing itself until a standby copy takes the lease.',
  },
  {
    id: 'etcd',
    name: 'etcd',
    detail: 'the cluster’s data store',
    does: 'A consistent, replicated key-value store holding every object of the cluster: all of its desired and observed state. Its members elect a leader and need a majority, a quorum of floor(n/2) + 1 members, to accept any write.',
    fails: 'Losing one member of three is survivable, because the other two still form a quorum. Losing the quorum makes etcd refuse writes, so the API server cannot change anything and the cluster is frozen, although running containers carry on. Losing the data itself without a backup loses the cluster’s state: take regular etcd snapshots.',
  },
  {
    id: 'pki',
    name: 'TLS certificates',
    detail: 'the cluster’s PKI',
    does: 'A certificate authority for the cluster signs certificates for the API server, the kubelets, the other control-plane components and etcd, so every connection is encrypted and each side can prove who it is. The talk counted certificates as one of Kubernetes’ three ingredients, next to the software itself and etcd.',
    fails: 'Certificates rarely break at once; they expire. When they do, components refuse each other: kubelets drop out of the cluster, kubectl is turned away, and the API server can no longer reach etcd. Watch the expiry dates and rotate certificates in good time; a leaked CA key means reissuing everything it signed.',
  },
  {
    id: 'kubelet',
    name: 'kubelet',
    detail: 'agent on every node',
    does: 'The agent on every node. It registers the node with the API server, reports its health, and makes sure the containers of the pods assigned to this node are running, through the container runtime. It also runs health probes and mounts volumes.',
    fails: 'The node stops reporting and is marked NotReady after 50 s. Its containers may keep running, unsupervised; 300 s later Kubernetes evicts its pods. A Deployment\'s are replaced on healthy nodes; a StatefulSet\'s wait until someone acts, because the node may still hold their volumes.',
  },
  {
    id: 'kube-proxy',
    name: 'kube-proxy',
    detail: 'Service routing',
    does: 'Watches Services and their endpoints on the API server and programs the node’s packet-forwarding rules, so that traffic to a Service’s virtual IP reaches one of the pods behind it.',
    fails: 'Rules already in place keep working, but the node no longer learns about new Services or pods that moved, so its traffic can go to stale addresses. Some network plugins can take over this job and replace kube-proxy altogether.',
  },
  {
    id: 'container-runtime',
    name: 'Container runtime',
    detail: 'containerd, CRI-O',
    does: 'Pulls images and starts, stops and inspects containers when the kubelet asks, through the Container Runtime Interface (CRI). In 2017 this was usually Docker, with rkt and CRI-O (renamed from OCID in 2016; its daemon was still called ocid until May 2017) as alternatives.',
    fails: 'The kubelet can no longer start or stop containers, so new pods cannot start on this node and the node is reported unhealthy. Whether running containers survive a restart of the runtime depends on the runtime and how it is set up.',
  },
  {
    id: 'cni-plugin',
    name: 'CNI plugin',
    detail: 'Calico, Cilium, Flannel',
    does: 'Gives every pod an IP address and connects pods across nodes, through the Container Network Interface (CNI); many plugins also enforce network policies. Kubernetes ships no pod network of its own: you choose one.',
    fails: 'New pods on this node cannot get a network and stay stuck while being created. Pods that are already running usually keep their connectivity, but changes such as new pods, new nodes or new policies may not reach this node until the plugin is back.',
  },
];
