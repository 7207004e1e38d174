/** The public calculator ids (DESIGN.md section 3): routes, data-calculator and URLs use exactly these. */
export const calculatorIds = ['ha-cluster', 'failure-simulator', 'vm-vs-containers', 'placement-advisor', 'pattern-picker'] as const;

export type CalculatorId = (typeof calculatorIds)[number];

/** Every model with URL state: the calculators, and the tooling directory's filters. */
export type ModelId = CalculatorId | 'tools';
