// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CorpusManager, type CorpusManagerProps } from '../../components/CorpusManager';
import { CORPUS_PRIVACY_LINE, CorpusPanel } from '../../components/CorpusPanel';
import type { CorpusSummary } from '../../lib/corpus/schema';
import { mount, unmountAll } from './mount';

afterEach(unmountAll);

const button = (root: HTMLElement, name: string): HTMLButtonElement | undefined => [...root.querySelectorAll('button')].find((b) => b.textContent === name);

describe('CorpusPanel (popup)', () => {
  const base = { busy: false, note: null, managerUrl: 'chrome-extension://x/manager.html', onAdd: () => {}, onRemove: () => {} };

  it('says how many articles are kept, what, where and how to delete them, and links to the manager', () => {
    const root = mount(<CorpusPanel {...base} status={{ ok: true, count: 3, remembered: false }} canAdd />);
    expect(root.querySelector('.corpus-count')?.textContent).toBe('3 remembered articles.');
    expect(root.querySelector('.privacy')?.textContent).toBe(CORPUS_PRIVACY_LINE);
    expect(CORPUS_PRIVACY_LINE).toMatch(/text, outlet, title, date and address.*only in this browser.*never sent anywhere.*remove them/);
    expect(root.querySelector('a.manage')?.getAttribute('href')).toBe('chrome-extension://x/manager.html');
  });

  it('"Add this page" when the page is not kept (disabled where no article was read), "Remove this page" when it is', () => {
    const onAdd = vi.fn();
    const onRemove = vi.fn();
    const out = mount(<CorpusPanel {...base} onAdd={onAdd} status={{ ok: true, count: 0, remembered: false }} canAdd />);
    button(out, 'Add this page')!.click();
    expect(onAdd).toHaveBeenCalledOnce();
    expect(button(mount(<CorpusPanel {...base} status={{ ok: true, count: 0, remembered: false }} canAdd={false} />), 'Add this page')?.disabled).toBe(true);
    const kept = mount(<CorpusPanel {...base} onRemove={onRemove} status={{ ok: true, count: 1, remembered: true }} canAdd />);
    expect(kept.querySelector('.corpus-count')?.textContent).toBe('1 remembered article, this page among them.');
    expect(button(kept, 'Add this page')).toBeUndefined();
    button(kept, 'Remove this page')!.click();
    expect(onRemove).toHaveBeenCalledOnce();
  });

  it('says when this page could not be remembered, and why', () => {
    const root = mount(<CorpusPanel {...base} status={{ ok: true, count: 4, remembered: false, notRemembered: 'Storage is full: "Flood" could not be remembered.' }} canAdd />);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('This page was not remembered: Storage is full: "Flood" could not be remembered.');
  });

  it('says why the corpus cannot be read', () => {
    const root = mount(<CorpusPanel {...base} status={{ ok: false, error: 'IndexedDB is unavailable.' }} canAdd />);
    expect(root.querySelector('.corpus-count')?.textContent).toBe('Remembered articles cannot be read: IndexedDB is unavailable.');
  });
});

describe('CorpusManager', () => {
  const row = (id: string, outlet: string, title: string, url: string, date?: string): CorpusSummary => ({
    id, url, outlet, title, ...(date ? { date } : {}), savedAt: '2026-03-12T08:00:00.000Z', chars: 1000, claimCount: 12,
  });
  const list = [
    row('reader-a', 'The Valley Courier', 'Harlow River floods downtown Marston', 'https://valleycourier.example/a', '2026-03-10'),
    row('reader-b', 'Northern Ledger', 'Marston counts its losses', 'https://northernledger.example/b', '2026-03-12'),
    row('reader-c', 'Northern Ledger', 'Council votes on budget', 'https://northernledger.example/c'),
  ];
  const props = (over: Partial<CorpusManagerProps> = {}): CorpusManagerProps => ({
    articles: list, query: '', storageBytes: 2_500_000, note: null, busy: false, confirmingClear: false,
    onQuery: () => {}, onRemove: () => {}, onClear: () => {}, onExport: () => {}, onImport: () => {}, ...over,
  });

  it('lists every article newest first with its date (or "undated"), outlet and title linking to it; says the storage used', () => {
    const root = mount(<CorpusManager {...props()} />);
    const rows = [...root.querySelectorAll('tr[data-article-id]')].map((r) => [...r.querySelectorAll('td')].slice(0, 3).map((c) => c.firstChild?.textContent));
    expect(rows).toEqual([
      ['2026-03-12', 'Northern Ledger', 'Marston counts its losses'],
      ['undated', 'Northern Ledger', 'Council votes on budget'],
      ['2026-03-10', 'The Valley Courier', 'Harlow River floods downtown Marston'],
    ]);
    expect(root.querySelector('td.title a')?.getAttribute('href')).toBe('https://northernledger.example/b');
    expect(root.querySelector('.summary span')?.textContent).toBe("3 articles, 5.9 KB of text; Parallax's storage in this browser: 2.4 MB.");
  });

  it('searches by outlet, title and date; removes one article or its whole site', async () => {
    const onRemove = vi.fn();
    const root = mount(<CorpusManager {...props({ query: 'ledger budget', onRemove })} />);
    expect([...root.querySelectorAll('tr[data-article-id]')].map((r) => r.getAttribute('data-article-id'))).toEqual(['reader-c']);
    await act(async () => button(root, 'Remove site')!.click());
    expect(onRemove).toHaveBeenLastCalledWith(['reader-b', 'reader-c'], 'every article from northernledger.example');
    await act(async () => button(root, 'Remove')!.click());
    expect(onRemove).toHaveBeenLastCalledWith(['reader-c'], '"Council votes on budget"');
  });

  it('"Remove all" asks for a second click naming how many', () => {
    const root = mount(<CorpusManager {...props({ confirmingClear: true })} />);
    expect(button(root, 'Confirm: remove all 3')).toBeDefined();
    expect(mount(<CorpusManager {...props({ articles: [] })} />).textContent).toContain('No article is remembered yet.');
  });
});
