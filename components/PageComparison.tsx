import type { PageView } from '../lib/annotate/facts';
import { FactCard } from './FactCard';

/**
 * The popup's main part: the page's title and counts, then one card per fact (conflicts first), or
 * a message in plain words when there is nothing to compare.
 */
export function PageComparison({ view, onReveal }: { view: PageView; onReveal: (id: string) => void }) {
  if (view.kind === 'message') {
    return (
      <section class="comparison">
        <p class={`message ${view.tone}`} role={view.tone === 'error' ? 'alert' : 'status'}>
          {view.message}
        </p>
      </section>
    );
  }
  const n = view.facts.length;
  return (
    <section class="comparison">
      <header class="page-head">
        <h1 class="page-title">{view.title}</h1>
        {n > 0 ? (
          <p class="counts">
            {n} fact{n === 1 ? '' : 's'} also reported elsewhere · <span class={view.disputed > 0 ? 'disputed-count' : ''}>{view.disputed} disputed</span>
          </p>
        ) : null}
        {view.notSaved !== null ? <p class="not-saved">Not saved: {view.notSaved}</p> : null}
      </header>
      {view.empty !== null ? (
        <p class="message info" role="status">
          {view.empty}
        </p>
      ) : (
        <div class="facts">
          {view.facts.map((f) => (
            <FactCard key={f.id} fact={f} onReveal={onReveal} />
          ))}
        </div>
      )}
    </section>
  );
}
