import { seed } from '../helpers';
import { BUILDINGS, firePage, fireMatcher, POWER, TOLL } from '../fire-story';
import { describe, expect, it } from 'vitest';
import { annotatePage } from '../../lib/annotate/annotate';
import { comparePage, MESSAGES, pageView, PAGE_LABEL, type FactView } from '../../lib/annotate/facts';
import type { PageAnnotations } from '../../lib/annotate/schema';
import { createMatcher } from '../../lib/match/matcher';
import type { IndexStatus } from '../../lib/messages';
import { buildSeedIndex } from '../../scripts/seed-index';

const matcher = createMatcher(buildSeedIndex());
const sources = matcher.index.sources.map((s) => ({ id: s.id, outlet: s.outlet }));
const SEED = '000_632a70be4bd1d4be';
const HILL = '002_65fa98de86abeb10';
const page = annotatePage({ text: seed(SEED), url: 'https://example.test/cnn-copy', title: 'Iran paid bounties' }, matcher);
const facts = comparePage(page, sources);
const group = (f: FactView) => (f.conflicts > 0 ? 0 : f.details > 0 ? 1 : 2);
const emphasised = (runs: { text: string; em: boolean }[]) => runs.filter((r) => r.em).map((r) => r.text);

describe('comparePage on seed 000 (recognised as itself, compared with the other four)', () => {
  it('has one fact per annotation', () => {
    expect(page.recognizedAs).toBe(SEED);
    expect(facts.map((f) => f.id).sort()).toEqual(page.annotations.map((a) => a.id).sort());
  });

  it('keeps an outlet’s two sentences side by side, ordered by the outlet’s most serious one, and counts the outlet once', () => {
    const f = facts.find((x) => x.sentence.startsWith('US intelligence agencies have assessed that Iran offered bounties'))!;
    const ids = f.outlets.map((o) => o.sourceId);
    expect(ids.length).toBeGreaterThan(new Set(ids).size);
    // Each outlet's sentences are adjacent.
    expect(ids.filter((id, i) => i === 0 || ids[i - 1] !== id)).toEqual([...new Set(ids)]);
    expect(f.outletCount).toBe(new Set(ids).size);
    // Outlets that differ in one of their sentences come before those that only agree, that sentence first.
    const rank = { conflict: 0, differs: 1, agrees: 2 };
    const worst = new Map<string, number>();
    for (const o of f.outlets) worst.set(o.sourceId, Math.min(worst.get(o.sourceId) ?? 9, rank[o.verdict]));
    const order = [...new Set(ids)].map((id) => worst.get(id)!);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const twice = ids.find((id, i) => ids[i + 1] === id)!;
    const pair = f.outlets.filter((o) => o.sourceId === twice).map((o) => rank[o.verdict]);
    expect(pair).toEqual([...pair].sort((a, b) => a - b));
  });

  it('lists as blindspot the indexed outlets that do not report a fact, never the page’s own source', () => {
    for (const f of facts) {
      const a = page.annotations.find((x) => x.id === f.id)!;
      const expected = sources.filter((s) => s.id !== SEED && !a.links.some((l) => l.sourceId === s.id)).map((s) => s.outlet);
      expect(f.blindspot).toEqual(expected);
      expect(f.blindspot).not.toContain(sources.find((s) => s.id === SEED)!.outlet);
    }
    const denied = facts.find((f) => f.sentence === 'Russia denied the allegations.');
    expect(denied?.blindspot.length).toBeGreaterThan(0);
  });

  it('an outlet that never reported the page’s story is no blindspot', () => {
    // Only The Hill is linked anywhere on this page: the other indexed outlets did not cover "its story".
    const onlyHill: PageAnnotations = { ...page, annotations: page.annotations.map((a) => ({ ...a, links: a.links.filter((l) => l.sourceId === HILL) })).filter((a) => a.links.length > 0) };
    for (const f of comparePage(onlyHill, sources)) expect(f.blindspot).toEqual([]);
  });

  it('leaves user-excluded sources out of the blindspot', () => {
    const excluded: PageAnnotations = { ...page, excluded: [...page.excluded, HILL] };
    const hillOutlet = sources.find((s) => s.id === HILL)!.outlet;
    for (const f of comparePage(excluded, sources)) expect(f.blindspot).not.toContain(hillOutlet);
  });
});

describe('pageView', () => {
  const index: IndexStatus = { ok: true, generator: 'parallax 0.1.0', sources: sources.map((s) => ({ ...s, title: 't' })), claims: 1, facts: 1 };
  it.each([
    [{ state: 'unreachable' } as const, MESSAGES.unreachable],
    [{ state: 'working', url: 'https://a.test/' } as const, 'Still reading this page…'],
    [{ state: 'disabled', url: 'https://a.test/' } as const, 'Parallax is off for this site.'],
    [{ state: 'not-article', url: 'https://a.test/' } as const, 'This page is not an article Parallax can read.'],
    [{ state: 'index-error', url: 'https://a.test/', error: 'index.json: bad' } as const, 'The index failed to load: index.json: bad'],
  ])('says in plain words why there is nothing to compare (%j)', (tab, message) => {
    expect(pageView(tab, index)).toMatchObject({ kind: 'message', message });
  });

  it('gives the facts, the title and the disputed count for an annotated page', () => {
    const v = pageView({ state: 'annotated', page, highlighted: 3, notSaved: 'storage is full', revision: 1 }, index);
    expect(v).toMatchObject({ kind: 'facts', title: 'Iran paid bounties', highlighted: 3, notSaved: 'storage is full', empty: null });
    if (v.kind !== 'facts') throw new Error('expected facts');
    expect(v.disputed).toBe(page.annotations.filter((a) => a.status === 'disputed').length);
    expect(v.facts[0]?.blindspot).toBeDefined();
  });

  it('says no fact appears when the page has no annotations, with the URL as title when there is none', () => {
    const empty: PageAnnotations = { url: 'https://a.test/x', excluded: [], claims: 4, annotations: [] };
    expect(pageView({ state: 'annotated', page: empty, highlighted: 0, notSaved: null, revision: 1 }, null)).toMatchObject({
      kind: 'facts',
      title: 'https://a.test/x',
      facts: [],
      empty: 'No fact from the index appears on this page.',
    });
  });
});

describe('comparePage on a page whose outlets give other figures (tests/fire-story.ts)', () => {
  const fire = fireMatcher();
  const firePageAnnotations = firePage(fire);
  const fireFacts = comparePage(firePageAnnotations, fire.index.sources.map((s) => ({ id: s.id, outlet: s.outlet })));
  const toll = fireFacts.find((f) => f.sentence === TOLL)!;
  const outlet = (name: string) => toll.outlets.find((o) => o.outlet === name)!;

  it('puts facts with conflicts first (most first), then details, then agreements, page order within a group', () => {
    expect(firePageAnnotations.recognizedAs).toBe('fire-page');
    // The page tells them agreement, detail, conflict: the list turns that round.
    expect(firePageAnnotations.annotations.map((a) => a.text)).toEqual([POWER, BUILDINGS, TOLL]);
    expect(fireFacts.map((f) => f.sentence)).toEqual([TOLL, BUILDINGS, POWER]);
    expect(fireFacts.map(group)).toEqual([0, 1, 2]);
    // On the seed page too, whatever its differences: groups in order, most conflicts first, page order within a group.
    const groups = facts.map(group);
    expect(groups).toEqual([...groups].sort((a, b) => a - b));
    const conflicting = facts.filter((f) => f.conflicts > 0).map((f) => f.conflicts);
    expect(conflicting).toEqual([...conflicting].sort((a, b) => b - a));
    const order = new Map(page.annotations.map((a, i) => [a.id, i]));
    for (let i = 1; i < facts.length; i++) {
      const [a, b] = [facts[i - 1]!, facts[i]!];
      if (group(a) === group(b) && a.conflicts === b.conflicts) expect(order.get(a.id)!).toBeLessThan(order.get(b.id)!);
    }
  });

  it('counts conflicts and details over all outlets', () => {
    const a = firePageAnnotations.annotations.find((x) => x.id === toll.id)!;
    const all = a.links.flatMap((l) => l.differences);
    expect(toll.conflicts).toBe(all.filter((d) => d.severity === 'conflict').length);
    expect(toll.details).toBe(all.filter((d) => d.severity === 'detail').length);
    expect(toll.status).toBe('disputed');
    expect(toll.conflicts).toBeGreaterThanOrEqual(1);
    expect(toll.details).toBeGreaterThanOrEqual(3);
    // Pacific Wire states the toll twice (headline and body): two sentences, one outlet.
    expect(toll.outletCount).toBe(3);
  });

  it('shows Coast Herald’s “89 people” emphasised, with the difference in plain words, conflicting outlets first', () => {
    const herald = outlet('Coast Herald');
    expect(herald.verdict).toBe('conflict');
    expect(emphasised(herald.emphasis)).toEqual(expect.arrayContaining(['89 people', 'more than 75 others']));
    expect(herald.descriptions).toContain('Number conflicts — here: 53 people; Coast Herald: 89 people');
    // "more than 70" and "more than 75" can both be true: a detail, not a conflict.
    expect(herald.descriptions).toContain('Number differs — here: more than 70 others; Coast Herald: more than 75 others');
    expect(herald.emphasis.map((r) => r.text).join('')).toBe(herald.text);
    const rank = { conflict: 0, differs: 1, agrees: 2 };
    const ranks = toll.outlets.map((o) => rank[o.verdict]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(toll.outlets[0]?.outlet).toBe('Coast Herald');
  });

  it('emphasises the page’s differing wording in the page sentence', () => {
    expect(emphasised(toll.pageEmphasis)).toEqual(expect.arrayContaining(['53 people', 'more than 70 others']));
    expect(toll.pageEmphasis.map((r) => r.text).join('')).toBe(toll.sentence);
  });

  it('splits joined cues so each is emphasised ("may have; according to Maui County")', () => {
    const radio = outlet('Valley Radio');
    const joined = radio.differences.find((d) => d.kind === 'certainty')!;
    expect(joined.there).toMatch(/^may have; according to Maui County/);
    const marks = emphasised(radio.emphasis).map((m) => m.toLowerCase());
    expect(marks).toContain('may have');
    expect(marks).toContainEqual(expect.stringMatching(/^according to maui county/));
  });

  it('charts each differing figure: the toll 53 against 89, the injured 70..∞ against 75..∞ and a vague “dozens” as its interval', () => {
    const killed = toll.axes.find((x) => x.label === '53 people')!;
    expect(killed.points).toEqual([
      expect.objectContaining({ outlet: PAGE_LABEL, min: 53, max: 53, here: true }),
      expect.objectContaining({ outlet: 'Coast Herald', min: 89, max: 89, here: false }),
    ]);
    const injured = toll.axes.find((x) => x.label === 'more than 70 others')!;
    expect(injured.points[0]).toMatchObject({ outlet: PAGE_LABEL, min: 70, max: null, here: true });
    expect(injured.points).toContainEqual(expect.objectContaining({ outlet: 'Coast Herald', min: 75, max: null, here: false }));
    expect(injured.points).toContainEqual(expect.objectContaining({ outlet: 'Valley Radio', text: 'dozens of others', min: 24, max: 99 }));
    expect(fireFacts.find((f) => f.sentence === POWER)?.axes).toEqual([]);
    expect(facts.filter((f) => f.conflicts === 0 && f.details === 0).every((f) => f.axes.length === 0)).toBe(true);
  });

  it('marks a wording as a conflict when it conflicts with any outlet, else as a detail', () => {
    const conflictMarks = toll.pageEmphasis.filter((r) => r.em && r.conflict).map((r) => r.text);
    const detailMarks = toll.pageEmphasis.filter((r) => r.em && !r.conflict).map((r) => r.text);
    expect(conflictMarks).toEqual(['53 people']);
    expect(detailMarks).toEqual(expect.arrayContaining(['more than 70 others', 'officials said']));
    for (const r of toll.pageEmphasis) if (!r.em) expect(r.conflict).toBe(false);
    expect(outlet('Coast Herald').emphasis.find((r) => r.text === '89 people')?.conflict).toBe(true);
    expect(outlet('Valley Radio').emphasis.find((r) => r.text.startsWith('dozens'))?.conflict).toBe(false);
  });
});
