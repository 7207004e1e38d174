/** Guide sections that argue each reason: chapter slug, heading anchor and heading text (the link e2e crawl checks the anchors). */
export const guideSections = {
  'awkward-word': { chapter: 'stateful-stateless', anchor: 'why-stateful-is-an-awkward-word', title: 'Why "stateful" is an awkward word' },
  'lose-machines': { chapter: 'stateful-stateless', anchor: 'software-built-to-lose-machines', title: 'Software built to lose machines' },
  'hand-crafted': { chapter: 'stateful-stateless', anchor: 'software-hand-crafted-on-virtual-machines', title: 'Software hand-crafted on virtual machines' },
  'can-should': { chapter: 'stateful-stateless', anchor: 'can-it-run-on-kubernetes-and-should-it', title: 'Can it run on Kubernetes, and should it?' },
  'state-since-2017': { chapter: 'stateful-stateless', anchor: 'what-kubernetes-added-for-state-since-2017', title: 'What Kubernetes added for state since 2017' },
  'workload-trade-offs': { chapter: 'stateful-stateless', anchor: 'containers-or-virtual-machines-for-this-workload', title: 'Containers or virtual machines for this workload' },
  'magic-hat': { chapter: 'why-kubernetes', anchor: 'just-software-not-a-magic-hat', title: 'Just software, not a magic hat' },
  'rollouts': { chapter: 'why-kubernetes', anchor: 'rollouts-and-rollbacks', title: 'Rollouts and rollbacks' },
  'containers-or-vms': { chapter: 'why-kubernetes', anchor: 'containers-or-virtual-machines', title: 'Containers or virtual machines' },
  'gpu-pattern': { chapter: 'openstack-patterns', anchor: 'bare-metal-gpu', title: 'Bare-metal GPU' },
} as const;

/** A section id used by the rules tables. */
export type SectionId = keyof typeof guideSections;
