import type { CorpusStatus } from '../lib/messages';

/** What Parallax keeps, where, and how to delete it: shown whenever the corpus is. */
export const CORPUS_PRIVACY_LINE =
  'Remembered articles (their text, outlet, title, date and address) are kept only in this browser, never sent anywhere; remove them here or in Manage remembered articles.';

interface CorpusPanelProps {
  status: CorpusStatus | null;
  /** Whether the page on screen has an article Parallax read (so it can be added). */
  canAdd: boolean;
  busy: boolean;
  /** The outcome of the last action, or why it failed. */
  note: { tone: 'info' | 'error'; text: string } | null;
  managerUrl: string;
  onAdd: () => void;
  onRemove: () => void;
}

/** The reader's corpus in the popup: how many articles, this page in or out of it, and the way to the manager. */
export function CorpusPanel({ status, canAdd, busy, note, managerUrl, onAdd, onRemove }: CorpusPanelProps) {
  const remembered = status?.ok === true && status.remembered;
  return (
    <section class="corpus" aria-label="Remembered articles">
      <div class="corpus-row">
        <span class="corpus-count">
          {status === null
            ? 'Remembered articles: …'
            : status.ok
              ? `${status.count} remembered article${status.count === 1 ? '' : 's'}${remembered ? ', this page among them' : ''}.`
              : `Remembered articles cannot be read: ${status.error}`}
        </span>
        {remembered ? (
          <button type="button" disabled={busy} onClick={onRemove}>
            Remove this page
          </button>
        ) : (
          <button type="button" disabled={busy || !canAdd} title={canAdd ? undefined : 'Parallax has not read an article on this page.'} onClick={onAdd}>
            Add this page
          </button>
        )}
        <a class="manage" href={managerUrl} target="_blank" rel="noopener">
          Manage remembered articles
        </a>
      </div>
      {status?.ok && status.notRemembered ? (
        <p class="message error" role="alert">
          This page was not remembered: {status.notRemembered}
        </p>
      ) : null}
      {note !== null ? (
        <p class={`message ${note.tone}`} role={note.tone === 'error' ? 'alert' : 'status'}>
          {note.text}
        </p>
      ) : null}
      <p class="privacy">{CORPUS_PRIVACY_LINE}</p>
    </section>
  );
}
