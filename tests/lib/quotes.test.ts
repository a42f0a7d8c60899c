import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../lib/claims/quotes';
import { compareClaims } from '../../lib/compare/compare';
import { claim } from '../helpers';

const quoted = (t: string) => findQuotes(t).map((q) => q.text);

describe('quotation marks of every typography', () => {
  it('reads German, French and British quotation marks as quotations', () => {
    expect(quoted('The chief said: „We are deeply sorry for the effects which we have caused.“')).toEqual(['We are deeply sorry for the effects which we have caused']);
    expect(quoted('Il a déclaré « nous sommes très désolés » hier.')).toEqual(['nous sommes très désolés']);
    expect(quoted('Er sagte »wir sind alle da« heute.')).toEqual(['wir sind alle da']);
    expect(quoted('He said ‘we’re deeply sorry for this’ today.')).toEqual(['we’re deeply sorry for this']);
    expect(quoted("He said 'we are so sorry' today, at the workers' union.")).toEqual(['we are so sorry']);
  });
  it('an apostrophe is no quotation mark, and a quoted word is a scare quote, not a quotation', () => {
    expect(quoted("The workers' union and the bosses' group met.")).toEqual([]);
    expect(quoted("Boeing chief admits 'mistake' as bolts found")).toEqual([]);
    expect(quoted("It's the company's view that 'the plan was fine' overall.")).toEqual(['the plan was fine']);
  });
});

describe('a quotation of several sentences, cut by the sentence split', () => {
  it('an unpaired straight mark opens a quotation to the end, or closes one opened before', () => {
    expect(quoted('One of the divers is heard asking, "How many of you are there?')).toEqual(['How many of you are there?']);
    expect(quoted('All the 13 boys are now out of the cave," the navy said on its page.')).toEqual(['All the 13 boys are now out of the cave']);
    expect(quoted('The navy wrote that "we are not sure if this is a miracle," then added, "All 13 are out now.')).toEqual(['we are not sure if this is a miracle', 'All 13 are out now']);
  });
  it('two outlets quoting one statement in other words, each cut by the split, are a quote conflict', () => {
    const kinds = compareClaims(claim('All the 13 Wild Boars are now out of the cave," the navy said on its page.'), claim('The 13 Wild Boars are now all outside the grotto."')).map((d) => `${d.kind}:${d.severity}`);
    expect(kinds).toContain('quote:conflict');
  });
});

describe('a word quoted on each side', () => {
  const kinds = (a: string, b: string) => compareClaims(claim(a), claim(b)).filter((d) => d.kind === 'quote').map((d) => `${d.severity} ${d.here} ${d.there}`);
  it('two different words quoted for one saying are a quote detail; the same word is none', () => {
    expect(kinds('The chief apologised and said the handling of the calls had been "inadequate".', 'The chief admitted that the police response had been "insufficient" and apologised.')).toEqual(['detail “inadequate” “insufficient”']);
    expect(kinds('The chief apologised and said the handling of the calls had been "inadequate".', 'The chief admitted that the police response had been "inadequate" and apologised.')).toEqual([]);
  });
  it('with several quoted on a side, the two that share a word and differ are a quote detail; two that share none are two things quoted', () => {
    const a = 'Jane Roe said the banking system "remains resilient", adding that regulators had "effective tools" to deal with it.';
    expect(kinds(a, 'Jane Roe has said to have "a full trust" in the regulators and judged that the banking system "stays resilient".')).toEqual(['detail “remains resilient” “stays resilient”']);
    expect(kinds(a, 'Jane Roe said the regulators were "fully ready" and "very calm".')).toEqual([]);
  });
});
