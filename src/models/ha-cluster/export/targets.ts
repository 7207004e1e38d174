/**
 * The versions the exports are written for, in one place: the generators' headers and the page's notes both say
 * them. targets.test.ts compares them with the newest releases in content/data/facts.yaml, so when a tool moves on,
 * a test says which export to review.
 */
export const TARGETS = {
  /** kubeadm's configuration API, and the first Kubernetes release that reads it. */
  kubeadmApi: 'v1beta4',
  kubeadmSince: 'v1.31',
  kubesprayRelease: 'v2.31',
  clusterApiRelease: 'v1.14',
  capoRelease: 'v0.14',
  /** The k8s charms assume this Juju or later (their charmcraft.yaml). */
  jujuSince: '3.3',
} as const;
