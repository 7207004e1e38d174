import { plural } from '../shared/format.ts';
import type { SimInput } from './inputs.ts';
import type { SimResult } from './simulate.ts';
import { EVICTION_S, LEADER_FAILOVER_S, NODE_MONITOR_GRACE_S, UNREACHABLE_TOLERATION_S } from './timings.ts';

const list = (ids: string[]) => (ids.length <= 3 ? ids.join(', ') : `${ids.slice(0, 3).join(', ')} and ${ids.length - 3} more`);

/** Plain-language account of what the simulated cluster does at this moment, one sentence per mechanism. */
export function explain(input: SimInput, r: SimResult): string[] {
  const notes: string[] = [];
  const down = r.machines.filter((m) => !m.up);
  const cut = r.machines.filter((m) => m.up && m.side === 'cut');
  if (down.length === 0 && cut.length === 0) notes.push('Nothing has failed yet: fail a machine or a zone, or split the network, then step through the timeline.');

  const e = r.etcd;
  if (e.held) {
    notes.push(`etcd: ${e.side === 'cut' ? e.upCut : e.upMain} of ${e.members} members are up and can reach each other, at least the quorum of ${e.quorum}, so the cluster state can still change.`);
  } else {
    notes.push(`etcd: no group of members that can reach each other reaches the quorum of ${e.quorum} (of ${e.members}); etcd refuses reads and writes that need consensus.`
      + ' The API servers cannot serve, nothing is rescheduled, but pods already running on surviving machines keep serving.');
  }
  if (e.held && cut.length > 0) {
    notes.push(`Network split: ${list(cut.map((m) => m.id))} ${cut.length === 1 ? 'is' : 'are'} on the ${e.side === 'cut' ? 'quorum' : 'minority'} side. `
      + `Machines cut off from the quorum side look failed to the control plane, though their ${plural(r.podsCutOff, 'pod')} keep running for clients on their side.`);
  }
  if (r.apiAvailable) notes.push(`API: ${list(r.apiServers)} can serve, behind the load balancer in front of the control plane.`);
  else if (e.held) notes.push('API: no API server is both up and on the side that holds etcd quorum, so the cluster cannot be read or changed.');

  const leaderLost = down.some((m) => m.id === 'cp-1') || (r.apiServers.length > 0 && !r.apiServers.includes('cp-1'));
  if (r.schedulerLeader === 'none' && r.apiAvailable && leaderLost) {
    notes.push(`Leader election: cp-1 held the scheduler and controller-manager leases. They expire after 15 s; a survivor takes over by about ${LEADER_FAILOVER_S} s. Until then nothing new is scheduled.`);
  } else if (r.schedulerLeader !== 'none' && r.schedulerLeader !== 'cp-1') {
    notes.push(`Leader election: cp-1's leases expired, and ${r.schedulerLeader} now leads the scheduler and the controller manager.`);
  }

  const lostNow = down.reduce((sum, m) => sum + m.podsBefore, 0);
  if (lostNow > 0) {
    notes.push(`${plural(lostNow, 'pod')} stopped with ${list(down.filter((m) => m.holdsPods).map((m) => m.id)) || 'their machines'} at once and no longer serve.`);
    if (!r.apiAvailable || r.schedulerLeader === 'none' && input.at >= LEADER_FAILOVER_S) {
      notes.push('Without a working control plane they are not recreated, however long you wait.');
    } else if (input.at < NODE_MONITOR_GRACE_S) {
      notes.push(`The node controller marks a node NotReady after ${NODE_MONITOR_GRACE_S} s without heartbeats (now: ${input.at} s).`);
    } else if (input.at < EVICTION_S) {
      notes.push(`The nodes are NotReady and tainted unreachable; pods tolerate that for ${UNREACHABLE_TOLERATION_S} s by default, so they are evicted at ${EVICTION_S} s (now: ${input.at} s).`);
    } else if (r.evicted) {
      notes.push(r.podsPending > 0
        ? `At ${EVICTION_S} s the pods were evicted and recreated; ${plural(r.podsPending, 'pod')} found no machine with room and wait as Pending.`
        : `At ${EVICTION_S} s the pods were evicted and recreated on machines with room: every replica runs again.`);
    }
  }
  if (r.podsPending > 0 && lostNow === 0) notes.push(`${plural(r.podsPending, 'pod')} never fit on the machines and wait as Pending.`);
  return notes;
}

/**
 * The state in one line, for a polite live region: it changes only when something a reader would act on changes
 * (quorum, API, scheduler leader, pods running or pending), not with every second of the timeline.
 */
export function summary(input: SimInput, r: SimResult): string {
  const leader = r.schedulerLeader === 'none' ? 'no scheduler leader' : `${r.schedulerLeader} leads`;
  const pending = r.podsPending > 0 ? `, ${r.podsPending} pending` : '';
  return `etcd quorum ${r.etcd.held ? 'held' : 'lost'}, API ${r.apiAvailable ? 'available' : 'down'}, ${leader}, `
    + `${r.podsRunning} of ${input.replicas} pods running${pending}.`;
}
