import type { CalculatorId } from './calculator-ids.ts';

/** What the site says about one calculator: its index card, page title and the chapter that argues it. */
export interface CalculatorInfo {
  id: CalculatorId;
  title: string;
  summary: string;
  /** Guide chapter slug that explains the ideas behind it. */
  chapter: string;
}

/** The registry: every calculator the site ships, in the order the index lists them. */
export const calculators: CalculatorInfo[] = [];

/** Looks a calculator up by id; a chapter naming an unknown or unbuilt calculator fails the build. */
export function calculatorById(id: CalculatorId): CalculatorInfo {
  const found = calculators.find((c) => c.id === id);
  if (!found) throw new Error(`Calculator "${id}" is named in content but not in src/calculators.ts`);
  return found;
}
