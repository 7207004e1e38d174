import type { ComponentChildren } from 'preact';
import type { PatternFit } from '../../models/pattern-picker/pick.ts';
import { patterns } from '../../models/shared/patterns.ts';
import { Heading } from '../shared/Heading.tsx';
import { href } from '../../lib/paths.ts';
import { patternAnchor, toolsPath } from '../../lib/routes.ts';

/** What content/data/patterns.yaml says about a pattern, with its source resolved to a title and address. */
export interface PatternSummary { fits: string; tradeoffs: string[]; source: { title: string; url: string } }
/** A tool of the directory, linked by its anchor. */
export interface ToolLink { slug: string; name: string }

interface Props {
  rank: number;
  fit: PatternFit;
  summary: PatternSummary;
  diagram: ComponentChildren;
  tools: ToolLink[];
}

/** One fitting pattern: its diagram, why it fits this estate, when it fits in general, its trade-offs and its tools. */
export function PatternCard({ rank, fit, summary, diagram, tools }: Props) {
  const headingId = `pattern-card-${fit.id}`;
  return (
    <article class="pattern-card" data-pattern-card={fit.id} aria-labelledby={headingId}>
      <Heading depth={1} id={headingId} class="pattern-card-title">
        {`${rank}. `}<a href={href(patternAnchor(fit.id))}>{patterns[fit.id].title}</a>
      </Heading>
      {diagram}
      <Heading depth={2} class="pattern-card-part">Why it fits what you have</Heading>
      <ul class="reasons">
        {fit.reasons.map((r) => (
          <li key={r.id} class={`reason ${r.weight > 0 ? 'for' : 'against'}`} data-reason={r.id}>
            <span class="reason-tag">{r.weight > 0 ? `For (+${r.weight}):` : `Against (${r.weight}):`}</span> {r.text}
          </li>
        ))}
      </ul>
      <Heading depth={2} class="pattern-card-part">When it fits</Heading>
      <p>{summary.fits}</p>
      <Heading depth={2} class="pattern-card-part">Trade-offs</Heading>
      <ul>{summary.tradeoffs.map((t) => <li key={t}>{t}</li>)}</ul>
      <p class="results-note">Source: <a href={summary.source.url}>{summary.source.title}</a>.</p>
      <Heading depth={2} class="pattern-card-part">Tools for it today</Heading>
      <ul class="pattern-tools">
        {tools.map((t) => <li key={t.slug}><a href={href(toolsPath({ tool: t.slug }))}>{t.name}</a></li>)}
      </ul>
      <p class="results-note"><a href={href(toolsPath({ query: new URLSearchParams({ pattern: fit.id }) }))}>Every tool for this pattern, with what changed since 2017</a></p>
    </article>
  );
}
