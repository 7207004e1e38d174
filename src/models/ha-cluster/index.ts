import { defineModel } from '../shared/calculator-model.ts';
import { computeHa } from './compute.ts';
import { crossFieldErrors, haFields } from './inputs.ts';
import { haPresets } from './presets.ts';

/** The HA cluster sizer: machines of each role for the failures to survive, and room for every pod. */
export const haCluster = defineModel({
  id: 'ha-cluster', fields: haFields, presets: haPresets, check: crossFieldErrors, compute: computeHa,
});
