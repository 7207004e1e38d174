import type { PatternId } from '../../models/shared/patterns.ts';

/** A drawn layer or box: kind picks its look (fill, border style), label and sub are its visible text. */
export interface Shape {
  kind: 'metal' | 'net' | 'openstack' | 'k8s' | 'vm' | 'pod' | 'app' | 'gpu' | 'frame';
  x: number;
  y: number;
  w: number;
  h: number;
  label?: string;
  sub?: string;
  /** Frames put their label at the top left instead of the centre. */
  corner?: boolean;
}

/** One pattern's picture: accessible title and description, caption, height of the viewBox (width 400) and shapes. */
export interface PatternLayout {
  title: string;
  desc: string;
  caption: string;
  height: number;
  note: string;
  shapes: Shape[];
}

const row = (kind: Shape['kind'], y: number, h: number, x0: number, x1: number, n: number, label: string): Shape[] => {
  const gap = 8;
  const w = (x1 - x0 - gap * (n - 1)) / n;
  return Array.from({ length: n }, (_, i) => ({ kind, x: x0 + i * (w + gap), y, w, h, label }));
};

/** The layouts, drawn bottom-up: hardware at the bottom, workloads at the top. */
export const patternLayouts: Record<PatternId, PatternLayout> = {
  'tenant-clusters': {
    title: 'Pattern 1: tenants run their own Kubernetes clusters on an existing OpenStack',
    desc: 'From the bottom: bare-metal servers; OpenStack on them, providing compute, networks, block storage and identity; virtual machines that OpenStack gives each tenant; and, on each tenant’s virtual machines, that tenant’s own Kubernetes cluster running its pods. Tenant A and tenant B each have a separate cluster.',
    caption: 'Pattern 1: each tenant builds its own cluster from OpenStack virtual machines, as it would on a public cloud.',
    height: 330,
    note: 'Each tenant runs its own cluster, as on a public cloud',
    shapes: [
      { kind: 'frame', x: 8, y: 30, w: 188, h: 170, label: 'Tenant A', corner: true },
      { kind: 'frame', x: 204, y: 30, w: 188, h: 170, label: 'Tenant B', corner: true },
      ...row('pod', 56, 30, 18, 186, 3, 'pod'),
      ...row('pod', 56, 30, 214, 382, 3, 'pod'),
      { kind: 'k8s', x: 18, y: 96, w: 168, h: 38, label: 'Kubernetes' },
      { kind: 'k8s', x: 214, y: 96, w: 168, h: 38, label: 'Kubernetes' },
      ...row('vm', 146, 40, 18, 186, 3, 'VM'),
      ...row('vm', 146, 40, 214, 382, 3, 'VM'),
      { kind: 'openstack', x: 8, y: 212, w: 384, h: 50, label: 'OpenStack', sub: 'Nova, Neutron, Cinder, Keystone, Octavia' },
      { kind: 'metal', x: 8, y: 274, w: 384, h: 48, label: 'Bare-metal servers' },
    ],
  },
  'beside-openstack': {
    title: 'Pattern 2: a Kubernetes cluster beside OpenStack on spare bare metal',
    desc: 'Two columns on one data-centre network. Left: the existing OpenStack on its bare-metal servers, giving virtual machines to tenants. Right: spare bare-metal servers running Kubernetes directly, with pods and no virtual machines in between.',
    caption: 'Pattern 2: Kubernetes takes spare servers and runs next to OpenStack, not on it; both share the data-centre network.',
    height: 300,
    note: 'Two platforms side by side on the same network',
    shapes: [
      { kind: 'frame', x: 8, y: 30, w: 188, h: 208, label: 'Existing OpenStack', corner: true },
      { kind: 'frame', x: 204, y: 30, w: 188, h: 208, label: 'New Kubernetes', corner: true },
      ...row('vm', 58, 40, 18, 186, 3, 'VM'),
      { kind: 'openstack', x: 18, y: 110, w: 168, h: 50, label: 'OpenStack', sub: 'Nova, Neutron, Cinder' },
      { kind: 'metal', x: 18, y: 172, w: 168, h: 56, label: 'Bare metal', sub: 'in use' },
      ...row('pod', 58, 40, 214, 382, 3, 'pod'),
      { kind: 'k8s', x: 214, y: 110, w: 168, h: 50, label: 'Kubernetes', sub: 'no hypervisor' },
      { kind: 'metal', x: 214, y: 172, w: 168, h: 56, label: 'Bare metal', sub: 'spare servers' },
      { kind: 'net', x: 8, y: 250, w: 384, h: 42, label: 'Data-centre network (shared)' },
    ],
  },
  'bare-metal-gpu': {
    title: 'Pattern 3: Kubernetes on bare metal with GPUs for data science',
    desc: 'From the bottom: bare-metal servers fitted with GPUs; Kubernetes installed straight on them, with a device plugin that advertises the GPUs; and data-science workloads (a training job, a notebook, an inference service) in containers that use the GPUs directly, with no hypervisor in between.',
    caption: 'Pattern 3: containers reach the GPUs directly, with no hypervisor between them and the hardware.',
    height: 310,
    note: 'No hypervisor between the containers and the GPUs',
    shapes: [
      { kind: 'app', x: 8, y: 34, w: 122, h: 56, label: 'Training job', sub: '2 GPUs' },
      { kind: 'app', x: 139, y: 34, w: 122, h: 56, label: 'Notebook', sub: '1 GPU' },
      { kind: 'app', x: 270, y: 34, w: 122, h: 56, label: 'Inference', sub: '1 GPU' },
      { kind: 'k8s', x: 8, y: 112, w: 384, h: 50, label: 'Kubernetes', sub: 'GPU device plugin, node labels' },
      { kind: 'metal', x: 8, y: 184, w: 384, h: 118, label: 'Bare-metal servers with GPUs', corner: true },
      ...row('gpu', 236, 48, 24, 376, 4, 'GPU'),
    ],
  },
  'openstack-on-kubernetes': {
    title: 'Pattern 4: the OpenStack control plane containerized on Kubernetes, with tenant clusters on top',
    desc: 'From the bottom: bare-metal servers; a Kubernetes cluster on them that runs several of the company’s applications; one of those applications is the OpenStack control plane (Keystone, Nova, Neutron, Glance and more) in containers, next to other company applications; OpenStack in turn gives tenants virtual machines, and a tenant runs its own Kubernetes cluster on them.',
    caption: 'Pattern 4: Kubernetes runs OpenStack as one of its applications, and OpenStack still gives tenants clusters of their own.',
    height: 372,
    note: 'Kubernetes runs OpenStack, which runs tenant clusters',
    shapes: [
      { kind: 'frame', x: 8, y: 30, w: 250, h: 118, label: 'A tenant’s own cluster', corner: true },
      ...row('pod', 56, 28, 18, 248, 3, 'pod'),
      ...row('vm', 94, 42, 18, 248, 3, 'VM'),
      { kind: 'openstack', x: 8, y: 170, w: 250, h: 70, label: 'OpenStack control plane', sub: 'Keystone, Nova, Neutron… in containers' },
      { kind: 'app', x: 266, y: 170, w: 126, h: 70, label: 'Other apps', sub: 'of the company' },
      { kind: 'k8s', x: 8, y: 256, w: 384, h: 50, label: 'Kubernetes on metal', sub: 'runs and heals all of the above' },
      { kind: 'metal', x: 8, y: 318, w: 384, h: 46, label: 'Bare-metal servers' },
    ],
  },
};
