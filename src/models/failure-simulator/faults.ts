import { parseChecked } from '../shared/parse-checked.ts';
import type { RawValues } from '../shared/fields.ts';
import { machineIds } from '../shared/machines.ts';
import { simCrossFieldErrors, simFields, type SimFields, type SimInput } from './inputs.ts';
import { simulate, type SimResult } from './simulate.ts';

/** The fault fields, which the machine board edits. */
export type FaultField = 'down' | 'partition';

/** The ids typed in a fault field, as the parser splits them; tokens that are not ids are kept too. */
export const faultTokens = (text: string) => text.split(/[\s,]+/).filter(Boolean);

/** A fault field's text after failing (`on`) or restoring machines: every other token typed, valid or not, stays. */
export function toggleFaults(text: string, ids: readonly string[], on: boolean): string {
  const current = faultTokens(text);
  const next = on ? [...current, ...ids.filter((id) => !current.includes(id))] : current.filter((t) => !ids.includes(t));
  return next.join(',');
}

/** The layout as typed (missing fields at their defaults), without its faults; null while any layout field is invalid. */
export function layoutOf(raw: Partial<RawValues<SimFields>>): SimInput | null {
  return parseChecked(simFields, { ...raw, down: '', partition: '', at: '0' }, simCrossFieldErrors).input;
}

/**
 * What the machine board shows. Normally the result itself. While a fault field is invalid it follows the layout and
 * the ids typed (ids the layout lacks left out), so pressing a machine acts on what the fields say; while the layout is
 * invalid it shows the last valid result, and `layout` is null so the board can disable its buttons.
 */
export function boardOf(raw: RawValues<SimFields>, valid: boolean, result: SimResult, at: number): { result: SimResult; layout: SimInput | null } {
  const layout = layoutOf(raw);
  if (valid || !layout) return { result, layout };
  const known = new Set(machineIds(layout));
  const typed = (key: FaultField) => faultTokens(raw[key]).filter((id) => known.has(id));
  return { result: simulate({ ...layout, down: typed('down'), partition: typed('partition'), at }), layout };
}
