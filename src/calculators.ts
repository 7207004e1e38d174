import type { CalculatorId } from './calculator-ids.ts';
import HaCluster from './components/calculators/HaCluster.astro';
import FailureSimulator from './components/calculators/FailureSimulator.astro';
import VmVsContainers from './components/calculators/VmVsContainers.astro';
import PlacementAdvisor from './components/calculators/PlacementAdvisor.astro';
import PatternPicker from './components/calculators/PatternPicker.astro';

/** What the site says about one calculator, and the one mount that renders it everywhere. */
export interface CalculatorInfo {
  id: CalculatorId;
  title: string;
  summary: string;
  /** Guide chapter slug that explains the ideas behind it. */
  chapter: string;
  mount: typeof HaCluster;
}

/** The registry: every calculator the site ships, in the order the index lists them. */
export const calculators: CalculatorInfo[] = [
  {
    id: 'ha-cluster', title: 'HA cluster sizer', chapter: 'architecture', mount: HaCluster,
    summary: 'How many machines, of which roles, for the failures you must survive: etcd quorum, kubelet reservations and room for every pod.',
  },
  {
    id: 'failure-simulator', title: 'Failure simulator', chapter: 'architecture', mount: FailureSimulator,
    summary: 'Fail machines or a whole zone, or split the network, and watch what keeps working: quorum, the API, leader election and your pods, second by second.',
  },
  {
    id: 'vm-vs-containers', title: 'VM vs containers comparator', chapter: 'why-kubernetes', mount: VmVsContainers,
    summary: 'What the same service costs as VMs on OpenStack, as containers on bare metal and as containers in VMs: hosts, memory overhead, stranded capacity and rollout time.',
  },
  {
    id: 'placement-advisor', title: 'Placement advisor', chapter: 'stateful-stateless', mount: PlacementAdvisor,
    summary: 'Should this application run on Kubernetes? Answer eight questions about it and get a verdict: Kubernetes, Kubernetes with care, a VM, or either, with the reasons and what would change it.',
  },
  {
    id: 'pattern-picker', title: 'OpenStack pattern picker', chapter: 'openstack-patterns', mount: PatternPicker,
    summary: 'Which of the talk\'s four OpenStack + Kubernetes patterns fits the estate you have, in order of fit, with diagrams, trade-offs and today\'s tools.',
  },
];

/** Looks a calculator up by id; a chapter naming an unknown or unbuilt calculator fails the build. */
export function calculatorById(id: CalculatorId): CalculatorInfo {
  const found = calculators.find((c) => c.id === id);
  if (!found) throw new Error(`Calculator "${id}" is named in content but not in src/calculators.ts`);
  return found;
}
