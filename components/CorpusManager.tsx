import { filterSummaries, formatBytes, idsOfSite, siteOfArticle } from '../lib/corpus/listing';
import type { CorpusSummary } from '../lib/corpus/schema';

export interface CorpusManagerProps {
  /** Every remembered article; null while loading. */
  articles: CorpusSummary[] | null;
  query: string;
  /** Bytes the browser says Parallax's storage uses, when it says. */
  storageBytes: number | null;
  /** Outcome of the last action, or why it failed. */
  note: { tone: 'info' | 'error'; text: string } | null;
  busy: boolean;
  /** Whether "Remove all" waits for its confirmation click. */
  confirmingClear: boolean;
  onQuery: (q: string) => void;
  onRemove: (ids: string[], what: string) => void;
  onClear: () => void;
  onExport: () => void;
  onImport: (file: File) => void;
}

/** The corpus manager page: search, open, remove (one, a site, all), storage used, export and import. */
export function CorpusManager({ articles, query, storageBytes, note, busy, confirmingClear, onQuery, onRemove, onClear, onExport, onImport }: CorpusManagerProps) {
  const shown = articles ? filterSummaries(articles, query) : [];
  const chars = articles?.reduce((n, a) => n + a.chars, 0) ?? 0;
  return (
    <main class="manager">
      <header class="manager-head">
        <h1>Remembered articles</h1>
        <p class="privacy">
          Parallax keeps these articles only in this browser (IndexedDB) and never sends them anywhere. Pages are compared with them; remove any here.
        </p>
      </header>
      <section class="summary" aria-label="Storage">
        {articles === null ? (
          'Loading…'
        ) : (
          <span>
            {articles.length} article{articles.length === 1 ? '' : 's'}, {formatBytes(chars * 2)} of text
            {storageBytes !== null ? `; Parallax's storage in this browser: ${formatBytes(storageBytes)}` : ''}.
          </span>
        )}
        <div class="buttons">
          <button type="button" disabled={busy || !articles?.length} onClick={onExport}>
            Export corpus
          </button>
          <label class={`button${busy ? ' disabled' : ''}`}>
            Import corpus
            <input
              type="file"
              accept=".json,application/json"
              hidden
              disabled={busy}
              onChange={(e) => {
                const el = e.currentTarget;
                const file = el.files?.[0];
                if (file) onImport(file);
                // Choosing the same file again imports it again (and adds nothing twice).
                el.value = '';
              }}
            />
          </label>
          <button type="button" class={confirmingClear ? 'danger' : ''} disabled={busy || !articles?.length} onClick={onClear}>
            {confirmingClear ? `Confirm: remove all ${articles?.length ?? 0}` : 'Remove all'}
          </button>
        </div>
      </section>
      {note !== null ? (
        <p class={`message ${note.tone}`} role={note.tone === 'error' ? 'alert' : 'status'}>
          {note.text}
        </p>
      ) : null}
      <label class="search">
        Search by outlet, title or date{' '}
        <input type="search" value={query} placeholder="e.g. Courier 2026-03" onInput={(e) => onQuery(e.currentTarget.value)} />
      </label>
      {articles !== null && shown.length === 0 ? <p class="empty">{articles.length === 0 ? 'No article is remembered yet.' : 'No remembered article matches.'}</p> : null}
      <table class="articles">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Outlet</th>
            <th scope="col">Title</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((a) => {
            const site = siteOfArticle(a.url);
            return (
              <tr key={a.id} data-article-id={a.id}>
                <td class="date">{a.date ?? 'undated'}</td>
                <td class="outlet">{a.outlet}</td>
                <td class="title">
                  <a href={a.url} target="_blank" rel="noopener noreferrer">
                    {a.title}
                  </a>
                  <span class="meta">
                    {site} · {a.claimCount} sentences · remembered {a.savedAt.slice(0, 10)}
                  </span>
                </td>
                <td class="actions">
                  <button type="button" disabled={busy} onClick={() => onRemove([a.id], `"${a.title}"`)}>
                    Remove
                  </button>
                  <button type="button" disabled={busy} onClick={() => onRemove(idsOfSite(articles ?? [], site), `every article from ${site}`)}>
                    Remove site
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </main>
  );
}
