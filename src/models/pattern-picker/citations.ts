/** What the picker's rules rest on: source ids (content/data/sources.yaml) and what each backs. */
export const pickerCitations = [
  { source: 'talk-writeup', what: 'The four patterns as the talk gave them: tenant clusters on an existing OpenStack; Kubernetes beside it on spare metal; Kubernetes on bare metal for GPUs; Kubernetes on metal running the containerized OpenStack control plane.' },
  { source: 'cloud-provider-openstack', what: 'Octavia load balancers, Cinder volumes and Keystone login for clusters on OpenStack.' },
  { source: 'k8s-device-plugins', what: 'GPUs are advertised by a device plugin and allocated in whole units.' },
  { source: 'k8s-dra', what: 'Dynamic Resource Allocation, generally available in Kubernetes: pods claim devices by their attributes and can share one device by referencing the same claim.' },
  { source: 'openstack-helm', what: 'Helm charts that deploy OpenStack services on Kubernetes (an official OpenStack project).' },
] as const;
