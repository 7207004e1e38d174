import { defineModel } from '../shared/calculator-model.ts';
import { toolFilterFields, toolMatcher } from './filter.ts';

/** The tooling directory's filters: the result is the test a tool must pass to be shown. */
export const toolsModel = defineModel({
  id: 'tools', fields: toolFilterFields, compute: toolMatcher,
});
