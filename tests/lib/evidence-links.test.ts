import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../lib/index/build';
import { createMatcher, matchClaim, matchClaims } from '../../lib/match/matcher';
import { figuresClash, isDistinctive } from '../../lib/match/figures';
import { isEventCount } from '../../lib/claims/quantities';
import { claim } from '../helpers';
import type { Article } from '../../lib/seeds/metadata';

/** A small index of invented reports, one article per outlet. */
function matcherOf(articles: Record<string, string>) {
  const list = Object.entries(articles).map(([id, text]) => ({ id, text, meta: { outlet: id, title: id, language: 'en', inferred: [] } }) as unknown as Article);
  return createMatcher(buildIndex(list, 'test'));
}

const linkedSources = (m: ReturnType<typeof matcherOf>, text: string) => matchClaim(m, claim(text, 'page'), new Set()).map((x) => x.claim.sourceId);

describe('a figure restated in other words links the two sentences', () => {
  it('an exact attendance meets "more than" the rounded figure', () => {
    const m = matcherOf({
      agency: 'The organisers said 61,482 spectators passed through the gates for the regatta on Sunday.',
      other: 'The harbour authority opened a new ferry terminal. Passenger numbers rose last year.',
    });
    expect(linkedSources(m, 'More than 61,000 spectators turned out to watch.')).toEqual(['agency']);
  });

  it('a figure in the hundreds or more meets whatever noun the other outlet counts it with; a small count does not', () => {
    const m = matcherOf({
      county: 'Federal and state estimates put the damage in Kell at 2,207 structures, 86 per cent of them residential.',
      other: 'The harbour authority opened a new ferry terminal. Passenger numbers rose last year.',
    });
    expect(linkedSources(m, 'About 2,200 buildings were damaged or destroyed in Kell, most of them homes.')).toEqual(['county']);
    const hundreds = matcherOf({ county: 'Federal and state estimates put the damage in Kell at 207 structures, 86 per cent of them residential.' });
    expect(linkedSources(hundreds, 'About 200 buildings were damaged or destroyed in Kell, most of them homes.')).toEqual(['county']);
    const small = matcherOf({ county: 'Federal and state estimates put the damage in Kell at 27 structures, 86 per cent of them residential.' });
    expect(linkedSources(small, 'About 25 buildings were damaged or destroyed in Kell, most of them homes.')).toEqual([]);
  });

  it('a figure of another counted thing, or far off, links nothing', () => {
    const m = matcherOf({ agency: 'The organisers said 61,482 spectators passed through the gates for the regatta on Sunday.' });
    expect(linkedSources(m, 'More than 61,000 households lost power.')).toEqual([]);
    expect(linkedSources(m, 'More than 40,000 spectators turned out to watch.')).toEqual([]);
  });

  it('two sentences naming different organisations do not link on a shared percentage', () => {
    const m = matcherOf({ wire: 'Lumen Bank said it would cut 13% of its staff.' });
    expect(linkedSources(m, 'Harbor Foods is laying off 13% of its staff, its chief executive said.')).toEqual([]);
  });
});

describe('which figures can stand for a fact', () => {
  const q = (text: string) => claim(text).quantities[0];
  it('years, small counts and vague amounts cannot; tolls, sums and decimals can', () => {
    const cases: [string, boolean][] = [
      ['The striker, 35, scored twice.', false],
      ['Dozens of homes were damaged.', false],
      ['At least 1,700 buildings were destroyed.', true],
      ['The company lost $27.7bn in the quarter.', true],
      ['The quake measured 6.8 on the scale.', true],
    ];
    for (const [text, want] of cases) {
      const x = q(text);
      expect(x, text).toBeDefined();
      if (x) expect(isDistinctive(x), text).toBe(want);
    }
  });

  it('a bare four-digit number in the years is read as a year, one written with a separator as a count', () => {
    const year = { text: '1873', figure: '1873', start: 0, end: 4, value: 1873, qualifier: 'exact' as const, min: 1873, max: 1873, counted: 'unknown' };
    expect(isDistinctive(year)).toBe(false);
    expect(isDistinctive({ ...year, text: '1,873 homes', figure: '1,873', counted: 'home' })).toBe(true);
  });

  it('two figures of one counted thing that cannot be one figure clash', () => {
    expect(figuresClash(claim('The firm employs 7,500 workers.'), claim('The firm cut more than 11,000 workers.'))).toBe(true);
    expect(figuresClash(claim('The firm cut more than 11,000 workers.'), claim('The firm cut 11,400 workers.'))).toBe(false);
  });
});

describe('a toll revised between reports is one fact', () => {
  it('links "the death toll rose to 53" to "114 dead" when nothing else would', () => {
    const m = matcherOf({
      update: 'The balance of the waters which ravaged the valley of Ardmore passed to 114 dead, announced on Thursday the governor, while searches continue in the ruins of Kell.',
      other: 'The harbour authority opened a new ferry terminal. Passenger numbers rose last year.',
    });
    expect(linkedSources(m, 'Ardmore flood death toll rises to 53 as Kell lies in ruins')).toEqual(['update']);
  });

  it('counts of a noun are not tolls: a workforce is not a job cut', () => {
    const q = (text: string) => claim(text).quantities[0];
    const cases: [string, boolean][] = [
      ['The fire killed 114 people.', true],
      ['More than 70 others were injured.', true],
      ['The death toll rose to 53 on Friday.', true],
      ['The firm had 87,314 employees.', false],
      ['The firm is laying off about 11,000 employees.', false],
      ['Inflation rose 8.6% in May.', false],
      // A span of time or an age counts no one: two sentences giving durations are no two tolls of one event.
      ['She resigned after 45 days in office.', false],
      ['Jane Roe, 38, died on Friday.', false],
    ];
    for (const [text, want] of cases) {
      const x = q(text);
      expect(x, text).toBeDefined();
      if (x) expect(isEventCount(x), text).toBe(want);
    }
  });
});

describe('an outlet that retells a report keeps its order', () => {
  it('the sentence after a linked one links to the next sentence of that outlet when they share a word', () => {
    const m = matcherOf({
      copy: 'Thousands of supporters of the Tavira club gathered at the Old Bridge after the final whistle. The hobby celebrated in the monument until the night.',
    });
    const page = [
      claim('Thousands of Tavira supporters gathered at the Old Bridge after the final whistle.', 'page', 0),
      claim('Other fans carried on singing near the monument until late at night.', 'page', 1),
    ];
    const links = matchClaims(m, page, new Set());
    expect(links[0]?.map((x) => x.claim.sourceId)).toEqual(['copy']);
    expect(links[1]?.map((x) => x.claim.text)).toEqual(['The hobby celebrated in the monument until the night.']);
    // Alone, the second sentence shares too little to be linked.
    expect(linkedSources(m, 'Other fans carried on singing near the monument until late at night.')).toEqual([]);
  });
});
