import { formatDate } from '../../models/shared/dates.ts';
import { datePhrases } from '../../models/shared/tool-vocabulary.ts';
import type { DatedStatus } from '../../schemas/tools.ts';
import type { SourceLinks } from '../../models/shared/sources.ts';

interface Props {
  status: DatedStatus;
  label: string;
  sources: SourceLinks;
}

/** A dated status with its note and its source: "Archived on 16 August 2019. Archived by the CNCF. <source>". */
export function StatusLine({ status: s, label, sources }: Props) {
  const source = sources[s.source];
  const phrase = datePhrases[s.status];
  const link = phrase === 'on' && s.date.length < 10 ? ' in' : phrase.startsWith(';') ? phrase : ` ${phrase}`;
  return (
    <span class="status-line">
      <span class={`status status-${s.status}`}>{label}</span>{link} <time dateTime={s.date}>{formatDate(s.date)}</time>.
      {s.note && <> {s.note}</>}
      {source && <> <cite class="status-source"><a href={source.url}>{source.title}</a></cite></>}
    </span>
  );
}
