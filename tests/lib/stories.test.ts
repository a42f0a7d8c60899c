import { describe, expect, it } from 'vitest';
import { outletsOnStory, storiesOf, storyOfPage, storySeeds, type StoryIndex } from '../../lib/corpus/stories';
import { storyRows } from '../../lib/corpus/stories';
import { corpusIndex } from '../../lib/corpus/merge';
import { readFileSync } from 'node:fs';

/** An index by hand: each article's facts, in order. */
function index(articles: Record<string, { outlet: string; date?: string; facts: string[] }>): StoryIndex {
  const sources = Object.entries(articles).map(([id, a]) => ({ id, outlet: a.outlet, title: `${a.outlet} on it`, ...(a.date ? { date: a.date } : {}) }));
  const claims = Object.entries(articles).flatMap(([id, a]) => a.facts.map(() => ({ sourceId: id })));
  const facts = Object.values(articles).flatMap((a) => a.facts);
  return { sources, claims, facts };
}

describe('stories', () => {
  const idx = index({
    a: { outlet: 'Courier', date: '2026-03-02', facts: ['f1', 'f2', 'f3'] },
    b: { outlet: 'Ledger', date: '2026-03-03', facts: ['f1', 'f2'] },
    c: { outlet: 'Courier', date: '2026-03-04', facts: ['f2', 'f3', 'f9'] },
    d: { outlet: 'Wire', facts: ['f3', 'x1'] },
    e: { outlet: 'Other', date: '2026-01-01', facts: ['y1', 'y2'] },
    f: { outlet: 'Other 2', date: '2026-01-02', facts: ['y1', 'y2', 'y3'] },
  });

  it('joins articles that share at least two facts, and their neighbours, earliest first', () => {
    const stories = storiesOf(idx);
    expect(stories.map((s) => s.articles.map((a) => a.id))).toEqual([
      ['a', 'b', 'c'],
      ['e', 'f'],
    ]);
    expect(stories[0]?.id).toBe('a');
  });

  it('one shared fact is not a story; a looser threshold can make it one', () => {
    expect(storiesOf(idx).some((s) => s.articles.some((a) => a.id === 'd'))).toBe(false);
    expect(storiesOf(idx, 1)[0]?.articles.map((a) => a.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('does not count a fact stated by too many articles (boilerplate)', () => {
    expect(storiesOf(idx, 2, 2).map((s) => s.articles.map((a) => a.id))).toEqual([['e', 'f']]);
  });

  it('finds the page’s story from its links, also for an article not yet linked in the index', () => {
    const links = [
      { sourceId: 'b', fact: 'f1' },
      { sourceId: 'b', fact: 'f2' },
      { sourceId: 'b', fact: 'f2' },
      { sourceId: 'd', fact: 'f3' },
      { sourceId: 'new', fact: 'n1' },
      { sourceId: 'new', fact: 'n2' },
    ];
    const seeds = storySeeds(links);
    expect(seeds).toEqual(['b', 'new']);
    const sources = [...idx.sources, { id: 'new', outlet: 'Fresh', title: 'Fresh news', date: '2026-03-05' }];
    expect(storyOfPage(storiesOf(idx), sources, seeds).map((a) => a.id)).toEqual(['a', 'b', 'c', 'new']);
    expect(storyOfPage(storiesOf(idx), sources, [])).toEqual([]);
  });

  it('shows an outlet’s two articles on one story as its two versions, dated', () => {
    const story = storiesOf(idx)[0]!;
    const outlets = outletsOnStory(story.articles);
    expect(outlets.map((o) => [o.outlet, o.versions.map((v) => v.date)])).toEqual([
      ['Courier', ['2026-03-02', '2026-03-04']],
      ['Ledger', ['2026-03-03']],
    ]);
  });

  it('groups the two flood articles of tests/reader-corpus into one story', () => {
    const read = (name: string) => ({ text: readFileSync(`tests/reader-corpus/flood/${name}.txt`, 'utf8'), meta: JSON.parse(readFileSync(`tests/reader-corpus/flood/${name}.meta.json`, 'utf8')) as { outlet: string; title: string; date?: string } });
    const a = read('a-valley-courier');
    const b = read('b-northern-ledger');
    const idx2 = corpusIndex(
      [
        { id: 'reader-a', url: 'https://a.example/flood', outlet: a.meta.outlet, title: a.meta.title, date: a.meta.date, text: a.text },
        { id: 'reader-b', url: 'https://b.example/flood', outlet: b.meta.outlet, title: b.meta.title, date: b.meta.date, text: b.text },
      ],
      'parallax test',
    );
    expect(storiesOf(idx2).map((s) => s.articles.map((x) => x.id))).toEqual([['reader-a', 'reader-b']]);
  });
});

describe('the story view\'s rows', () => {
  const articles = [
    { id: 'a', outlet: 'Outlet A', title: 'A', date: '2026-03-10' },
    { id: 'b', outlet: 'Outlet B', title: 'B', date: '2026-03-12' },
  ];
  it('a page recognised as one of the articles is that article, not a second report', () => {
    const rows = storyRows(articles, { url: 'http://127.0.0.1/b.html', title: 'B', recognizedAs: 'b' });
    expect(rows.map((r) => [r.id, r.self])).toEqual([['a', false], ['b', true]]);
  });
  it('a page the index does not hold is added under its host', () => {
    const rows = storyRows(articles, { url: 'https://www.example.org/x', title: 'X' });
    expect(rows.at(-1)).toMatchObject({ outlet: 'example.org', title: 'X', self: true });
    expect(rows).toHaveLength(3);
  });
});
