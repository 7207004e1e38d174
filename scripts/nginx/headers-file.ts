/**
 * Reads a _headers file (Netlify, Cloudflare Pages): rules of a path pattern and indented `Name: value` lines, where
 * `*` matches any run of characters. For tests that compare it with what nginx sends.
 */

export interface HeaderRule { pattern: string; headers: Array<[name: string, value: string]> }

/** The rules of a _headers file, in order; comments and blank lines skipped. Throws on a header outside a rule. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (/^\s*(#|$)/.test(line)) continue;
    if (!/^\s/.test(line)) { rules.push({ pattern: line.trim(), headers: [] }); continue; }
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*?)\s*$/.exec(line);
    if (!match || rules.length === 0) throw new Error(`_headers line ${index + 1} is neither a path nor a header: ${line}`);
    rules.at(-1)!.headers.push([match[1], match[2]]);
  }
  return rules;
}

/** Does a rule's pattern match a site path ("/guide/architecture/")? */
export function patternMatches(pattern: string, sitePath: string): boolean {
  const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return regex.test(sitePath);
}

/**
 * The headers a path gets: every matching rule's, by lower-case name. A name that two matching rules set is reported
 * in `conflicts`: hosts join such values, which is never what this site wants.
 */
export function headersFor(rules: readonly HeaderRule[], sitePath: string): { headers: Map<string, string>; conflicts: string[] } {
  const headers = new Map<string, string>();
  const conflicts: string[] = [];
  for (const rule of rules.filter((r) => patternMatches(r.pattern, sitePath))) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      if (headers.has(key)) conflicts.push(`${name} (${rule.pattern})`);
      headers.set(key, value);
    }
  }
  return { headers, conflicts };
}
