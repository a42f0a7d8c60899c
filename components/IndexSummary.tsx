import type { IndexStatus } from '../lib/messages';

/** The popup's view of the bundled index: which outlets Parallax compares against, or why it cannot. */
export function IndexSummary({ status }: { status: IndexStatus }) {
  if (!status.ok) {
    return (
      <main style="font: 14px system-ui; padding: 12px; width: 320px">
        <h1 style="font-size: 16px; margin: 0 0 8px">Parallax</h1>
        <p role="alert" style="color: #a00">The index failed to load: {status.error}</p>
      </main>
    );
  }
  return (
    <main style="font: 14px system-ui; padding: 12px; width: 320px">
      <h1 style="font-size: 16px; margin: 0 0 8px">Parallax</h1>
      <p style="margin: 0 0 8px">
        Comparing against {status.sources.length} articles ({status.claims} sentences, {status.facts} facts).
      </p>
      <ul style="margin: 0; padding-left: 18px">
        {status.sources.map((s) => (
          <li key={s.id}>
            <strong>{s.outlet}</strong>: {s.title}
          </li>
        ))}
      </ul>
    </main>
  );
}
