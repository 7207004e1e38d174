import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { HaResult } from '../../models/ha-cluster/compute.ts';
import type { HaInput } from '../../models/ha-cluster/inputs.ts';
import { EXPORT_FILENAMES, EXPORT_LABELS, exportField, type ExportFormat } from '../../models/ha-cluster/export/formats.ts';
import { parseField } from '../../models/shared/fields.ts';
import type { SourceLinks } from '../../models/shared/sources.ts';
import { inOpaqueFrame } from '../../lib/sandbox.ts';
import { CopyButton } from '../shared/CopyButton.tsx';
import { DownloadButton } from '../shared/DownloadButton.tsx';
import { Field } from '../shared/Field.tsx';
import { Heading } from '../shared/Heading.tsx';
import { ExportNote, type LatestReleases } from './ExportNote.tsx';
import { useExportParam } from './use-export-param.ts';

// The generators and their notes: plain functions and text with no Preact in them, so that the classic scripts of
// embeds can load them as a file of their own, like Chart.js.
type Generators = typeof import('../../models/ha-cluster/export/generate.ts');

interface Props { input: HaInput; result: HaResult; stale: boolean; sources: SourceLinks; latest: LatestReleases; idPrefix: string }

/**
 * "Export the plan": closed, one line that loads nothing. Opened by the reader or by ?export= in the address, it
 * loads the generators with import() and shows the format chooser (the `export` field, its error beside it), the
 * note and the file in [data-export="<format>"], whose text is exactly the file. Bad inputs or a bad format leave
 * the last valid file on show, marked out of date. Copy and download only where the frame allows them.
 */
export function ExportSection({ input, result, stale, sources, latest, idPrefix }: Props) {
  const [param, setParam] = useExportParam();
  const open = param !== null;
  const parsed = parseField(exportField, param ?? exportField.default);
  const lastValid = useRef<ExportFormat>(exportField.default);
  if ('value' in parsed) lastValid.current = parsed.value as ExportFormat;
  const format = lastValid.current;
  const error = 'error' in parsed ? parsed.error : undefined;

  const [generators, setGenerators] = useState<Generators | null>(null);
  useEffect(() => {
    if (!open || generators) return;
    let cancelled = false;
    import('../../models/ha-cluster/export/generate.ts').then((m) => { if (!cancelled) setGenerators(m); });
    return () => { cancelled = true; };
  }, [open]);
  const [framed, setFramed] = useState(false);
  useEffect(() => setFramed(inOpaqueFrame()), []);
  const text = useMemo(() => generators?.exportFile(format, input, result) ?? null, [generators, format, input, result]);
  const outOfDate = stale || error !== undefined;
  const filename = EXPORT_FILENAMES[format];

  return (
    <details class="export" open={open}
      onToggle={(e) => { const now = (e.currentTarget as HTMLDetailsElement).open; if (now !== open) setParam(now ? format : null); }}>
      <summary><Heading depth={1} class="export-title">Export the plan</Heading> <span class="export-summary">to kubeadm, Kubespray, Cluster API or Juju</span></summary>
      {open && (
        <div class="export-body" data-stale={String(outOfDate)}>
          <Field name="export" spec={exportField} value={param} error={error} sources={{}} idPrefix={idPrefix} onInput={(_, t) => setParam(t)} />
          {outOfDate && (
            <p class="stale-note" role="status">
              Out of date: this is the {EXPORT_LABELS[format]} file for the last valid {error ? 'choice and ' : ''}inputs. Fix the field marked with ⚠ to update it.
            </p>
          )}
          {!generators || text === null ? <p role="status">Loading the export…</p> : (
            <>
              <ExportNote note={generators.EXPORT_NOTES[format]} topology={input.topology} schemaNote={generators.SCHEMA_NOTE} sources={sources} latest={latest} />
              {framed ? (
                <p class="results-note">This frame blocks copying and downloading: select the text to copy it, or open the full version.</p>
              ) : (
                <div class="calculator-actions">
                  <CopyButton label="Copy the file" text={() => text} />
                  <DownloadButton label={`Download ${filename}`} filename={filename} text={() => text} type="application/yaml" />
                </div>
              )}
              <pre class="export-file" tabIndex={0} role="region" aria-label={`${filename}, for ${EXPORT_LABELS[format]}`}><code data-export={format}>{text}</code></pre>
            </>
          )}
        </div>
      )}
    </details>
  );
}
