/**
 * Suggested machine sizes for the control plane by cluster size.
 * Master sizes: the kube-up era table of the old "Building large clusters" page (Kubernetes docs up to about v1.17,
 * https://v1-17.docs.kubernetes.io/docs/setup/best-practices/cluster-large/). It is old: treat it as a floor, not a rule.
 * Dedicated etcd machines: the etcd hardware guide's examples (https://etcd.io/docs/v3.6/op-guide/hardware/).
 */

const MASTER_TABLE = [
  { upTo: 5, gce: 'n1-standard-1', aws: 'm3.medium', vcpu: 1 },
  { upTo: 10, gce: 'n1-standard-2', aws: 'm3.large', vcpu: 2 },
  { upTo: 100, gce: 'n1-standard-4', aws: 'm3.xlarge', vcpu: 4 },
  { upTo: 250, gce: 'n1-standard-8', aws: 'm3.2xlarge', vcpu: 8 },
  { upTo: 500, gce: 'n1-standard-16', aws: 'c4.4xlarge', vcpu: 16 },
  { upTo: Infinity, gce: 'n1-standard-32', aws: 'c4.8xlarge', vcpu: 32 },
] as const;

const ETCD_TABLE = [
  { upTo: 50, label: 'small', vcpu: 2, memoryGB: 8, aws: 'm4.large' },
  { upTo: 250, label: 'medium', vcpu: 4, memoryGB: 16, aws: 'm4.xlarge' },
  { upTo: 1000, label: 'large', vcpu: 8, memoryGB: 32, aws: 'm4.2xlarge' },
  { upTo: Infinity, label: 'extra large', vcpu: 16, memoryGB: 64, aws: 'm4.4xlarge' },
] as const;

/** n1-standard machines have 3.75 GB of memory per vCPU. */
const GB_PER_N1_VCPU = 3.75;

export interface ControlPlaneSize {
  nodes: number;
  master: { gce: string; aws: string; vcpu: number; memoryGB: number };
  etcd: { label: string; vcpu: number; memoryGB: number; aws: string };
}

/** The historical master size and the etcd guide's machine class for a cluster of `nodes` nodes. */
export function controlPlaneSize(nodes: number): ControlPlaneSize {
  const m = MASTER_TABLE.find((row) => nodes <= row.upTo)!;
  const e = ETCD_TABLE.find((row) => nodes <= row.upTo)!;
  return {
    nodes,
    master: { gce: m.gce, aws: m.aws, vcpu: m.vcpu, memoryGB: m.vcpu * GB_PER_N1_VCPU },
    etcd: { label: e.label, vcpu: e.vcpu, memoryGB: e.memoryGB, aws: e.aws },
  };
}
