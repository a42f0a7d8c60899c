// First: zod's config must run before any module that defines a schema (lib/zod-config.ts).
import '../../lib/zod-config';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CorpusManager } from '../../components/CorpusManager';
import { downloadFile } from '../../components/ExportBar';
import { parseCorpusExport, recordsFromExport, toCorpusExport } from '../../lib/corpus/export';
import { importReport } from '../../lib/corpus/listing';
import type { CorpusSummary } from '../../lib/corpus/schema';
import { openCorpusStore, type CorpusStore } from '../../lib/corpus/store';
import './style.css';

type Note = { tone: 'info' | 'error'; text: string } | null;

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Tells the background the corpus changed, so the next page is matched against it as it is now. */
const changed = (): Promise<unknown> => browser.runtime.sendMessage({ type: 'corpus-changed' }).catch(() => undefined);

/** Bytes the browser reports for Parallax's storage, when it reports them. */
async function storageUsed(): Promise<number | null> {
  try {
    const e = await navigator.storage?.estimate?.();
    return typeof e?.usage === 'number' ? e.usage : null;
  } catch {
    return null;
  }
}

function Manager() {
  const [articles, setArticles] = useState<CorpusSummary[] | null>(null);
  const [query, setQuery] = useState(new URLSearchParams(location.search).get('q') ?? '');
  const [bytes, setBytes] = useState<number | null>(null);
  const [note, setNote] = useState<Note>(null);
  const [busy, setBusy] = useState(false);
  const [confirmingClear, setConfirmingClear] = useState(false);

  /** Runs `work` on the store, then lists the corpus again; `work` returns what to tell the reader. */
  async function withStore(work: ((store: CorpusStore) => Promise<string | null>) | null): Promise<void> {
    setBusy(true);
    let store: CorpusStore | null = null;
    try {
      store = await openCorpusStore();
      if (work) {
        const said = await work(store);
        if (said !== null) setNote({ tone: 'info', text: said });
      }
      // From each article's marks: listing 10,000 articles reads no text or claims.
      const { articles: all, skipped } = await store.summaries();
      setArticles(all);
      if (skipped.length > 0) setNote({ tone: 'error', text: skipped.join(' ') });
    } catch (e) {
      setNote({ tone: 'error', text: message(e) });
      setArticles((a) => a ?? []);
    } finally {
      store?.close();
      setBusy(false);
      setBytes(await storageUsed());
    }
  }

  useEffect(() => void withStore(null), []);

  const remove = (ids: string[], what: string) =>
    withStore(async (store) => {
      const n = await store.remove(ids);
      await changed();
      return `Removed ${what} (${n} article${n === 1 ? '' : 's'}).`;
    });

  function clear() {
    if (!confirmingClear) return setConfirmingClear(true);
    setConfirmingClear(false);
    void withStore(async (store) => {
      const n = await store.clear();
      await changed();
      return `Removed all ${n} remembered article${n === 1 ? '' : 's'}.`;
    });
  }

  const exportAll = () =>
    withStore(async (store) => {
      const { articles: all } = await store.all();
      const day = new Date().toISOString().slice(0, 10);
      downloadFile({ name: `parallax-corpus-${day}.json`, type: 'application/json', content: `${JSON.stringify(toCorpusExport(all), null, 1)}\n` });
      return `Exported ${all.length} article${all.length === 1 ? '' : 's'}.`;
    });

  const importFile = (file: File) =>
    withStore(async (store) => {
      // Read and checked whole before anything is written: a bad entry stores nothing, and nothing stored is lost.
      const entries = parseCorpusExport(await file.text(), file.name);
      const result = await store.put(recordsFromExport(entries));
      await changed();
      return importReport(result, file.name);
    });

  return (
    <CorpusManager
      articles={articles}
      query={query}
      storageBytes={bytes}
      note={note}
      busy={busy}
      confirmingClear={confirmingClear}
      onQuery={setQuery}
      onRemove={(ids, what) => void remove(ids, what)}
      onClear={clear}
      onExport={() => void exportAll()}
      onImport={(f) => void importFile(f)}
    />
  );
}

const app = document.getElementById('app');
if (app) render(<Manager />, app);
