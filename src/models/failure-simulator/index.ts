import { defineModel } from '../shared/calculator-model.ts';
import { simCrossFieldErrors, simFields } from './inputs.ts';
import { simPresets } from './presets.ts';
import { simulate } from './simulate.ts';

/** The failure simulator: what keeps working, second by second, after machines fail or the network splits. */
export const failureSimulator = defineModel({
  id: 'failure-simulator', fields: simFields, presets: simPresets, check: simCrossFieldErrors, compute: simulate,
});
