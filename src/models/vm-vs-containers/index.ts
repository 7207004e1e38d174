import { defineModel } from '../shared/calculator-model.ts';
import { computeVmc } from './compute.ts';
import { vmcFields } from './fields.ts';
import { vmcCrossFieldErrors } from './checks.ts';
import { vmcPresets } from './presets.ts';

/** The VM vs containers comparator: one service as VMs, as containers on bare metal and as containers in VMs. */
export const vmVsContainers = defineModel({
  id: 'vm-vs-containers', fields: vmcFields, presets: vmcPresets, check: vmcCrossFieldErrors, compute: computeVmc,
});
