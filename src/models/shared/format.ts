/** Number and word formatting shared by the models' messages and the islands (en-US grouping). */

// One Intl.NumberFormat per style, made once: toLocaleString with a locale builds a new one on every call, which was
// most of a calculator's script time per keystroke (about 10 of 13 ms on a phone-speed CPU, for some 40 numbers).
const formats = new Map<string, Intl.NumberFormat>();
function format(n: number, min: number, max: number): string {
  const key = `${min}-${max}`;
  let found = formats.get(key);
  if (!found) formats.set(key, (found = new Intl.NumberFormat('en-US', { minimumFractionDigits: min, maximumFractionDigits: max })));
  return found.format(n);
}

/** A whole number with grouping: 1,234. */
export const int = (n: number) => format(Math.round(n), 0, 0);
/** A number with exactly `digits` decimals: 3.92. */
export const dec = (n: number, digits = 2) => format(n, digits, digits);
/** A number with at most `digits` decimals: 0.5, 1,024. */
export const num = (n: number, digits = 3) => format(n, 0, digits);
/** A percentage with one decimal: 12.5%. */
export const pct = (n: number) => `${dec(n, 1)}%`;
/** A count with its noun: 1 machine, 3 machines. */
export const plural = (n: number, one: string, many = `${one}s`) => `${int(n)} ${n === 1 ? one : many}`;
/** Whole MiB, never negative: 1,024 MiB. */
export const mib = (n: number) => `${int(Math.max(0, Math.floor(n)))} MiB`;
/** Cores with two decimals, never negative: 3.92 cores. */
export const cores = (n: number) => `${Math.max(0, n).toFixed(2)} cores`;
/** A list in words: "a", "a and b", "a, b and c". */
export function listWords(items: readonly string[]): string {
  return items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
