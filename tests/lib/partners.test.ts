import { describe, expect, it } from 'vitest';
import { annotatePage } from '../../lib/annotate/annotate';
import { extractClaims } from '../../lib/claims/extract';
import { buildIndex } from '../../lib/index/build';
import { createMatcher, LINK_THRESHOLD, matchClaims } from '../../lib/match/matcher';
import { headingPartners } from '../../lib/match/partners';
import { similarity } from '../../lib/match/similarity';
import type { Article } from '../../lib/seeds/metadata';

/**
 * Two outlets of a small story written for these tests. Pacific Wire's hedged headline restates its
 * lede ("US fire in Lahaina may be deadliest in a century" over the toll, both naming the fire,
 * Lahaina and the US: one word and one participant, too little to link on its own); Coast Herald's headline moves on to another matter.
 */
const meta = (outlet: string): Article['meta'] => ({ outlet, title: 'Lahaina fire', language: 'en', date: '2023-08-12', inferred: [] });
const HEADLINE = 'US fire in Lahaina may be deadliest in a century';
const LEDE = 'The fire in Lahaina killed 53 people and injured more than 70 others, US officials said.';
const articles: Article[] = [
  { id: 'wire', meta: meta('Pacific Wire'), text: [HEADLINE, LEDE, 'Hawaiian Electric shut off power to 12,000 customers on Maui.'].join('\n') },
  { id: 'herald', meta: meta('Coast Herald'), text: ['Hawaiian Electric faces questions over its downed power lines', 'The fire in Lahaina killed 89 people and injured more than 75 others, US officials said.'].join('\n') },
];
const m = createMatcher(buildIndex(articles, 'parallax test'));
const at = (start: string) => m.index.claims.findIndex((c) => c.text.startsWith(start));
const REF = new Date('2023-08-12T00:00:00Z');

describe('heading partners', () => {
  it('pairs a headline with the lede that restates it, and not with one that moves on', () => {
    const partners = headingPartners(m.index.claims, m.stats);
    expect(at(HEADLINE)).toBeGreaterThanOrEqual(0);
    expect(partners[at(HEADLINE)]).toBe(at(LEDE));
    expect(partners[at(LEDE)]).toBe(at(HEADLINE));
    // Coast Herald's headline sits over a toll it does not state.
    expect(partners[at('Hawaiian Electric faces questions')]).toBe(-1);
    expect(partners[at('The fire in Lahaina killed 89 people')]).toBe(-1);
    // A body sentence under a body sentence is nobody's partner.
    expect(partners[at('Hawaiian Electric shut off power')]).toBe(-1);
  });
});

describe('linking a headline and its lede together', () => {
  it('shows the other outlet’s hedged headline beside its plain lede, with the hedge as a difference', () => {
    const page = annotatePage({ text: 'US officials said the fire in Lahaina killed 53 people and injured more than 70 others on Tuesday.', url: 'https://example.test/a', date: '2023-08-12' }, m);
    const wire = page.annotations[0]?.links.filter((l) => l.sourceId === 'wire') ?? [];
    expect(wire.map((l) => l.text).sort()).toEqual([HEADLINE, LEDE].sort());
    // The headline shares too little with the page's sentence to be linked on its own words: its lede brings it.
    const [sentence] = extractClaims('US officials said the fire in Lahaina killed 53 people and injured more than 70 others on Tuesday.', 'page', REF);
    expect(similarity(sentence!, m.index.claims[at(HEADLINE)]!, m.stats).score).toBeLessThan(LINK_THRESHOLD);
    expect(wire.find((l) => l.text === HEADLINE)?.differences.map((d) => d.kind)).toContain('certainty');
  });

  it('gives the page’s headline what its lede links to, when the headline states it too', () => {
    // The page's headline on its own shares too little with Coast Herald's toll; its own lede links it.
    const claims = extractClaims(`${HEADLINE}\nThe fire in Lahaina killed 53 people and injured more than 70 others on Tuesday, US officials said.`, 'page', REF);
    expect(claims.map((c) => c.kind)).toEqual(['headline', 'body']);
    const herald = m.index.claims[at('The fire in Lahaina killed 89 people')]!;
    expect(similarity(claims[0]!, herald, m.stats).score).toBeLessThan(LINK_THRESHOLD);
    const links = matchClaims(m, claims, new Set(['wire']));
    expect(links[1]?.map((l) => l.claim.text)).toContain(herald.text);
    expect(links[0]?.map((l) => l.claim.text)).toContain(herald.text);
  });
});
