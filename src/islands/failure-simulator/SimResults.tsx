import type { SimResult } from '../../models/failure-simulator/simulate.ts';
import { Result } from '../shared/Result.tsx';
import { int } from '../../models/shared/format.ts';

/** The simulator's state, each under its public data-result key. */
export function SimResults({ result: r }: { result: SimResult }) {
  const leader = (id: string) => (id === 'none' ? 'None' : id);
  return (
    <dl class="results results-main">
      <Result id="etcd-quorum" value={r.etcd.held ? 'held' : 'lost'} label="etcd quorum"
        detail={`${r.etcd.side === 'cut' ? r.etcd.upCut : r.etcd.upMain} of ${r.etcd.members} reachable; needs ${r.etcd.quorum}`}>
        {r.etcd.held ? 'Held' : 'Lost'}
      </Result>
      <Result id="api-available" value={r.apiAvailable} label="API available">{r.apiAvailable ? 'Yes' : 'No'}</Result>
      <Result id="scheduler-leader" value={r.schedulerLeader} label="Scheduler leader">{leader(r.schedulerLeader)}</Result>
      <Result id="controller-manager-leader" value={r.controllerManagerLeader} label="Controller manager leader">{leader(r.controllerManagerLeader)}</Result>
      <Result id="can-schedule" value={r.canSchedule} label="New pods can be scheduled">{r.canSchedule ? 'Yes' : 'No'}</Result>
      <Result id="pods-running" value={r.podsRunning} label="Pods running"
        detail={r.podsCutOff > 0 ? `${int(r.podsCutOff)} of them cut off by the split` : undefined}>{int(r.podsRunning)}</Result>
      <Result id="pods-pending" value={r.podsPending} label="Pods pending (no room)">{int(r.podsPending)}</Result>
      <Result id="pods-lost" value={r.podsLost} label="Pods stopped, not yet recreated">{int(r.podsLost)}</Result>
      <Result id="pods-stuck" value={r.podsStuck} label="StatefulSet pods stuck until someone acts"
        detail={r.podsStuck > 0 ? 'part of the stopped pods' : undefined}>{int(r.podsStuck)}</Result>
    </dl>
  );
}
