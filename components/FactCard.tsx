import type { FactView, OutletView } from '../lib/annotate/facts';
import { safeHref, shortDate } from '../lib/annotate/report-dates';
import { EmphasizedText } from './EmphasizedText';
import { NumberAxisChart } from './NumberAxis';

const VERDICT_WORDS: Record<OutletView['verdict'], string> = { conflict: 'Conflicts', differs: 'Differs in detail', agrees: 'Agrees' };
/** A conflict between reports days apart (report-dates.ts): the badge keeps its colour, the words say what happened. */
const CHANGED_WORDS = 'Changed between reports';

/** The outlet's name, a link to its article when its address is known, and its publication date. */
export function OutletName({ outlet, url, date }: { outlet: string; url?: string | undefined; date?: string | undefined }) {
  const href = safeHref(url);
  const when = shortDate(date, true);
  return (
    <>
      {href ? (
        <a class="outlet-link" href={href} target="_blank" rel="noopener noreferrer">
          {outlet}
        </a>
      ) : (
        outlet
      )}
      {when ? (
        <>
          {' '}
          <time class="outlet-date" dateTime={date}>
            {when}
          </time>
        </>
      ) : null}
    </>
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "2 conflicts, 4 details" / "3 details" / "All agree". */
function tally(f: FactView): string {
  const parts = [...(f.conflicts > 0 ? [plural(f.conflicts, 'conflict')] : []), ...(f.details > 0 ? [plural(f.details, 'detail')] : [])];
  return parts.length > 0 ? parts.join(', ') : 'No difference';
}

function OutletColumn({ o }: { o: OutletView }) {
  return (
    <section class={`outlet ${o.verdict}`} data-source-id={o.sourceId}>
      <div class="outlet-head">
        <h3 class="outlet-name">
          <OutletName outlet={o.outlet} url={o.url} date={o.date} />
        </h3>
        <span class={`badge ${o.verdict}${o.changed ? ' changed' : ''}`}>{o.changed ? CHANGED_WORDS : VERDICT_WORDS[o.verdict]}</span>
      </div>
      <p class="their">
        <EmphasizedText runs={o.emphasis} />
      </p>
      {o.descriptions.length > 0 ? (
        <ul class="diffs">
          {o.descriptions.map((d, i) => (
            <li key={i} class={o.differences[i]?.severity ?? 'detail'}>
              {d}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/**
 * One fact of the page: its sentence with the differing wording marked, each other outlet's sentence
 * in a column, number differences on a chart, and the indexed outlets that do not report it.
 */
export function FactCard({ fact, onReveal }: { fact: FactView; onReveal: (id: string) => void }) {
  const tone = fact.conflicts > 0 ? 'conflict' : fact.details > 0 ? 'detail' : 'agrees';
  const n = fact.outletCount;
  return (
    <article class={`fact ${tone}`} data-annotation-id={fact.id} data-status={fact.status}>
      <div class="fact-head">
        <span class={`badge status ${fact.status}`}>{fact.status === 'disputed' ? 'Disputed' : 'Corroborated'}</span>
        <span class="tally">
          {plural(n, 'other outlet')} · {tally(fact)}
        </span>
        <button type="button" class="reveal" onClick={() => onReveal(fact.id)}>
          Show in page
        </button>
      </div>
      <blockquote class="page-sentence">
        <EmphasizedText runs={fact.pageEmphasis} />
      </blockquote>
      <div class="outlets">
        {fact.outlets.map((o) => (
          <OutletColumn key={o.claimId} o={o} />
        ))}
      </div>
      {fact.axes.map((a) => (
        <NumberAxisChart key={a.label} axis={a} />
      ))}
      {fact.blindspot.length > 0 ? <p class="blindspot">Not reported by: {fact.blindspot.join(', ')}</p> : null}
    </article>
  );
}
