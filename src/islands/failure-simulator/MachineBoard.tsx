import { Heading } from '../shared/Heading.tsx';
import type { MachineState, SimResult } from '../../models/failure-simulator/simulate.ts';

interface Props {
  result: SimResult;
  zones: number;
  /** Set while the layout fields are invalid: every button is disabled and this says why. */
  disabledReason?: string;
  onToggleDown: (ids: string[], down: boolean) => void;
  onTogglePartition: (ids: string[], cut: boolean) => void;
}

const ROLE_TEXT = { 'control-plane': 'control plane', etcd: 'etcd', worker: 'worker' } as const;

/** The role in words, read out with the machine id (the box shows it by border style). */
function roleWords(m: MachineState): string {
  return m.role === 'control-plane' && m.runsEtcd ? 'control plane with etcd' : ROLE_TEXT[m.role];
}

/** When the control plane taints an unreachable node and its pods leave, in words. */
function fateWords(m: MachineState): string {
  const f = m.fate!;
  const pods = m.holdsPods && f.deletedAt !== null ? ` · pods leave ${f.deletedAt} s` : '';
  return f.taintAt === null ? `never tainted${pods}` : `tainted ${f.taintAt} s${pods}`;
}

/** Machines by zone; each is a toggle button that fails or restores it; each zone can fail or be split off whole. */
export function MachineBoard({ result, zones, disabledReason, onToggleDown, onTogglePartition }: Props) {
  const off = disabledReason !== undefined;
  return (
    <figure class="machine-board">
      <figcaption>
        <strong>The cluster.</strong>{' '}
        {off ? <span class="machine-board-off"><span aria-hidden="true">⚠ </span>{disabledReason}</span>
          : 'Press a machine to fail or restore it; use a zone\'s buttons to fail it or cut it off.'}
      </figcaption>
      <div class="zones">
        {Array.from({ length: zones }, (_, zone) => {
          const inZone = result.machines.filter((m) => m.zone === zone);
          const ids = inZone.map((m) => m.id);
          const allDown = inZone.length > 0 && inZone.every((m) => !m.up);
          const allCut = inZone.length > 0 && inZone.every((m) => m.side === 'cut');
          return (
            <div key={zone} class="zone" role="group" aria-label={`Zone ${zone + 1}`}>
              <Heading depth={1} class="zone-title">Zone {zone + 1}</Heading>
              <div class="zone-actions">
                <button type="button" class="preset" disabled={off || inZone.length === 0} onClick={() => onToggleDown(ids, !allDown)}>
                  {allDown ? 'Restore' : 'Fail'} zone {zone + 1}
                </button>
                <button type="button" class="preset" disabled={off || inZone.length === 0} onClick={() => onTogglePartition(ids, !allCut)}>
                  {allCut ? 'Reconnect' : 'Split off'} zone {zone + 1}
                </button>
              </div>
              <ul class="machines sim">
                {inZone.map((m) => (
                  <li key={m.id}>
                    <button type="button" class={`machine-button role-${m.role}${m.up ? '' : ' is-down'}${m.side === 'cut' ? ' is-cut' : ''}`}
                      aria-pressed={!m.up} data-machine={m.id} disabled={off} onClick={() => onToggleDown([m.id], m.up)}>
                      <span class="machine-role">{m.id}</span><span class="visually-hidden">, {roleWords(m)},</span>
                      <span class="machine-state">{!m.up ? '✕ failed' : m.side === 'cut' ? '⇹ cut off' : '✓ up'}</span>
                      {m.holdsPods && <span class="machine-pods">{m.podsNow} pods</span>}
                      {m.fate && <span class="machine-fate" data-taint-at={m.fate.taintAt ?? 'never'} data-evict-at={m.fate.evictAt ?? 'never'}>{fateWords(m)}</span>}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </figure>
  );
}
