// @vitest-environment happy-dom
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { mount, unmountAll } from './mount';
import { PageComparison } from '../../components/PageComparison';
import { annotatePage } from '../../lib/annotate/annotate';
import { pageView, type TabState } from '../../lib/annotate/facts';
import { createMatcher } from '../../lib/match/matcher';
import type { IndexStatus } from '../../lib/messages';
import { buildSeedIndex } from '../../scripts/seed-index';

const matcher = createMatcher(buildSeedIndex());
const index: IndexStatus = { ok: true, generator: 'parallax 0.1.0', sources: matcher.index.sources.map((s) => ({ id: s.id, outlet: s.outlet, title: s.title })), claims: 0, facts: 0 };
const page = annotatePage(
  { text: fs.readFileSync('seeds/000_632a70be4bd1d4be.txt', 'utf8'), url: 'https://example.test/a', title: 'Iran <em>offered</em> bounties' },
  matcher,
);

const show = (tab: TabState): HTMLElement => mount(<PageComparison view={pageView(tab, index)} onReveal={() => {}} />);
afterEach(unmountAll);

describe('PageComparison', () => {
  it('shows the title (as text), how many facts and how many are disputed, then the cards, conflicts first', () => {
    const root = show({ state: 'annotated', page, highlighted: 5, notSaved: null, revision: 1 });
    expect(root.querySelector('h1')?.textContent).toBe('Iran <em>offered</em> bounties');
    expect(root.querySelector('h1 em')).toBeNull();
    const disputed = page.annotations.filter((a) => a.status === 'disputed').length;
    expect(root.querySelector('.counts')?.textContent).toBe(`${page.annotations.length} facts also reported elsewhere · ${disputed} disputed`);
    const cards = [...root.querySelectorAll('[data-annotation-id]')];
    expect(cards).toHaveLength(page.annotations.length);
    expect(cards[0]?.getAttribute('data-status')).toBe('disputed');
    expect(cards[0]?.textContent).toContain('more than 70 others');
    expect(cards.at(-1)?.getAttribute('data-status')).toBe('corroborated');
    expect(root.querySelector('.not-saved')).toBeNull();
  });

  it('says unobtrusively why the annotations were not saved', () => {
    const root = show({ state: 'annotated', page, highlighted: 5, notSaved: 'storage is full', revision: 1 });
    expect(root.querySelector('.not-saved')?.textContent).toBe('Not saved: storage is full');
  });

  const empty: [TabState, string][] = [
    [{ state: 'not-article', url: 'https://a.test/' }, 'This page is not an article Parallax can read.'],
    [{ state: 'annotated', page: { ...page, annotations: [] }, highlighted: 0, notSaved: null, revision: 1 }, 'No fact from the index appears on this page.'],
    [{ state: 'index-error', url: 'https://a.test/', error: 'index.json: <b>broken</b>' }, 'The index failed to load: index.json: <b>broken</b>'],
    [{ state: 'disabled', url: 'https://a.test/' }, 'Parallax is off for this site.'],
    [{ state: 'working', url: 'https://a.test/' }, 'Still reading this page…'],
    [{ state: 'unreachable' }, 'Parallax cannot read this tab (a browser page, or a page opened before Parallax was installed: reload it).'],
  ];
  it.each(empty)('says in plain words when there is nothing to compare (%j)', (tab, message) => {
    const root = show(tab);
    expect(root.querySelector('.message')?.textContent).toBe(message);
    expect(root.querySelector('[data-annotation-id]')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
  });

  it('shows an index failure as an alert', () => {
    const root = show({ state: 'index-error', url: 'https://a.test/', error: 'bad' });
    expect(root.querySelector('[role=alert]')?.textContent).toBe('The index failed to load: bad');
  });
});
