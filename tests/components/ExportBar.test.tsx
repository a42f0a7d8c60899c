// @vitest-environment happy-dom
import fs from 'node:fs';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadFile, ExportBar } from '../../components/ExportBar';
import { annotatePage } from '../../lib/annotate/annotate';
import type { PageAnnotations } from '../../lib/annotate/schema';
import type { ExportFile } from '../../lib/export/filename';
import { parseExportFile } from '../../lib/export/import';
import { createMatcher } from '../../lib/match/matcher';
import type { PageStore } from '../../lib/store/pages';
import { buildSeedIndex } from '../../scripts/seed-index';

const matcher = createMatcher(buildSeedIndex());
const page = annotatePage(
  { text: fs.readFileSync('seeds/000_632a70be4bd1d4be.txt', 'utf8'), url: 'https://example.test/iran', title: 'Iran paid bounties to Taliban-linked network' },
  matcher,
);
const other = annotatePage({ text: fs.readFileSync('seeds/002_65fa98de86abeb10.txt', 'utf8'), url: 'https://example.test/hill', title: 'Hill' }, matcher);

function fakeStore(pages: PageAnnotations[] = [], skipped: string[] = []) {
  const saved: PageAnnotations[] = [];
  const store: PageStore = {
    save: vi.fn(async () => {}),
    get: vi.fn(async () => undefined),
    all: vi.fn(async () => ({ pages, skipped })),
    putMany: vi.fn(async (p: PageAnnotations[]) => {
      saved.push(...p);
    }),
    close: vi.fn(),
  };
  return { store, saved };
}

const flush = () =>
  act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });

async function show(props: Parameters<typeof ExportBar>[0]): Promise<HTMLElement> {
  const div = document.createElement('div');
  document.body.append(div);
  await act(async () => {
    render(<ExportBar {...props} />, div);
  });
  return div;
}

function button(root: HTMLElement, name: string): HTMLButtonElement {
  const b = [...root.querySelectorAll('button')].find((x) => x.textContent === name);
  if (!b) throw new Error(`no button "${name}"`);
  return b;
}

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('ExportBar', () => {
  it('has the five buttons by name, and a hidden JSON file picker', async () => {
    const root = await show({ page });
    for (const name of ['Export JSON', 'Export Markdown', 'Export CSV', 'Export all', 'Import JSON']) expect(button(root, name).getAttribute('type')).toBe('button');
    const input = root.querySelector('input[type=file]')!;
    expect(input.getAttribute('accept')).toBe('.json,application/json');
    expect(input.hasAttribute('hidden')).toBe(true);
  });

  it('downloads the page as W3C JSON, Markdown and CSV, named after its title', async () => {
    const files: ExportFile[] = [];
    const root = await show({ page, download: (f) => files.push(f), now: () => new Date('2026-03-04T05:06:07Z') });
    await act(async () => {
      button(root, 'Export JSON').click();
      button(root, 'Export Markdown').click();
      button(root, 'Export CSV').click();
    });
    expect(files.map((f) => f.name)).toEqual([
      'iran-paid-bounties-to-taliban-linked-network.parallax.json',
      'iran-paid-bounties-to-taliban-linked-network.parallax.md',
      'iran-paid-bounties-to-taliban-linked-network.parallax.csv',
    ]);
    const json = JSON.parse(files[0]!.content);
    expect(json.generator).toMatch(/^parallax /);
    expect(json.items[0].created).toBe('2026-03-04T05:06:07.000Z');
    expect(parseExportFile(files[0]!.content, 'x.json')).toEqual([page]);
  });

  it('disables the page exports when there is no page, but not export all or import', async () => {
    const root = await show({ page: null });
    expect(button(root, 'Export JSON').disabled).toBe(true);
    expect(button(root, 'Export all').disabled).toBe(false);
    expect(button(root, 'Import JSON').disabled).toBe(false);
  });

  it('exports every stored page plus the current one, and says so', async () => {
    const { store } = fakeStore([other, { ...page, title: 'stale' }], ['Saved annotations for https://x.test/ could not be read and were skipped (bad).']);
    const files: ExportFile[] = [];
    const root = await show({ page, openStore: async () => store, download: (f) => files.push(f), now: () => new Date(2026, 2, 4, 12) });
    await act(async () => {
      button(root, 'Export all').click();
    });
    await flush();
    expect(files).toHaveLength(1);
    expect(files[0]?.name).toBe('parallax-all-pages-2026-03-04.json');
    expect(parseExportFile(files[0]!.content, 'all.json')).toEqual([other, page].sort((a, b) => (a.url < b.url ? -1 : 1)));
    expect(root.querySelector('[role=status]')?.textContent).toBe(
      'Exported 2 pages. Left out 1 stored page that could not be read: Saved annotations for https://x.test/ could not be read and were skipped (bad).',
    );
    expect(store.close).toHaveBeenCalled();
  });

  it('shows a store failure in plain words', async () => {
    const root = await show({ page, openStore: async () => Promise.reject(new Error('IndexedDB is unavailable in this window.')) });
    await act(async () => {
      button(root, 'Export all').click();
    });
    await flush();
    expect(root.querySelector('[role=alert]')?.textContent).toBe('IndexedDB is unavailable in this window.');
  });

  async function pick(root: HTMLElement, file: File) {
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
    const clicked = vi.spyOn(input, 'click').mockImplementation(() => {});
    await act(async () => {
      button(root, 'Import JSON').click();
    });
    expect(clicked).toHaveBeenCalled();
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    await flush();
  }

  it('imports a JSON export into the store and reports how much', async () => {
    const { store, saved } = fakeStore();
    const exported: ExportFile[] = [];
    const root = await show({ page, openStore: async () => store, download: (f) => exported.push(f) });
    await act(async () => {
      button(root, 'Export JSON').click();
    });
    await pick(root, new File([exported[0]!.content], 'export.json', { type: 'application/json' }));
    expect(saved).toEqual([page]);
    expect(root.querySelector('[role=status]')?.textContent).toBe(`Imported 1 page (${page.annotations.length} annotations)`);
  });

  it('reports a bad file by name and saves nothing', async () => {
    const { store } = fakeStore();
    const root = await show({ page, openStore: async () => store });
    await pick(root, new File(['{"type": "AnnotationPage"'], 'broken.json'));
    expect(store.putMany).not.toHaveBeenCalled();
    expect(root.querySelector('[role=alert]')?.textContent).toMatch(/^broken\.json: not valid JSON/);
  });
});

describe('downloadFile', () => {
  it('clicks a temporary <a download> on a Blob URL, then revokes the URL', () => {
    vi.useFakeTimers();
    const create = vi.fn(() => 'blob:parallax/1');
    const revoke = vi.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    let seen: { href: string; download: string; inDocument: boolean } | null = null;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      seen = { href: this.href, download: this.download, inDocument: document.body.contains(this) };
    });
    downloadFile({ name: 'a.parallax.json', type: 'application/json', content: '{}' });
    expect(create).toHaveBeenCalledWith(expect.any(Blob));
    expect(seen).toEqual({ href: 'blob:parallax/1', download: 'a.parallax.json', inDocument: true });
    expect(document.querySelector('a')).toBeNull();
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:parallax/1');
    vi.useRealTimers();
  });
});
