import type { CalculatorModel } from './shared/calculator-model.ts';
import { failureSimulator } from './failure-simulator/index.ts';
import { haCluster } from './ha-cluster/index.ts';
import { patternPicker } from './pattern-picker/index.ts';
import { placementAdvisor } from './placement-advisor/index.ts';
import { toolsModel } from './tools/index.ts';
import { vmVsContainers } from './vm-vs-containers/index.ts';

/** Every model, pure: what the benchmark times and the property tests exercise. The page-side registry is src/calculators.ts. */
export const models: readonly CalculatorModel[] = [haCluster, failureSimulator, vmVsContainers, placementAdvisor, patternPicker, toolsModel];
