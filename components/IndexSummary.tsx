import type { IndexStatus } from '../lib/messages';

/** The bundled index, folded away at the bottom of the popup: which outlets Parallax compares against, or why it cannot. */
export function IndexSummary({ status }: { status: IndexStatus | null }) {
  if (status === null) return null;
  if (!status.ok) {
    return (
      <details class="index" open>
        <summary>Index: failed to load</summary>
        <p class="message error" role="alert">
          The index failed to load: {status.error}
        </p>
      </details>
    );
  }
  const n = status.sources.length;
  return (
    <details class="index">
      <summary>
        Compared against {n} article{n === 1 ? '' : 's'}
      </summary>
      <p class="index-counts">
        {status.claims} sentences, {status.facts} facts reported by more than one outlet.
      </p>
      <ul>
        {status.sources.map((s) => (
          <li key={s.id}>
            <strong>{s.outlet}</strong>: {s.title}
          </li>
        ))}
      </ul>
    </details>
  );
}
