import type { HaResult } from '../compute.ts';
import type { HaInput } from '../inputs.ts';
import { clusterApiFile } from './cluster-api.ts';
import type { ExportFormat } from './formats.ts';
import { jujuFile } from './juju.ts';
import { kubeadmFile } from './kubeadm.ts';
import { kubesprayFile } from './kubespray.ts';
import { exportPlanOf, type ExportPlan } from './plan.ts';

/** The islands load this module with import() when the export is opened: every generator and its notes, in one chunk. */
export { EXPORT_NOTES, SCHEMA_NOTE } from './notes.ts';

/** One generator per format: a plan in, the file's text out. */
export const GENERATORS: Record<ExportFormat, (plan: ExportPlan) => string> = {
  kubeadm: kubeadmFile,
  kubespray: kubesprayFile,
  'cluster-api': clusterApiFile,
  juju: jujuFile,
};

/** The text of the file for a sized plan in a format. */
export function exportFile(format: ExportFormat, input: HaInput, result: HaResult): string {
  return GENERATORS[format](exportPlanOf(input, result));
}
