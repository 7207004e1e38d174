import type { FrameLocator, Page } from '@playwright/test';
import type { CalculatorId } from '../../src/calculator-ids.ts';

/** For each calculator, one input to change and a result it must move: how specs check "it computes" anywhere. */
export const calculatorChanges: Record<CalculatorId, { field: string; value: string; result: string }> = {
  'ha-cluster': { field: 'tolerate', value: '2', result: 'etcd-members' },
  'failure-simulator': { field: 'down', value: 'worker-1', result: 'pods-running' },
  'vm-vs-containers': { field: 'instances', value: '2000', result: 'vm-hosts' },
  'placement-advisor': { field: 'state', value: 'single-primary', result: 'recommendation' },
  'pattern-picker': { field: 'spareMetal', value: 'yes', result: 'patterns' },
};

/** Sets a calculator's field as a reader would (typing, or choosing an option). */
export async function setField(scope: Page | FrameLocator, id: CalculatorId, field: string, value: string): Promise<void> {
  const control = scope.locator(`[data-calculator="${id}"] [name="${field}"]`);
  if (await control.evaluate((el) => el.tagName === 'SELECT')) await control.selectOption(value);
  else await control.fill(value);
}
