/**
 * The plans every export is tested on: each topology, one and several zones, and the smallest and largest counts the
 * sizer's fields allow. Test-only: imported by *.test.ts files, never by the site.
 */
import assert from 'node:assert/strict';
import { parseAllDocuments } from 'yaml';
import { haCluster } from '../index.ts';
import { exportPlanOf, type ExportPlan } from './plan.ts';
import { PLACEHOLDER } from './words.ts';

export interface PlanCase { name: string; params: Record<string, string> }

const LARGEST = { tolerate: String(haCluster.fields.tolerate.max), zones: String(haCluster.fields.zones.max), replicas: String(haCluster.fields.replicas.max) };

export const PLAN_CASES: readonly PlanCase[] = [
  { name: 'stacked, 3 + 6 workers, one zone (the defaults)', params: {} },
  { name: 'stacked, 3 + 6 workers over 3 zones', params: { zones: '3', replicas: '28' } },
  { name: 'stacked, the smallest: 1 control plane and 1 worker', params: { tolerate: '0', replicas: '1' } },
  { name: 'stacked, the largest: 7 control planes, 5 zones, 150,000 pods', params: LARGEST },
  { name: 'external, 2 + 3 etcd + 6 workers over 3 zones', params: { topology: 'external', zones: '3', replicas: '28' } },
  { name: 'external, one zone', params: { topology: 'external' } },
  { name: 'external, the smallest: 1 etcd, 1 control plane, 1 worker', params: { topology: 'external', tolerate: '0', replicas: '1' } },
  { name: 'external, the largest: 7 etcd, 5 zones, 150,000 pods', params: { topology: 'external', ...LARGEST } },
  { name: 'converged, one machine (the talk)', params: { topology: 'converged', tolerate: '0', zones: '1', replicas: '6' } },
  { name: 'converged, three machines and no workers', params: { topology: 'converged', replicas: '12' } },
  { name: 'converged, 3 zones with extra workers', params: { topology: 'converged', zones: '3', replicas: '300' } },
  { name: 'converged, 5 zones and no workers', params: { topology: 'converged', tolerate: '0', zones: '5', replicas: '1' } },
  { name: 'converged, the largest', params: { topology: 'converged', ...LARGEST } },
  { name: 'kubeadm\'s reservations (none) and 256 max pods', params: { reserved: 'kubeadm', maxPods: '256' } },
  { name: 'fractional machines under AKS\'s rule', params: { nodeCpu: '2.5', nodeMemory: '7.5', reserved: 'aks', zones: '2' } },
];

/** A sized plan from URL parameters, as the sizer sizes it. */
export function sized(params: Record<string, string>) {
  const parsed = haCluster.parse(params);
  assert.ok(parsed.input, `valid parameters: ${JSON.stringify(parsed.errors)}`);
  const result = haCluster.compute(parsed.input);
  return { input: parsed.input, result, plan: exportPlanOf(parsed.input, result) };
}

/** The documents of a YAML text, failing on any parse error or warning. */
export function documents(text: string): Array<Record<string, unknown>> {
  return parseAllDocuments(text).map((doc) => {
    assert.deepEqual([...doc.errors, ...doc.warnings].map((e) => e.message), [], 'the YAML parses cleanly');
    return doc.toJS() as Record<string, unknown>;
  });
}

/** What every export's text must be: deterministic, tidy, and with nothing that looks like a real address or secret. */
export function checkText(text: string, again: string): void {
  assert.equal(text, again, 'the same plan gives the same text');
  assert.ok(text.endsWith('\n') && !text.endsWith('\n\n'), 'ends with one line break');
  assert.ok(!/[ \t]$/m.test(text), 'no trailing blanks');
  assert.ok(!text.includes('\t'), 'no tabs');
  assert.doesNotMatch(text, /\b\d{1,3}(\.\d{1,3}){3}\b/, 'no IPv4 address: addresses are placeholders');
  assert.doesNotMatch(text, /\$\{/, 'no ${VARIABLE}: placeholders are <LIKE_THIS>');
  for (const line of text.split('\n').filter((l) => !l.startsWith('#'))) {
    // Outside comments, anything in angle brackets is a placeholder of the one form (eviction signals use "<" alone).
    for (const [token] of line.matchAll(/<[^<>\s"]*>/g)) assert.match(token, new RegExp(`^${PLACEHOLDER.source}$`), `placeholder ${token} in: ${line}`);
  }
}

/** The machine names a header line gives in words ("cp-1 and cp-2; worker-1 to worker-118, every 3rd (40 machines)"), spelt out. */
export function namesInWords(words: string): string[] {
  return words.split('; ').flatMap((group) => {
    const run = /^([a-z]+)-(\d+) to \1-(\d+)(?:, every (\d+)(?:st|nd|rd|th))? \(([\d,]+) machines\)$/.exec(group);
    if (!run) return group.split(/, | and /);
    const [, prefix, first, last, step = '1', count] = run;
    const names = [];
    for (let n = Number(first); n <= Number(last); n += Number(step)) names.push(`${prefix}-${n}`);
    assert.equal(names.length, Number(count.replace(/,/g, '')), `the count in "${group}"`);
    return names;
  });
}

/** The names a header lists for each zone, from its "#   <ZONE_n>: ..." lines, by 0-based zone. */
export function namesByZone(text: string): string[][] {
  return [...text.matchAll(/^# {3}<ZONE_(\d+)>: (.*)$/gm)].map(([, , words]) => (words === 'no machines' ? [] : namesInWords(words)));
}

/** The placeholders a text asks the reader to fill in. */
export const placeholdersIn = (text: string) => new Set(text.match(PLACEHOLDER) ?? []);

/** The names of a role's machines: cp-1, cp-2... */
export const idsOf = (plan: ExportPlan, role: 'control-plane' | 'etcd' | 'worker') => plan.machines.filter((m) => m.role === role).map((m) => m.id);
