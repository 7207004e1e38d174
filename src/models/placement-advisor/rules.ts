import type { When } from '../shared/rules.ts';
import type { Answers } from './questions.ts';
import type { SectionId } from './sections.ts';

/** One reason: when it applies, how far it pushes (positive towards Kubernetes, negative towards a VM), and where the guide argues it. */
export interface AdvisorRule {
  id: string;
  when: When<Answers>;
  weight: number;
  /** True when the reason is a condition to handle, turning "Kubernetes" into "Kubernetes, with care". */
  care?: boolean;
  text: string;
  section: SectionId;
}

// Thresholds are this site's judgement, tuned so the talk's cases land where the talk put them (see advise.test.ts).
/** Total weight from which Kubernetes is recommended. */
export const KUBERNETES_FROM = 2;
/** Total weight at or below which the workload should stay on a VM; between the two, either will do. */
export const VM_UP_TO = -3;

/** The rules table. Texts paraphrase the talk (talk-writeup) and the guide sections they link to. */
export const advisorRules: AdvisorRule[] = [
  { id: 'state-none', when: { state: ['none'] }, weight: 2, section: 'awkward-word',
    text: 'It keeps no state of its own, so any copy can answer any request and losing one loses only work in flight: what Deployments were built for.' },
  { id: 'state-replicated', when: { state: ['replicated-by-design'] }, weight: 2, section: 'lose-machines',
    text: 'Its state is replicated by design. Like CockroachDB in the talk, it expects machines to vanish, which is exactly how Kubernetes treats them.' },
  { id: 'state-replicated-backups', when: { state: ['replicated-by-design'] }, weight: 0, section: 'state-since-2017',
    text: 'Replicas protect against losing a machine, not against deleting data: keep backups outside the cluster, and test restoring them.' },
  { id: 'state-single-primary', when: { state: ['single-primary'] }, weight: -1, care: true, section: 'state-since-2017',
    text: 'One primary holds the data. On Kubernetes that means a StatefulSet and a persistent volume, and neither replicates the data: failover and backups stay your job.' },
  { id: 'state-local-files', when: { state: ['local-files'] }, weight: -1, care: true, section: 'can-should',
    text: 'Its files live on one machine\'s disk. A rescheduled pod starts elsewhere without them unless they move to a persistent volume first.' },
  { id: 'loss-keeps-serving', when: { machineLoss: ['keeps-serving'] }, weight: 1, section: 'can-should',
    text: 'It keeps serving when a machine fails, which matches how Kubernetes heals: it replaces the lost copies on other machines.' },
  { id: 'loss-fails-over', when: { machineLoss: ['fails-over'] }, weight: 0, care: true, section: 'workload-trade-offs',
    text: 'It fails over by itself, which on Kubernetes is the fast path: an operator such as CloudNativePG promotes a replica on readiness within about a minute. Kubernetes itself evicts an unreachable node\'s pods only after about 5 min 50 s, and a StatefulSet pod stays stuck, its volume attached to the lost node, until someone acts.' },
  { id: 'loss-needs-restore', when: { machineLoss: ['needs-restore'] }, weight: -2, section: 'can-should',
    text: 'Recovery means a person restoring a backup. Kubernetes adds little there; a VM with a well-tested runbook may be simpler.' },
  { id: 'ops-automated', when: { operations: ['automated'] }, weight: 1, section: 'magic-hat',
    text: 'It is already built and deployed by automation: the discipline Kubernetes assumes rather than provides.' },
  { id: 'ops-scripted', when: { operations: ['scripted'] }, weight: 0, care: true, section: 'can-should',
    text: 'Every script, runbook step, backup and cron job needs a home after a move: a CronJob, an operator, or something outside the cluster.' },
  { id: 'ops-handcrafted', when: { operations: ['handcrafted'] }, weight: -2, section: 'hand-crafted',
    text: 'It is hand-crafted on a VM and kept safe by snapshots, backups and cron jobs: the case the talk said is fine to sit in a VM.' },
  { id: 'hardware-gpu', when: { hardware: ['gpu'] }, weight: 1, care: true, section: 'gpu-pattern',
    text: 'It needs GPUs. Kubernetes on bare metal gives containers the cards with no hypervisor in between, and Dynamic Resource Allocation lets pods share a card through one claim instead of holding it whole. Host drivers must still be kept in step with node images and container libraries.' },
  { id: 'hardware-local-nvme', when: { hardware: ['local-nvme'] }, weight: -1, care: true, section: 'workload-trade-offs',
    text: 'It needs fast local disks. Local volumes tie its pods to particular nodes, and the disk matters more than the container or VM around the process.' },
  { id: 'hardware-other', when: { hardware: ['other'] }, weight: -1, care: true, section: 'can-should',
    text: 'Particular network cards, kernel modules or very large memory narrow where it can be scheduled.' },
  { id: 'cadence-weekly', when: { cadence: ['weekly'] }, weight: 1, section: 'rollouts',
    text: 'It is released often, where rolling updates and one-command rollbacks pay off most.' },
  { id: 'cadence-yearly', when: { cadence: ['yearly'] }, weight: -1, section: 'can-should',
    text: 'It is released a few times a year in a planned window, which gains little from rolling updates.' },
  { id: 'experience-none', when: { experience: ['none'] }, weight: -1, care: true, section: 'can-should',
    text: 'Your team has not run Kubernetes yet: start with stateless services, and do not make this its first stateful tenant.' },
  { id: 'experience-production', when: { experience: ['production'] }, weight: 1, section: 'can-should',
    text: 'Your team already runs Kubernetes in production, with on-call experience of it.' },
  { id: 'isolation-own-kernel', when: { isolation: ['own-kernel'] }, weight: -3, care: true, section: 'containers-or-vms',
    text: 'It needs its own kernel or a hard boundary from untrusted neighbours. Containers share the host\'s kernel, so a VM, or a VM-backed sandbox such as Kata Containers, is the safer default.' },
  { id: 'licensing-host-bound', when: { licensing: ['host-bound'] }, weight: -2, section: 'workload-trade-offs',
    text: 'Its licence or support is tied to hosts, cores or a certified VM image, which may pin it where it is.' },
];
