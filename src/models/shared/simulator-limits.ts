import { MAX_ETCD_MEMBERS } from './quorum.ts';
import { maxPodsField } from './node-fields.ts';
import type { Topology } from './topology.ts';

/** What the failure simulator draws and follows; another calculator handing it a layout checks against these. */
export const SIMULATOR_LIMITS = {
  /** Control-plane and etcd machines each: etcd advises at most 7 members. */
  controlPlanes: MAX_ETCD_MEMBERS,
  etcd: MAX_ETCD_MEMBERS,
  /** Every machine is drawn and clickable. */
  workers: 100,
  replicas: 10_000,
  podsPerMachine: maxPodsField.max,
} as const;

/** The failure simulator's layout, as URL parameters another calculator links to (values are field text). */
export interface SimulatorLayoutParams {
  topology: Topology;
  controlPlanes: string;
  etcd: string;
  workers: string;
  zones: string;
  replicas: string;
  podsPerMachine: string;
}
