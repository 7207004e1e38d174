import { listWords, plural } from '../shared/format.ts';
import type { SimInput } from './inputs.ts';
import type { MachineState, SimResult } from './simulate.ts';
import { LEADER_FAILOVER_S, NODE_MONITOR_GRACE_S, UNREACHABLE_TOLERATION_S } from './timings.ts';

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
  if (lostNow > 0) notes.push(...podNotes(input, r, down, lostNow));
  if (r.podsPending > 0 && lostNow === 0) notes.push(`${plural(r.podsPending, 'pod')} never fit on the machines and wait as Pending.`);
  return notes;
}

/** What happens to the pods of failed machines: the node controller's taints, zone by zone, evictions and replacements. */
function podNotes(input: SimInput, r: SimResult, down: MachineState[], lostNow: number): string[] {
  const notes = [`${plural(lostNow, 'pod')} stopped with ${list(down.filter((m) => m.holdsPods).map((m) => m.id)) || 'their machines'} at once and no longer serve.`];
  if (!r.apiAvailable) return [...notes, 'Without a working control plane they are not recreated, however long you wait.'];
  if (input.at < NODE_MONITOR_GRACE_S) return [...notes, `The node controller marks a node NotReady after ${NODE_MONITOR_GRACE_S} s without heartbeats (now: ${input.at} s).`];
  for (const z of r.zones.filter((zone) => zone.notReady > 0)) notes.push(`Zone ${z.zone + 1}: ${z.notReady} of ${z.nodes} nodes NotReady; ${z.reason}.`);
  const fates = down.filter((m) => m.fate && m.podsBefore > 0);
  const waiting = fates.filter((m) => m.fate!.deletedAt !== null && input.at < m.fate!.deletedAt);
  if (waiting.length > 0) {
    const next = Math.min(...waiting.map((m) => m.fate!.deletedAt!));
    notes.push(`Tainted nodes' pods tolerate the unreachable taint for ${UNREACHABLE_TOLERATION_S} s; the next pods leave their node at ${next} s (now: ${input.at} s).`);
  }
  if (fates.some((m) => m.fate!.deletedAt === null)) {
    notes.push('Pods on nodes that are never tainted stay bound to them, NotReady and out of their Services, until the machines return or an operator acts.');
  }
  if (input.workload === 'statefulset') {
    if (r.podsStuck > 0) {
      notes.push(`${plural(r.podsStuck, 'StatefulSet pod')} ${r.podsStuck === 1 ? 'stays' : 'stay'} Terminating on the lost machines: Kubernetes does not start a pod of the same name elsewhere while the old one may still run and hold its volume.`
        + ' Someone must delete the Node objects, force-delete the pods, or, once the machines are really off, apply the out-of-service taint.');
    }
    const restarted = fates.filter((m) => m.fate!.recreatedAt !== null && input.at >= m.fate!.recreatedAt);
    if (restarted.length > 0) {
      notes.push(`The out-of-service taint on ${listWords(restarted.map((m) => m.id))} let the pod garbage collector force-delete their pods and detach their volumes at once; the StatefulSet started them elsewhere by ${restarted[0].fate!.recreatedAt} s.`);
    }
  } else if (fates.some((m) => m.fate!.deletedAt !== null && input.at >= m.fate!.deletedAt)) {
    notes.push(r.podsPending > 0
      ? `Evicted pods were recreated where there is room; ${plural(r.podsPending, 'pod')} found none and wait as Pending.`
      : 'Evicted pods were recreated on machines with room.');
  }
  return notes;
}

/**
 * The state in one line, for a polite live region: it changes only when something a reader would act on changes
 * (quorum, API, scheduler leader, pods running, pending or stuck), not with every second of the timeline.
 */
export function summary(input: SimInput, r: SimResult): string {
  const leader = r.schedulerLeader === 'none' ? 'no scheduler leader' : `${r.schedulerLeader} leads`;
  const pending = r.podsPending > 0 ? `, ${r.podsPending} pending` : '';
  const stuck = r.podsStuck > 0 ? `, ${r.podsStuck} stuck` : '';
  return `etcd quorum ${r.etcd.held ? 'held' : 'lost'}, API ${r.apiAvailable ? 'available' : 'down'}, ${leader}, `
    + `${r.podsRunning} of ${input.replicas} pods running${pending}${stuck}.`;
}
