import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { satisfying } from '../shared/rules.ts';
import { advise, judge, verdicts } from './advise.ts';
import { placementAdvisor } from './index.ts';
import type { AdvisorInput } from './inputs.ts';
import { advisorPresets } from './presets.ts';
import { questionKeys, questions, type Answers } from './questions.ts';
import { advisorRules } from './rules.ts';
import { guideSections } from './sections.ts';

const parseAdvisor = placementAdvisor.parse;
const input = (params: Record<string, string>): AdvisorInput => {
  const parsed = parseAdvisor(params);
  assert.deepEqual(parsed.errors, {});
  return parsed.input!;
};

// Each preset's verdict and the reasons behind it; the cases are the talk's (talk-writeup) and guide/stateful-stateless/.
const presets: Array<{ id: string; verdict: string; reasons: string[] }> = [
  { id: 'stateless-web', verdict: 'kubernetes', reasons: ['state-none', 'loss-keeps-serving', 'ops-automated', 'cadence-weekly'] },
  { id: 'distributed-db', verdict: 'kubernetes', reasons: ['state-replicated', 'loss-keeps-serving', 'ops-automated', 'experience-production', 'state-replicated-backups'] },
  { id: 'handcrafted-db', verdict: 'vm', reasons: ['loss-needs-restore', 'ops-handcrafted', 'state-single-primary', 'cadence-yearly'] },
  { id: 'batch-gpu', verdict: 'kubernetes-with-care', reasons: ['state-none', 'loss-keeps-serving', 'ops-automated', 'hardware-gpu'] },
  { id: 'legacy-monolith', verdict: 'either', reasons: ['state-local-files', 'cadence-yearly', 'loss-fails-over', 'ops-scripted'] },
];
for (const p of presets) {
  test(`advise: preset ${p.id} gives ${p.verdict}, for its reasons`, () => {
    const advice = advise(input({ preset: p.id }));
    assert.equal(advice.verdict, p.verdict);
    assert.deepEqual(advice.reasons.map((r) => r.id), p.reasons);
  });
}

// GPUs count for Kubernetes since Dynamic Resource Allocation (k8s-dra) let pods share them on bare metal: a stateless
// GPU service that would otherwise be on the fence (released rarely, run from scripts) tips to Kubernetes, with care.
test('advise: GPUs tip an otherwise undecided stateless service to Kubernetes, with care (k8s-dra)', () => {
  const onTheFence = { state: 'none', machineLoss: 'fails-over', operations: 'scripted', hardware: 'none', cadence: 'yearly', experience: 'some', isolation: 'shared-kernel', licensing: 'portable' } as const;
  assert.equal(advise(input(onTheFence)).verdict, 'either');
  const gpu = advise(input({ ...onTheFence, hardware: 'gpu' }));
  assert.equal(gpu.verdict, 'kubernetes-with-care');
  assert.ok(gpu.reasons.some((r) => r.id === 'hardware-gpu' && r.care));
});

test('advise: every preset is covered above and every verdict is reached by one', () => {
  assert.deepEqual(advisorPresets.map((p) => p.id).sort(), presets.map((p) => p.id).sort());
  assert.deepEqual([...new Set(presets.map((p) => p.verdict))].sort(), [...verdicts].sort());
});

test('placementAdvisor.expand: explicit answers override the preset, unknown presets stay for the parser to flag', () => {
  assert.equal(advise(input({ preset: 'handcrafted-db', operations: 'automated' })).reasons.some((r) => r.id === 'ops-automated'), true);
  assert.deepEqual(placementAdvisor.expand({ preset: 'nope', state: 'none' }), { preset: 'nope', state: 'none' });
  assert.match(parseAdvisor({ preset: 'nope' }).errors.preset ?? '', /Choose one of: Your own answers/);
  assert.match(parseAdvisor({ state: 'stateless' }).errors.state ?? '', /Choose one of/);
});

test('whatIfs: one answer that flips the verdict, per question', () => {
  const advice = advise(input({ preset: 'stateless-web' }));
  const isolation = advice.whatIfs.find((w) => 'isolation' in w.changes);
  assert.equal(isolation?.verdict, 'kubernetes-with-care');
  assert.equal(isolation?.text, 'If it needed its own kernel or a hard boundary from untrusted tenants, the answer would be: Kubernetes, with care.');
  assert.ok(advice.whatIfs.every((w) => Object.keys(w.changes).length === 1));
});

test('whatIfs: the hand-crafted database moves only if two things change, such as tolerating the loss of a machine', () => {
  const advice = advise(input({ preset: 'handcrafted-db' }));
  assert.ok(advice.whatIfs.length > 0 && advice.whatIfs.length <= 3);
  assert.deepEqual(advice.whatIfs[0].changes, { state: 'none', machineLoss: 'keeps-serving' });
  assert.equal(advice.whatIfs[0].text, 'If it kept no state of its own and it tolerated losing a machine and kept serving, the answer would be: Either will do.');
  for (const w of advice.whatIfs) assert.notEqual(judge({ ...(advisorPresets[2].values as Answers), ...w.changes }).verdict, 'vm');
});

test('whatIfs: an "either" verdict also shows what it would take to reach Kubernetes', () => {
  const [first, ...rest] = advise(input({ preset: 'legacy-monolith' })).whatIfs;
  assert.deepEqual(first.changes, { state: 'none', machineLoss: 'keeps-serving' });
  assert.equal(first.verdict, 'kubernetes-with-care');
  assert.ok(rest.some((w) => w.verdict === 'vm'));
});

// Every rule, on its own: an input that meets its condition lists it among the reasons, with a guide section to read.
const base = advisorPresets[0].values as Answers;
for (const rule of advisorRules) {
  test(`advise: rule ${rule.id} is given as a reason when it applies`, () => {
    const answers = satisfying(rule.when, base);
    assert.ok(judge(answers).reasons.includes(rule), rule.text);
    assert.ok(guideSections[rule.section], `section ${rule.section}`);
    assert.ok(rule.text.length > 30);
  });
}

test('rules: every answer of every question is either neutral or reached by some rule', () => {
  const used = new Set(advisorRules.flatMap((r) => Object.entries(r.when).flatMap(([k, vs]) => (vs as string[]).map((v) => `${k}=${v}`))));
  const neutral = new Set(['hardware=none', 'cadence=monthly', 'experience=some', 'isolation=shared-kernel', 'licensing=portable']);
  for (const key of questionKeys) {
    for (const answer of Object.keys(questions[key].answers)) assert.ok(used.has(`${key}=${answer}`) || neutral.has(`${key}=${answer}`), `${key}=${answer}`);
  }
});

const anyAnswers = fc.record(Object.fromEntries(questionKeys.map((k) => [k, fc.constantFrom(...Object.keys(questions[k].answers))]))) as fc.Arbitrary<Answers>;

test('judge: never throws, and a verdict follows from the score (property)', () => {
  fc.assert(fc.property(anyAnswers, (answers) => {
    const { verdict, score, reasons } = judge(answers);
    assert.equal(score, reasons.reduce((s, r) => s + r.weight, 0));
    if (verdict === 'vm') assert.ok(score < 0);
    if (verdict === 'kubernetes' || verdict === 'kubernetes-with-care') assert.ok(score > 0);
    if (verdict === 'kubernetes') assert.ok(reasons.every((r) => !r.care));
  }));
});

test('judge: dropping the application\'s own state never lowers the score or sends it from Kubernetes to a VM (property)', () => {
  fc.assert(fc.property(anyAnswers, (answers) => {
    const before = judge(answers);
    const better = judge({ ...answers, state: 'none' });
    assert.ok(better.score >= before.score);
    if (before.verdict === 'kubernetes') assert.notEqual(better.verdict, 'vm');
  }));
});
