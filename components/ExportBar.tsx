import { useRef, useState } from 'preact/hooks';
import type { PageAnnotations } from '../lib/annotate/schema';
import { allPagesExport, exportAllReport, importReport, pageExport, withCurrent, type ExportFile, type ExportFormat } from '../lib/export/filename';
import { parseExportFile } from '../lib/export/import';
import { openPageStore, type PageStore } from '../lib/store/pages';
import { PARALLAX_VERSION } from '../lib/version';

/** How long a download's Blob URL is kept: the browser has read it by then; the popup may close sooner, which frees it too. */
const REVOKE_AFTER_MS = 10_000;

/** Offers a file for download through a temporary <a download> (no downloads permission needed). */
export function downloadFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.name;
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

interface ExportBarProps {
  /** The page on screen; null when there is none (its own exports are then disabled). */
  page: PageAnnotations | null;
  /** Seams for tests. */
  openStore?: () => Promise<PageStore>;
  download?: (file: ExportFile) => void;
  now?: () => Date;
}

type Status = { tone: 'info' | 'error'; text: string } | null;

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Export the page (JSON, Markdown, CSV), export every saved page, import a JSON export. */
export function ExportBar({ page, openStore = () => openPageStore(), download = downloadFile, now = () => new Date() }: ExportBarProps) {
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  function exportPage(format: ExportFormat) {
    if (!page) return;
    try {
      download(pageExport(page, format, PARALLAX_VERSION, now().toISOString()));
      setStatus(null);
    } catch (e) {
      setStatus({ tone: 'error', text: `Export failed: ${message(e)}` });
    }
  }

  async function withStore(work: (store: PageStore) => Promise<string>) {
    setBusy(true);
    let store: PageStore | null = null;
    try {
      store = await openStore();
      setStatus({ tone: 'info', text: await work(store) });
    } catch (e) {
      setStatus({ tone: 'error', text: message(e) });
    } finally {
      store?.close();
      setBusy(false);
    }
  }

  const exportAll = () =>
    withStore(async (store) => {
      const { pages, skipped } = await store.all();
      const all = withCurrent(pages, page);
      download(allPagesExport(all, PARALLAX_VERSION, now()));
      return exportAllReport(all.length, skipped);
    });

  async function importFile(e: Event) {
    const el = e.currentTarget as HTMLInputElement;
    const file = el.files?.[0];
    if (!file) return;
    await withStore(async (store) => {
      const pages = parseExportFile(await file.text(), file.name);
      await store.putMany(pages);
      return importReport(pages);
    });
    // Choosing the same file again should import it again.
    el.value = '';
  }

  return (
    <section class="export" aria-label="Export and import">
      <div class="buttons">
        <button type="button" disabled={!page} onClick={() => exportPage('json')}>
          Export JSON
        </button>
        <button type="button" disabled={!page} onClick={() => exportPage('md')}>
          Export Markdown
        </button>
        <button type="button" disabled={!page} onClick={() => exportPage('csv')}>
          Export CSV
        </button>
        <button type="button" disabled={busy} onClick={() => void exportAll()}>
          Export all
        </button>
        <button type="button" disabled={busy} onClick={() => input.current?.click()}>
          Import JSON
        </button>
        <input ref={input} type="file" accept=".json,application/json" hidden tabIndex={-1} aria-hidden="true" onChange={(e) => void importFile(e)} />
      </div>
      {status !== null ? (
        <p class={`message ${status.tone}`} role={status.tone === 'error' ? 'alert' : 'status'}>
          {status.text}
        </p>
      ) : null}
    </section>
  );
}
