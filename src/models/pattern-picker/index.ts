import { defineModel } from '../shared/calculator-model.ts';
import { pickerFields, type PickerInput } from './inputs.ts';
import { pick } from './pick.ts';
import { patternRules } from './rules.ts';

/** The pattern picker: which of the talk's four OpenStack + Kubernetes patterns fit an estate, best first. */
export const patternPicker = defineModel({
  id: 'pattern-picker', fields: pickerFields, compute: (input: PickerInput) => pick(input, patternRules),
});
