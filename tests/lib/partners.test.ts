import { describe, expect, it } from 'vitest';
import { annotatePage } from '../../lib/annotate/annotate';
import { createMatcher } from '../../lib/match/matcher';
import { headingPartners } from '../../lib/match/partners';
import { buildSeedIndex } from '../../scripts/seed-index';
import { seed } from '../helpers';

const seeds = createMatcher(buildSeedIndex());
const at = (start: string) => seeds.index.claims.findIndex((c) => c.text.startsWith(start));

describe('heading partners', () => {
  it('pairs a headline with the lede that restates it, and not with one that moves on', () => {
    const partners = headingPartners(seeds.index.claims, seeds.stats);
    expect(partners[at('Iran pays fines for targeting US troops')]).toBe(at('U.S. intelligence reports that the Iranian government'));
    expect(partners[at('U.S. intelligence reports that the Iranian government')]).toBe(at('Iran pays fines for targeting US troops'));
    // A sub-head over its paragraph, sharing only "Haqqani" and "paid".
    expect(partners[at('Report: Iran Paid Bounty to Haqqani Network')]).toBe(at('According to CNN, US intelligence concluded'));
    // Sputnik's headline sits over a recap of the Russia story.
    expect(partners[at('Bountygate 2.0')]).toBe(-1);
    // A body sentence under a body sentence is nobody's partner.
    expect(partners[at('The attack killed two civilians')]).toBe(-1);
  });
});

describe('linking a headline and its lede together', () => {
  const linksOf = (page: string, sentence: string) => {
    const annotations = annotatePage({ text: seed(page), url: 'https://example.test/a', date: '2020-08-17' }, seeds);
    return annotations.annotations.find((a) => a.text.startsWith(sentence))?.links ?? [];
  };

  it('shows the other outlet’s hedged headline beside its plain lede, with the hedge as a difference', () => {
    // The Hill copy's lede links The Commune's lede ("have assessed that Iran offered") and, through
    // it, The Commune's headline ("Iran may have paid").
    const commune = linksOf('002_65fa98de86abeb10', 'U.S. intelligence reports that the Iranian government').filter((l) => l.outlet === 'The Commune');
    expect(commune.map((l) => l.text.slice(0, 30)).sort()).toEqual(['Iran may have paid Haqqani Net', 'US intelligence agencies have ']);
    const headline = commune.find((l) => l.text.startsWith('Iran may have paid'));
    expect(headline?.differences.map((d) => d.kind)).toContain('certainty');
  });

  it('gives the page’s headline what its lede links to, when the headline states it too', () => {
    // The Commune's headline on its own shares too little with The Hill copy's lede; its own lede links it.
    const hill = linksOf('004_cf0cd2ad43c2dbea', 'Iran may have paid Haqqani Network').filter((l) => l.sourceId.startsWith('002_'));
    expect(hill.map((l) => l.text.slice(0, 30))).toContain('U.S. intelligence reports that');
  });
});
