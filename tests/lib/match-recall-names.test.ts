import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../lib/index/build';
import { createMatcher, matchClaim } from '../../lib/match/matcher';
import { nameKey } from '../../lib/claims/features';
import { claim } from '../helpers';
import { figuresMeet } from '../../lib/match/figures';
import type { Article } from '../../lib/seeds/metadata';

/** A small index of invented reports, one article per outlet. */
function matcherOf(articles: Record<string, string>) {
  const list = Object.entries(articles).map(([id, text]) => ({ id, text, meta: { outlet: id, title: id, language: 'en', inferred: [] } }) as unknown as Article);
  return createMatcher(buildIndex(list, 'test'));
}

describe('a name written two ways is one name', () => {
  it('an outlet writing a name without its accents links to one writing them', () => {
    const m = matcherOf({
      wire: 'Coach Zoltan Kovacs resigned on Sunday after the club lost its fifth league match in a row. The board thanked him.',
      other: 'The harbour authority opened a new ferry terminal. Passenger numbers rose last year.',
    });
    const page = claim('Zoltán Kovács has resigned as coach of the club after a fifth straight league defeat.', 'page');
    expect(page.features).toContain('e:kovacs');
    expect(matchClaim(m, page, new Set()).map((x) => x.claim.sourceId)).toEqual(['wire']);
  });

  it('accents are folded only in what is matched on', () => {
    expect(nameKey('martínez')).toBe('martinez');
    expect(nameKey('lloris')).toBe('lloris');
  });

});

describe('two shared words that carry both sentences', () => {
  it('link on a high score without a third shared feature; two shared words in long sentences do not', () => {
    const m = matcherOf({
      wire: 'Officials have not said what caused the fire. The harbour authority opened a new ferry terminal.',
      other: 'Crews worked through the night near the harbour. Passenger numbers at the ferry terminal rose last year.',
    });
    expect(matchClaim(m, claim('The cause of the fire has not been determined.', 'page'), new Set()).map((x) => x.claim.sourceId)).toEqual(['wire']);
    expect(matchClaim(m, claim('The fire caused long traffic jams on the motorway as drivers slowed to watch the smoke rising over the hills north of the town.', 'page'), new Set())).toEqual([]);
  });
});

describe('one count in the hundreds told with two nouns', () => {
  it('is one figure as evidence and as a matching feature; a small count still needs its noun', () => {
    const a = claim("About 55 of the building's 136 flats lay in the section that came down.", 'page');
    const b = claim("Nearly half of the building's 136 apartments were destroyed.", 'other');
    const shared = (x: readonly string[], y: readonly string[]) => x.filter((f) => f.startsWith('q:') && y.includes(f));
    expect(shared(a.features, b.features)).toHaveLength(1);
    expect(figuresMeet(a.quantities.find((q) => q.value === 136)!, b.quantities.find((q) => q.value === 136)!)).toBe(true);
    expect(shared(claim('He scored 35 goals for the club.').features, claim('He played 35 matches for the club.').features)).toEqual([]);
  });
});
