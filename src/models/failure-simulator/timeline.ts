import { plural } from '../shared/format.ts';
import { TIMELINE_END_S, type SimInput } from './inputs.ts';
import type { MachineState, SimResult } from './simulate.ts';
import { LEADER_FAILOVER_S, NODE_MONITOR_GRACE_S, POD_GC_PERIOD_S } from './timings.ts';

/** A moment the timeline can step to, and what happens then. */
export interface TimelineEvent { at: number; label: string }

const span = (times: number[]) => (times.length === 1 || times[0] === times[times.length - 1] ? `at ${times[0]} s` : `from ${times[0]} s to ${times[times.length - 1]} s`);

/**
 * The moments that matter for this layout and these faults, in order: the fault, a leader's failover, NotReady, each
 * zone's taints and evictions (first to last, as the rate limiter spaces them), and the operator's out-of-service taint.
 * Moments that share a second share an event; none lies past the timeline's end.
 */
export function timelineEvents(input: SimInput, r: SimResult): TimelineEvent[] {
  const events: TimelineEvent[] = [{ at: 0, label: 'The fault: machines stop or the network splits' }];
  const failed = r.machines.filter((m): m is MachineState & { fate: NonNullable<MachineState['fate']> } => m.fate !== null);
  const leaderLost = r.apiAvailable && !r.apiServers.includes('cp-1');
  if (leaderLost) events.push({ at: LEADER_FAILOVER_S, label: 'A lost leader\'s lease has expired and a survivor leads' });
  if (failed.length > 0) events.push({ at: NODE_MONITOR_GRACE_S, label: 'Unreachable nodes are marked NotReady and queued for the NoExecute taint' });
  for (const z of r.zones) {
    const inZone = failed.filter((m) => m.zone === z.zone);
    const taints = inZone.map((m) => m.fate.taintAt).filter((t): t is number => t !== null);
    const evictions = inZone.filter((m) => m.podsBefore > 0).map((m) => m.fate.evictAt).filter((t): t is number => t !== null);
    if (taints.length > 0) {
      const pace = taints.length > 1 ? `, one every ${Math.round(1 / z.rate)} s` : '';
      events.push({ at: taints[0], label: `Zone ${z.zone + 1}: ${plural(taints.length, 'node')} tainted ${span(taints)}${pace}` });
      if (taints.length > 1) events.push({ at: taints[taints.length - 1], label: `Zone ${z.zone + 1}: the last failed node is tainted` });
    }
    if (evictions.length > 0) {
      const what = input.workload === 'statefulset' ? 'their StatefulSet pods are evicted but stay Terminating, not replaced' : 'their pods are evicted and recreated where there is room';
      events.push({ at: evictions[0], label: `Zone ${z.zone + 1}: the 300 s toleration ends ${span(evictions)}: ${what}` });
      if (evictions.length > 1) events.push({ at: evictions[evictions.length - 1], label: `Zone ${z.zone + 1}: the last evictions` });
    }
  }
  const outOfService = failed.find((m) => m.fate.recreatedAt !== null);
  if (input.outOfService !== null && outOfService) {
    events.push({ at: input.outOfService, label: 'The operator applies the out-of-service taint to the failed machines: their pods are deleted' });
    events.push({ at: outOfService.fate.recreatedAt!, label: `Within one ${POD_GC_PERIOD_S} s pod GC pass the pods are force-deleted and their volumes detached; StatefulSet pods start elsewhere` });
  }
  const merged = new Map<number, string[]>();
  for (const e of events.filter((x) => x.at <= TIMELINE_END_S).sort((a, b) => a.at - b.at)) merged.set(e.at, [...(merged.get(e.at) ?? []), e.label]);
  return [...merged].map(([at, labels]) => ({ at, label: labels.join('; ') }));
}
