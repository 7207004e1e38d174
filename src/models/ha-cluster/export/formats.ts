import type { ChoiceField } from '../../shared/fields.ts';

/**
 * The tools the HA sizer exports its plan to, and the URL parameter that picks one (`export`, DESIGN.md section 4).
 * The island imports this at once; the generators, which are most of the export's code, load when it is opened.
 */
export const exportFormats = ['kubeadm', 'kubespray', 'cluster-api', 'juju'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** The URL parameter; present only while the export is open, so a link opens the same export. */
export const EXPORT_PARAM = 'export';

export const EXPORT_LABELS: Record<ExportFormat, string> = {
  kubeadm: 'kubeadm',
  kubespray: 'Kubespray',
  'cluster-api': 'Cluster API (OpenStack)',
  juju: 'Juju (Canonical Kubernetes)',
};

/** The name the download gets, as each tool's documentation names the file. */
export const EXPORT_FILENAMES: Record<ExportFormat, string> = {
  kubeadm: 'kubeadm-config.yaml',
  kubespray: 'hosts.yaml',
  'cluster-api': 'k8s-or-die-cluster.yaml',
  juju: 'k8s-or-die-bundle.yaml',
};

/** The format chooser, as a field, so it parses and reports a bad value like every other input. */
export const exportField: ChoiceField<ExportFormat> = {
  kind: 'choice', label: 'Tool', default: 'kubeadm',
  options: exportFormats.map((value) => ({ value, label: EXPORT_LABELS[value] })),
};
