import { patternIds, type PatternId } from '../shared/patterns.ts';
import { matches } from '../shared/rules.ts';
import type { PickerInput } from './inputs.ts';
import type { PatternRule } from './rules.ts';

/** One pattern judged against the estate: its total weight, whether it fits, and every rule that applied. */
export interface PatternFit { id: PatternId; score: number; fits: boolean; reasons: PatternRule[] }

/** The four patterns judged; `fitting` lists the ones that fit, best first (ties keep the talk's order). */
export interface Pick { fitting: PatternFit[]; others: PatternFit[] }

/** Applies a rules table (patternRules, in the site) to the estate and orders the patterns by fit. */
export function pick(input: PickerInput, rules: readonly PatternRule[]): Pick {
  const judged = patternIds.map((id): PatternFit => {
    const reasons = rules.filter((r) => r.pattern === id && matches(r.when, input)).sort((a, b) => b.weight - a.weight);
    const score = reasons.reduce((sum, r) => sum + r.weight, 0);
    return { id, score, fits: score > 0, reasons };
  });
  const byFit = [...judged].sort((a, b) => b.score - a.score);
  return { fitting: byFit.filter((p) => p.fits), others: judged.filter((p) => !p.fits) };
}
