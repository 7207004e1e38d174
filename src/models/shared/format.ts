/** Number formatting shared by the calculators' UIs (en-US grouping, fixed decimals where asked). */
export const int = (n: number) => Math.round(n).toLocaleString('en-US');
export const dec = (n: number, digits = 2) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
export const pct = (n: number) => `${dec(n, 1)}%`;
export const plural = (n: number, one: string, many = `${one}s`) => `${int(n)} ${n === 1 ? one : many}`;
