import type { ExportNote as Note } from '../../models/ha-cluster/export/notes.ts';
import type { SourceLinks } from '../../models/shared/sources.ts';
import type { Topology } from '../../models/shared/topology.ts';

/** The newest releases of the tools, by fact id, as the page states them ("v2.31.0 (as of August 2026)"). */
export type LatestReleases = Record<string, string>;

interface Props { note: Note; topology: Topology; schemaNote: string; sources: SourceLinks; latest: LatestReleases }

/** What an export targets, what it does with this plan's topology (and with a converged one), what is left to fill in, and its sources. */
export function ExportNote({ note, topology, schemaNote, sources, latest }: Props) {
  const releases = note.latest.map((l) => `${l.label} ${latest[l.fact] ?? ''}`.trim());
  return (
    <div class="export-note">
      <p><strong>Targets</strong> {note.targets}. Newest release{releases.length > 1 ? 's' : ''}: {releases.join('; ')}.</p>
      <p>{note.what}</p>
      <p>{note.topology[topology]}{topology !== 'converged' && <> {note.topology.converged}</>}</p>
      <p><strong>You fill in</strong> {note.fill} Every placeholder looks like <code>&lt;THIS&gt;</code>; none is a real address, name or secret.</p>
      <p>{schemaNote}</p>
      <p class="export-sources">
        Sources:{' '}
        {note.sources.map((id, i) => (
          <span key={id}>{i > 0 && ', '}<a href={sources[id]?.url}>{sources[id]?.title ?? id}</a></span>
        ))}.
      </p>
    </div>
  );
}
