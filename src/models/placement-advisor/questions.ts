/**
 * The advisor's questionnaire as data: per question its label, a note, and per answer the label shown in the form
 * and the phrase that completes "If ..." when the answer is offered as a what-if. The questions follow the talk's
 * closing argument (talk-writeup) and the checklist in guide/stateful-stateless/.
 */
export const questions = {
  state: {
    label: 'How it keeps its state',
    note: '"Stateful" covers very different risks; where the state lives matters more than the word.',
    answers: {
      'none': ['No state of its own, or all of it in an external service', 'it kept no state of its own'],
      'replicated-by-design': ['Replicated by design across machines, like CockroachDB', 'its state were replicated by design, like CockroachDB'],
      'single-primary': ['A single primary server holds it', 'a single primary held its state'],
      'local-files': ['Files on the local disk of one machine', 'it kept its files on one machine\'s disk'],
    },
  },
  machineLoss: {
    label: 'When it loses a machine',
    note: 'Kubernetes expects any one instance to vanish; the question is whether the application does too.',
    answers: {
      'keeps-serving': ['It keeps serving; lost copies are simply replaced', 'it tolerated losing a machine and kept serving'],
      'fails-over': ['It fails over by itself within a few minutes', 'it failed over by itself within minutes'],
      'needs-restore': ['A person restores it from a backup or snapshot', 'a person had to restore it from a backup'],
    },
  },
  operations: {
    label: 'How it is operated today',
    note: 'Every snapshot, backup, cron job and manual step needs a home after a move.',
    answers: {
      automated: ['Automated: images, configuration in code, pipelines', 'it were built and deployed by automation'],
      scripted: ['Scripts and runbooks, with some manual steps', 'it were run from scripts and runbooks'],
      handcrafted: ['Hand-crafted VMs with snapshots, backups and cron jobs', 'it were hand-crafted on a VM with snapshots, backups and cron jobs'],
    },
  },
  hardware: {
    label: 'Special hardware',
    answers: {
      none: ['None', 'it needed no special hardware'],
      gpu: ['GPUs', 'it needed GPUs'],
      'local-nvme': ['Fast local disks (NVMe)', 'it needed fast local disks'],
      other: ['Other: particular network cards, kernel modules or very large memory', 'it needed particular network cards, kernel modules or very large memory'],
    },
  },
  cadence: {
    label: 'How often it is released',
    answers: {
      weekly: ['Every week or more often', 'it were released every week'],
      monthly: ['About once a month', 'it were released about once a month'],
      yearly: ['A few times a year or less', 'it were released only a few times a year'],
    },
  },
  experience: {
    label: 'Your team\'s Kubernetes experience',
    answers: {
      none: ['None yet', 'your team had no Kubernetes experience yet'],
      some: ['Some: test clusters, a first service', 'your team had some Kubernetes experience'],
      production: ['Runs Kubernetes in production, with on-call', 'your team already ran Kubernetes in production'],
    },
  },
  isolation: {
    label: 'Isolation it needs',
    answers: {
      'shared-kernel': ['Sharing the host\'s kernel with neighbours is fine', 'it could share the host\'s kernel'],
      'own-kernel': ['Its own kernel, or a hard boundary from untrusted tenants', 'it needed its own kernel or a hard boundary from untrusted tenants'],
    },
  },
  licensing: {
    label: 'Licence and support',
    answers: {
      portable: ['Not tied to particular hosts', 'its licence were not tied to particular hosts'],
      'host-bound': ['Counted per host or core, or certified only on a VM image', 'its licence or support were tied to hosts or a certified VM image'],
    },
  },
} as const;

/** The question keys, which are also the URL parameters. */
export type QuestionKey = keyof typeof questions;
/** One question's answer ids. */
export type Answer<K extends QuestionKey> = keyof (typeof questions)[K]['answers'] & string;
/** A full set of answers: the questionnaire's input. */
export type Answers = { [K in QuestionKey]: Answer<K> };

/** Question keys in the order the form shows them. */
export const questionKeys = Object.keys(questions) as QuestionKey[];
