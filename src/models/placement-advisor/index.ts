import { defineModel, expandPreset, type Params } from '../shared/calculator-model.ts';
import { advise } from './advise.ts';
import { advisorFields } from './inputs.ts';
import { advisorPresets } from './presets.ts';

/** The placement advisor: should this application run on Kubernetes? ?preset= fills every answer; explicit answers win. */
export const placementAdvisor = defineModel({
  id: 'placement-advisor', fields: advisorFields, presets: advisorPresets,
  expand: (params: Params) => expandPreset(advisorPresets, params), compute: advise,
});
