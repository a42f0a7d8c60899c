import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lib/claims/extract';
import { buildIndex } from '../../lib/index/build';
import { LINK_FEATURES } from '../../lib/match/link-model';
import { candidates, createMatcher, matchClaims, probeFor } from '../../lib/match/matcher';
import { pairEvidence, similarity, similarityScore, STRICT_GATES, OPEN_GATES, type IndexClaim } from '../../lib/match/similarity';
import { buildSeedIndex } from '../../scripts/seed-index';
import { seed } from '../helpers';
import type { Article } from '../../lib/seeds/metadata';
import { fitRows, linkTrainingData } from '../../scripts/link-training';

const REF = new Date('2024-03-05T12:00:00Z');
const articleOf = (id: string, text: string) => ({ id, text, meta: { outlet: id, title: id, language: 'en', date: '2024-03-05', inferred: [] } }) as unknown as Article;

describe('a restatement in other words, in its place in a retelling', () => {
  const m = createMatcher(buildIndex([
    articleOf('wire', 'Acme Corp said on Tuesday it would cut 1,200 jobs at its gearbox plant in Northbridge after orders fell. The plant makes gearboxes for tractors and buses. Workers walked out of the factory gates in protest on Wednesday morning. Chief executive Maria Lenz said the cuts were painful but necessary. The union will meet the company next week.'),
    articleOf('other', 'The harbour authority opened a new ferry terminal. Passenger numbers rose last year. Crews worked through the night.'),
  ], 'test'));
  const page = extractClaims('Acme Corp will cut 1,200 jobs at its Northbridge gearbox plant, it said Tuesday, as orders fell. The Northbridge site builds gearboxes used in tractors and buses. Staff downed tools and protested on Wednesday. Chief executive Maria Lenz called the cuts painful but necessary. Union leaders are due to meet managers next week.', 'page', REF);
  const linked = (claims: typeof page) => matchClaims(m, claims, new Set()).map((links) => links.map((l) => l.claim.text));

  it('links sentences that share too little for the gates when they sit one-to-one between linked sentences of two reports', () => {
    // "Staff downed tools and protested on Wednesday" shares one word and a day with the wire's walkout;
    // "Union leaders are due to meet managers next week" one word and a date with its meeting.
    expect(linked(page)).toEqual([
      [expect.stringMatching(/^Acme Corp said on Tuesday/)],
      ['The plant makes gearboxes for tractors and buses.'],
      ['Workers walked out of the factory gates in protest on Wednesday morning.'],
      ['Chief executive Maria Lenz said the cuts were painful but necessary.'],
      ['The union will meet the company next week.'],
    ]);
  });

  it('links the same sentences read alone to nothing: with no report around them, where they stand says nothing', () => {
    expect(linked([page[2]!])).toEqual([[]]);
    expect(linked([page[4]!])).toEqual([[]]);
  });
});

describe('a pair read once for the link model', () => {
  it('gives the same gated score as scoring it under the gates, and the open score and shared weight of similarity()', () => {
    const m = createMatcher(buildSeedIndex());
    const page = extractClaims(seed('000_632a70be4bd1d4be'), 'page', REF);
    let compared = 0;
    for (const c of page) {
      const probe = probeFor(m, c);
      for (const at of candidates(m, c)) {
        const b = m.entries[at] as IndexClaim;
        const e = pairEvidence(probe, b, m.table, m.stats);
        if (e.score <= 0) continue;
        compared++;
        expect(e.gated).toBe(similarityScore(probe, b, m.table, m.stats, STRICT_GATES));
        const slow = similarity(c, b.claim, m.stats, OPEN_GATES);
        expect(e.score).toBeCloseTo(slow.score, 12);
        expect(e.weight).toBeCloseTo(slow.weight, 12);
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});

describe('the link model’s weights', () => {
  it('are the fit of the tuned stories’ gold that npm run train-links writes (no held-out story read)', () => {
    const { rows, stories } = linkTrainingData();
    const split = JSON.parse(readFileSync('tests/corpus/split.json', 'utf8')) as { heldOut: string[] };
    expect(stories.filter((s) => split.heldOut.includes(s))).toEqual([]);
    const fitted = fitRows(rows, stories);
    const file = JSON.parse(readFileSync('lib/match/link-weights.json', 'utf8')) as { features: string[]; bias: number; weights: number[]; trainedOn: string[] };
    expect(file.features).toEqual([...LINK_FEATURES]);
    expect(file.trainedOn).toEqual(stories);
    expect(file.bias).toBeCloseTo(fitted.bias, 4);
    file.weights.forEach((w, k) => expect(w).toBeCloseTo(fitted.weights[k]!, 4));
  }, 120_000);
});
