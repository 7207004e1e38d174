import { patterns } from '../../models/shared/patterns.ts';
import { nowStatuses, thenStatuses, toolCategories } from '../../models/shared/tool-vocabulary.ts';
import type { SourceLinks } from '../../models/shared/sources.ts';
import type { Tool } from '../../schemas/tools.ts';
import { href } from '../../lib/paths.ts';
import { patternAnchor, toolsPath } from '../../lib/routes.ts';
import { StatusLine } from './StatusLine.tsx';

interface Props {
  tool: Tool;
  successorName?: string;
  sources: SourceLinks;
}

/** One tool of the directory: its anchor (id = slug), data-tool and data-status, facts, dated statuses and home page. */
export function ToolCard({ tool: t, successorName, sources }: Props) {
  return (
    <li class="tool" id={t.slug} data-tool={t.slug} data-status={t.now.status}>
      <h3 class="tool-name">{t.name}</h3>
      <p class="tool-desc">{t.description}</p>
      <dl class="tool-facts">
        <div><dt>Category</dt><dd>{toolCategories[t.category]}</dd></div>
        <div>
          <dt>Patterns</dt>
          <dd>
            {t.patterns.length === 0 ? 'Any; not tied to one pattern'
              : t.patterns.map((p, i) => <span key={p}>{i > 0 && ', '}<a href={href(patternAnchor(p))}>{patterns[p].name}</a></span>)}
          </dd>
        </div>
        <div><dt>Speaks the OpenStack API</dt><dd>{t.speaksOpenStackApi ? 'Yes' : 'No'}</dd></div>
        <div><dt>May 2017</dt><dd><StatusLine status={t.then} label={thenStatuses[t.then.status]} sources={sources} /></dd></div>
        <div><dt>Now</dt><dd><StatusLine status={t.now} label={nowStatuses[t.now.status]} sources={sources} /></dd></div>
        {t.successor && <div><dt>Successor</dt><dd><a href={href(toolsPath({ tool: t.successor }))}>{successorName ?? t.successor}</a></dd></div>}
      </dl>
      <p class="tool-home">
        <a href={t.home} data-home>Home page<span class="visually-hidden"> of {t.name}</span></a>{' '}
        <span class="tool-host">{new URL(t.home).host}</span>
      </p>
    </li>
  );
}
