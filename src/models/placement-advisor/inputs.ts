import type { ChoiceField, Values } from '../shared/fields.ts';
import { advisorPresets, type AdvisorPresetId } from './presets.ts';
import { questions, type Answer, type Answers, type QuestionKey } from './questions.ts';

/** Answers a reader gets before touching anything: the stateless web service, a worked example. */
const start: Answers = advisorPresets[0].values;

function question<K extends QuestionKey>(key: K): ChoiceField<Answer<K>> {
  const q = questions[key] as { label: string; note?: string; answers: Record<string, readonly [string, string]> };
  const options = Object.entries(q.answers).map(([value, [label]]) => ({ value: value as Answer<K>, label }));
  return { kind: 'choice', label: q.label, note: q.note, default: start[key], options };
}

const preset: ChoiceField<'custom' | AdvisorPresetId> = {
  kind: 'choice', label: 'Start from an example', default: 'custom',
  options: [{ value: 'custom', label: 'Your own answers' }, ...advisorPresets.map((p) => ({ value: p.id, label: p.label }))],
  note: 'Choosing an example fills in every answer; change any of them afterwards.',
};

/** The advisor's inputs; the keys are the public URL parameters (?preset= fills the others). */
export const advisorFields = {
  preset,
  state: question('state'),
  machineLoss: question('machineLoss'),
  operations: question('operations'),
  hardware: question('hardware'),
  cadence: question('cadence'),
  experience: question('experience'),
  isolation: question('isolation'),
  licensing: question('licensing'),
};
export type AdvisorFields = typeof advisorFields;
export type AdvisorInput = Values<AdvisorFields>;
