// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { mount, unmountAll } from './mount';
import { PageComparison } from '../../components/PageComparison';
import { pageView, type TabState } from '../../lib/annotate/facts';
import type { IndexStatus } from '../../lib/messages';
import { fireMatcher, firePage, TOLL } from '../fire-story';

// A page whose outlets give other figures (tests/fire-story.ts): one disputed fact, one with a detail, one agreed.
const matcher = fireMatcher();
const index: IndexStatus = { ok: true, generator: 'parallax 0.1.0', sources: matcher.index.sources.map((s) => ({ id: s.id, outlet: s.outlet, title: s.title })), claims: 0, facts: 0 };
const page = firePage(matcher, 'Maui <em>fire</em> kills 53');

const show = (tab: TabState): HTMLElement => mount(<PageComparison view={pageView(tab, index)} onReveal={() => {}} />);
afterEach(unmountAll);

describe('PageComparison', () => {
  it('shows the title (as text), how many facts and how many are disputed, then the cards, conflicts first', () => {
    const root = show({ state: 'annotated', page, highlighted: 5, notSaved: null, revision: 1 });
    expect(root.querySelector('h1')?.textContent).toBe('Maui <em>fire</em> kills 53');
    expect(root.querySelector('h1 em')).toBeNull();
    expect(root.querySelector('.counts')?.textContent).toBe('3 facts also reported elsewhere · 1 disputed');
    const cards = [...root.querySelectorAll('[data-annotation-id]')];
    expect(cards).toHaveLength(page.annotations.length);
    // The page tells the disputed toll last; its card comes first.
    expect(cards[0]?.getAttribute('data-status')).toBe('disputed');
    expect(cards[0]?.textContent).toContain(TOLL);
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
