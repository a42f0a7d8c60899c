import { outletCount } from '../lib/annotate/outlet-count';
import type { SentenceAnnotation } from '../lib/annotate/schema';
import { emphasize } from '../lib/annotate/emphasis';
import { describeDifference } from '../lib/export/summary';
import { verdictOf } from '../lib/annotate/verdict';
import { isChangeBetweenReports, safeHref, shortDate } from '../lib/annotate/report-dates';

interface NoteProps {
  annotation: SentenceAnnotation;
  /** Pinned notes stay open until closed; they show a close button. */
  pinned: boolean;
  onClose: () => void;
  /** The page's publication date (YYYY-MM-DD), when it states one: differences with reports days apart say so. */
  pageDate?: string | undefined;
}

const RELATION_WORDS = { conflict: 'conflicts', differs: 'differs in detail', agrees: 'agrees' } as const;
/** A conflict between reports days apart (lib/annotate/report-dates.ts): still marked as a conflict, told as a change. */
const CHANGED_WORDS = 'changed between reports';

/**
 * The note beside a highlighted sentence: how many other outlets state the fact, each outlet's own
 * sentence with the values that differ emphasised, and each difference in plain words. Every string
 * from the page or the index is rendered as text.
 */
export function Note({ annotation, pinned, onClose, pageDate }: NoteProps) {
  const n = outletCount(annotation.links);
  const title = `${n} other outlet${n === 1 ? '' : 's'} report${n === 1 ? 's' : ''} this`;
  return (
    <div class={`note ${annotation.status}`} data-parallax-note={annotation.id} role="dialog" aria-label={`Parallax: ${title}`}>
      <div class="head">
        <strong>{title}</strong>
        <span class={`status ${annotation.status}`}>{annotation.status === 'disputed' ? 'Disputed' : 'Corroborated'}</span>
        {pinned ? (
          <button type="button" class="close" aria-label="Close note" onClick={onClose}>
            ×
          </button>
        ) : null}
      </div>
      <ol class="links">
        {annotation.links.map((l) => {
          const relation = verdictOf(l);
          const changed = isChangeBetweenReports(l, pageDate);
          const href = safeHref(l.url);
          const when = shortDate(l.date, true);
          return (
            <li key={l.claimId} class={`link ${relation}`}>
              <div class="outlet">
                <span class="name">
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer">
                      {l.outlet}
                    </a>
                  ) : (
                    l.outlet
                  )}
                </span>
                {when ? (
                  <time class="date" dateTime={l.date}>
                    {when}
                  </time>
                ) : null}
                <span class={`relation ${relation}${changed ? ' changed' : ''}`}>{changed ? CHANGED_WORDS : RELATION_WORDS[relation]}</span>
              </div>
              <blockquote>
                {emphasize(l.text, l.differences.map((d) => d.there)).map((r, i) => (r.em ? <mark key={i}>{r.text}</mark> : r.text))}
              </blockquote>
              {l.differences.length > 0 ? (
                <ul class="diffs">
                  {l.differences.map((d, i) => (
                    <li key={i} class={d.severity}>
                      {describeDifference(d, l.outlet, { here: pageDate, there: l.date })}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
      <div class="foot">{pinned ? 'Esc or × closes this note.' : 'Click the marker after the sentence to keep this note open.'}</div>
    </div>
  );
}

/** The note's stylesheet, inside its shadow root: page CSS cannot reach it and it cannot reach the page. */
export const NOTE_CSS = `
:host { all: initial; }
.note { box-sizing: border-box; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328;
  background: #fff; border: 1px solid #d0d7de; border-top: 4px solid #2563eb; border-radius: 8px;
  box-shadow: 0 8px 24px rgba(0,0,0,.25); padding: 10px 12px; overflow: auto; max-height: inherit; }
.note.disputed { border-top-color: #d97706; }
.head { display: flex; align-items: center; gap: 8px; margin-bottom: 6px; }
.head strong { font-size: 14px; }
.status { font-size: 11px; padding: 1px 6px; border-radius: 10px; background: #dbeafe; color: #1e3a8a; }
.status.disputed { background: #fef3c7; color: #7c2d12; }
.close { margin-left: auto; border: 0; background: transparent; font-size: 18px; line-height: 1; cursor: pointer; color: inherit; padding: 2px 6px; }
.close:focus-visible { outline: 2px solid #2563eb; border-radius: 4px; }
ol.links { list-style: none; margin: 0; padding: 0; }
li.link { padding: 6px 0; border-top: 1px solid #eaeef2; }
li.link:first-child { border-top: 0; }
.outlet { display: flex; gap: 8px; align-items: baseline; }
.name { font-weight: 600; }
.name a { color: inherit; text-decoration: underline; text-decoration-color: #8c959f; text-underline-offset: 2px; }
.name a:focus-visible { outline: 2px solid #2563eb; border-radius: 2px; }
.date { font-size: 11px; color: #57606a; }
.relation { font-size: 11px; color: #57606a; }
.relation.conflict { color: #b91c1c; font-weight: 600; }
blockquote { margin: 3px 0; padding-left: 8px; border-left: 3px solid #d0d7de; color: #24292f; }
mark { background: #fde68a; color: inherit; padding: 0 1px; border-radius: 2px; }
ul.diffs { margin: 3px 0 0; padding-left: 18px; }
ul.diffs li.conflict { color: #b91c1c; }
ul.diffs li.detail { color: #57606a; }
.foot { margin-top: 6px; font-size: 11px; color: #57606a; }
@media (prefers-color-scheme: dark) {
  .note { background: #161b22; color: #e6edf3; border-color: #30363d; }
  blockquote { color: #e6edf3; border-left-color: #30363d; }
  li.link { border-top-color: #30363d; }
  .relation, .foot, .date, ul.diffs li.detail { color: #9da7b3; }
  ul.diffs li.conflict, .relation.conflict { color: #f87171; }
  mark { background: #a16207; }
}
`;
