import { defineModel } from '../shared/calculator-model.ts';
import { simCitations } from './citations.ts';
import { simCrossFieldErrors, simFields } from './inputs.ts';
import { simPresets } from './presets.ts';
import { simulate } from './simulate.ts';

/** The failure simulator: what keeps working, second by second, after machines fail or the network splits. */
export const failureSimulator = defineModel({
  id: 'failure-simulator', fields: simFields, presets: simPresets, citations: simCitations, check: simCrossFieldErrors, compute: simulate,
});
