/** Where a component sits in the architecture diagram (SVG user units, viewBox 360 × 696) and which group styles it. */
export interface Box {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** control: control-plane program; data: etcd; worker: node software; cluster: cluster-wide (load balancer, PKI). */
  group: 'control' | 'data' | 'worker' | 'cluster';
}

/** The boxes, in the same order as archComponents (top to bottom, left to right). */
export const archBoxes: Box[] = [
  { id: 'load-balancer', x: 70, y: 42, w: 220, h: 46, group: 'cluster' },
  { id: 'api-server', x: 14, y: 130, w: 332, h: 46, group: 'control' },
  { id: 'scheduler', x: 14, y: 200, w: 160, h: 50, group: 'control' },
  { id: 'controller-manager', x: 186, y: 200, w: 160, h: 50, group: 'control' },
  { id: 'etcd', x: 14, y: 280, w: 332, h: 50, group: 'data' },
  { id: 'pki', x: 4, y: 364, w: 352, h: 48, group: 'cluster' },
  { id: 'kubelet', x: 14, y: 458, w: 160, h: 50, group: 'worker' },
  { id: 'kube-proxy', x: 186, y: 458, w: 160, h: 50, group: 'worker' },
  { id: 'container-runtime', x: 14, y: 522, w: 160, h: 50, group: 'worker' },
  { id: 'cni-plugin', x: 186, y: 522, w: 160, h: 50, group: 'worker' },
];
