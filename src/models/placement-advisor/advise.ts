import { matches } from '../shared/rules.ts';
import type { AdvisorInput } from './inputs.ts';
import { questionKeys, questions, type Answers, type QuestionKey } from './questions.ts';
import { advisorRules, KUBERNETES_FROM, VM_UP_TO, type AdvisorRule } from './rules.ts';

/** The public values of data-result="recommendation". */
export const verdicts = ['kubernetes', 'kubernetes-with-care', 'vm', 'either'] as const;
export type Verdict = (typeof verdicts)[number];

/** How each verdict reads on the page. */
export const verdictText: Record<Verdict, { label: string; summary: string }> = {
  'kubernetes': { label: 'Kubernetes', summary: 'Run it on Kubernetes: it already works the way the platform does.' },
  'kubernetes-with-care': { label: 'Kubernetes, with care', summary: 'It can run on Kubernetes, once the points marked "handle first" have an answer.' },
  'vm': { label: 'Keep it on a VM', summary: 'Leave it on a virtual machine: Kubernetes would add work without making it safer.' },
  'either': { label: 'Either will do', summary: 'Nothing pushes hard either way: move it when it is convenient, or leave it where it runs well.' },
};

/** One or two different answers that together would change the verdict. */
export interface WhatIf { changes: Partial<Answers>; verdict: Verdict; text: string }

/** Most two-answer what-ifs shown when no single answer moves the verdict towards Kubernetes. */
const MAX_PAIRS = 3;

/** The verdict, the total weight (positive favours Kubernetes), and every rule that applied, strongest first. */
export interface Advice { verdict: Verdict; score: number; reasons: AdvisorRule[]; whatIfs: WhatIf[] }

/** Applies the rules table to a set of answers: verdict, score and the reasons behind them. */
export function judge(answers: Answers): Omit<Advice, 'whatIfs'> {
  const reasons = advisorRules.filter((rule) => matches(rule.when, answers)).sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  const score = reasons.reduce((sum, rule) => sum + rule.weight, 0);
  const care = reasons.some((rule) => rule.care);
  const verdict: Verdict = score >= KUBERNETES_FROM ? (care ? 'kubernetes-with-care' : 'kubernetes') : score <= VM_UP_TO ? 'vm' : 'either';
  return { verdict, score, reasons };
}

/** Every single changed answer, as [question, answer, phrase], in form order. */
function alternatives(answers: Answers): Array<[QuestionKey, string, string]> {
  return questionKeys.flatMap((question) => Object.entries(questions[question].answers as Record<string, readonly [string, string]>)
    .filter(([answer]) => answer !== answers[question])
    .map(([answer, [, phrase]]): [QuestionKey, string, string] => [question, answer, phrase]));
}

/** How far each verdict leans towards Kubernetes, to tell a move towards it from a move away. */
const LEAN: Record<Verdict, number> = { 'vm': 0, 'either': 1, 'kubernetes-with-care': 2, 'kubernetes': 3 };

/**
 * Per question, the first other answer that changes the verdict. When none of those leans further towards Kubernetes,
 * also the first pairs of answers that do: the advisor always shows what it would take to move.
 */
export function whatIfs(answers: Answers, verdict: Verdict): WhatIf[] {
  const options = alternatives(answers);
  const tryChange = (picked: Array<[QuestionKey, string, string]>): WhatIf | null => {
    const changes = Object.fromEntries(picked.map(([q, a]) => [q, a])) as Partial<Answers>;
    const changed = judge({ ...answers, ...changes }).verdict;
    if (changed === verdict) return null;
    return { changes, verdict: changed, text: `If ${picked.map(([, , phrase]) => phrase).join(' and ')}, the answer would be: ${verdictText[changed].label}.` };
  };
  const towards = (w: WhatIf | null): w is WhatIf => !!w && LEAN[w.verdict] > LEAN[verdict];
  const singles = questionKeys.map((q) => options.filter(([question]) => question === q).map((o) => tryChange([o])).find(Boolean))
    .filter((w): w is WhatIf => !!w);
  if (verdict === 'kubernetes' || singles.some(towards)) return singles;
  const pairs: WhatIf[] = [];
  for (const [i, first] of options.entries()) {
    if (pairs.some((p) => first[0] in p.changes)) continue;
    const found = options.slice(i + 1).filter((second) => second[0] !== first[0]).map((second) => tryChange([first, second])).find(towards);
    if (found) pairs.push(found);
    if (pairs.length === MAX_PAIRS) break;
  }
  return [...pairs, ...singles];
}

/** The advisor's whole answer for one application. */
export function advise(input: AdvisorInput): Advice {
  const { preset: _preset, ...answers } = input;
  const judged = judge(answers);
  return { ...judged, whatIfs: whatIfs(answers, judged.verdict) };
}
