// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { FactCard } from '../../components/FactCard';
import { Note } from '../../components/Note';
import { NumberAxisChart } from '../../components/NumberAxis';
import { StoryPanel } from '../../components/StoryPanel';
import { annotatePage } from '../../lib/annotate/annotate';
import { comparePage } from '../../lib/annotate/facts';
import { buildIndex } from '../../lib/index/build';
import { createMatcher } from '../../lib/match/matcher';
import type { Article } from '../../lib/seeds/metadata';
import { FIRE_OUTLETS, FIRE_PAGE, TOLL } from '../fire-story';
import { mount, unmountAll } from './mount';

// The fire story over days: the page on Aug 10, Coast Herald (89 killed) on Aug 12 with its address.
const outlets: Article[] = FIRE_OUTLETS.map((a) => (a.id === 'fire-herald' ? { ...a, meta: { ...a.meta, date: '2023-08-12', url: 'https://herald.example/fire' } } : a));
const matcher = createMatcher(buildIndex([FIRE_PAGE, ...outlets], 'parallax test'));
const page = annotatePage({ text: FIRE_PAGE.text, url: 'https://example.test/fire', date: '2023-08-10' }, matcher);
const toll = page.annotations.find((a) => a.text === TOLL)!;

afterEach(unmountAll);

describe('outlets named with their dates', () => {
  it('the note links each outlet to its article, dates it, and calls a figure revised days later a change between reports', () => {
    const root = mount(<Note annotation={toll} pinned={false} onClose={() => {}} pageDate="2023-08-10" />);
    const herald = [...root.querySelectorAll('li.link')].find((li) => li.textContent?.includes('Coast Herald'))!;
    const link = herald.querySelector('.name a')!;
    expect(link.textContent).toBe('Coast Herald');
    expect(link.getAttribute('href')).toBe('https://herald.example/fire');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(herald.querySelector('time')?.textContent).toBe('Aug 12, 2023');
    expect(herald.querySelector('.relation')?.textContent).toBe('changed between reports');
    expect([...herald.querySelectorAll('.diffs li')].map((li) => li.textContent)).toContainEqual(
      expect.stringMatching(/^Number changed between reports — here \(Aug 10\): 53 people; Coast Herald \(Aug 12\): 89 people — reported 2 days apart$/),
    );
    // Still amber: the reader's page may be the out-of-date one.
    expect(root.querySelector('.status')?.textContent).toBe('Disputed');
  });

  it('the note without the page date keeps the old words', () => {
    const root = mount(<Note annotation={toll} pinned={false} onClose={() => {}} />);
    const herald = [...root.querySelectorAll('li.link')].find((li) => li.textContent?.includes('Coast Herald'))!;
    expect(herald.querySelector('.relation')?.textContent).toBe('conflicts');
  });

  it('the popup card names, dates and links the outlet, and the axis lists the figures earliest first', () => {
    const fact = comparePage(page, []).find((f) => f.sentence === TOLL)!;
    const root = mount(<FactCard fact={fact} onReveal={() => {}} />);
    const herald = [...root.querySelectorAll('.outlet')].find((c) => c.querySelector('.outlet-name')?.textContent?.startsWith('Coast Herald'))!;
    expect(herald.querySelector('.outlet-name')?.textContent).toBe('Coast Herald Aug 12, 2023');
    expect(herald.querySelector('.outlet-name a')?.getAttribute('href')).toBe('https://herald.example/fire');
    expect(herald.querySelector('.badge')?.textContent).toBe('Changed between reports');
    const chart = mount(<NumberAxisChart axis={fact.axes.find((a) => a.label.includes('70'))!} />);
    expect(chart.querySelector('figcaption')?.textContent).toContain('earliest report first');
    const labels = [...chart.querySelectorAll('svg g.point text')].map((t) => t.textContent ?? '');
    expect(labels[0]).toMatch(/^This page \(Aug 10\): /);
    // Every other outlet reported on Aug 12 (tests/fire-story.ts), after the page.
    expect(labels.slice(1).every((l) => / \(Aug 12\): /.test(l))).toBe(true);
    expect(labels.some((l) => /^Coast Herald \(Aug 12\): more than 75 others/.test(l))).toBe(true);
  });

  it('the story view lists who reported the story and when, an outlet’s update as its second version', () => {
    const reply = {
      ok: true as const,
      articles: [
        { id: 'r1', outlet: 'The Valley Courier', title: 'Levee gives way', date: '2026-03-10', url: 'https://valleycourier.example/a', self: false },
        { id: 'r2', outlet: 'Northern Ledger', title: 'Marston counts its losses', date: '2026-03-12', url: 'https://northernledger.example/b', self: false },
        { id: 'r3', outlet: 'The Valley Courier', title: 'Levee: toll revised', date: '2026-03-13', url: 'javascript:alert(1)', self: false },
      ],
    };
    const root = mount(<StoryPanel reply={reply} page={{ url: 'https://www.thisone.example/x', title: 'Here', date: '2026-03-11' }} />);
    expect(root.querySelector('.story-title')?.textContent).toBe('This story: 3 outlets, 4 reports');
    const outlets = [...root.querySelectorAll('.story-outlet')];
    expect(outlets.map((o) => o.querySelector('.story-outlet-name')?.textContent)).toEqual(['The Valley Courier', 'thisone.example', 'Northern Ledger']);
    expect(outlets[0]?.querySelector('.story-versions')?.textContent).toBe('2 versions');
    expect([...outlets[0]!.querySelectorAll('time')].map((t) => t.textContent)).toEqual(['Mar 10, 2026', 'Mar 13, 2026']);
    expect(outlets[0]?.querySelector('a')?.getAttribute('href')).toBe('https://valleycourier.example/a');
    // A javascript: address is shown, never linked.
    expect(outlets[0]?.querySelectorAll('a')).toHaveLength(1);
    expect(outlets[1]?.textContent).toContain('(this page)');
  });

  it('the story view shows nothing until the page shares facts with another article', () => {
    expect(mount(<StoryPanel reply={{ ok: true, articles: [] }} page={{ url: 'https://a.example/' }} />).textContent).toBe('');
  });
});
