import type { Advice } from '../../models/placement-advisor/advise.ts';
import { verdictText } from '../../models/placement-advisor/advise.ts';
import type { AdvisorRule } from '../../models/placement-advisor/rules.ts';
import { guideSections } from '../../models/placement-advisor/sections.ts';
import { Heading } from '../shared/Heading.tsx';
import { Result } from '../shared/Result.tsx';
import { href } from '../../lib/paths.ts';
import { chapterPath } from '../../lib/routes.ts';

const lean = (r: AdvisorRule) => (r.weight > 0 ? 'for' : r.weight < 0 ? 'against' : 'neutral');
const LEAN_TAG = { for: 'Favours Kubernetes', against: 'Favours a VM', neutral: 'Note' } as const;
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** The verdict and what it means. */
export function AdviceHeadline({ advice }: { advice: Advice }) {
  const { label, summary } = verdictText[advice.verdict];
  return (
    <>
      <dl class="results results-main results-wide">
        <Result id="recommendation" value={advice.verdict} label="Recommendation" detail={`total weight ${signed(advice.score)}`}>{label}</Result>
      </dl>
      <p class="plan-summary">{summary}</p>
    </>
  );
}

/** Each reason with the guide section that argues it, and the answers that would change the verdict. */
export function AdviceView({ advice }: { advice: Advice }) {
  return (
    <>
      <Heading depth={1} class="results-subtitle">Why</Heading>
      <ul class="reasons" data-result="reasons" data-value={advice.reasons.map((r) => r.id).join(',')}>
        {advice.reasons.map((r) => {
          const section = guideSections[r.section];
          return (
            <li key={r.id} class={`reason ${lean(r)}`} data-reason={r.id}>
              <span class="reason-tag">{LEAN_TAG[lean(r)]}{r.weight !== 0 && ` (${signed(r.weight)})`}{r.care && <>; handle first</>}:</span>{' '}
              {r.text}{' '}
              <a href={href(chapterPath(section.chapter, section.anchor))}>Read: {section.title}</a>
            </li>
          );
        })}
      </ul>
      <Heading depth={1} class="results-subtitle">What would change the answer</Heading>
      {advice.whatIfs.length > 0 ? (
        <ul class="what-ifs" data-result="what-ifs" data-value={String(advice.whatIfs.length)}>
          {advice.whatIfs.map((w) => <li key={w.text}>{w.text}</li>)}
        </ul>
      ) : (
        <p class="results-note" data-result="what-ifs" data-value="0">No change of one or two answers would change this recommendation.</p>
      )}
    </>
  );
}
