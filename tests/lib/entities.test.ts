import { describe, expect, it } from 'vitest';
import { capitalisedWords, entityDef, findMentions, statesOf } from '../../lib/claims/entities';
import { extractClaims } from '../../lib/claims/extract';

const ids = (t: string, names: readonly string[] = [], titleCase = false) => findMentions(t, { names: new Set(names), titleCase }).map((m) => m.entity);

describe('findMentions: countries, from the country table', () => {
  it.each([
    ['US', '@usa'], ['U.S.', '@usa'], ['USA', '@usa'], ['United States of America', '@usa'], ['American', '@usa'], ['Americans', '@usa'],
    ['Iran', '@irn'], ['Tehran', '@irn'], ['Iranian', '@irn'], ['Iranians', '@irn'],
    ['Moscow', '@rus'], ['Russian', '@rus'], ['Russians', '@rus'],
    ['Afghanistan', '@afg'], ['Kabul', '@afg'],
    // A name whose words are joined by "of the" is one country, not the country its last words name.
    ['Democratic Republic of the Congo', '@cod'],
  ])('%s is %s', (name, id) => {
    expect(ids(`Then ${name} acted.`)).toEqual([id]);
  });

  it('a country is a state; any other name is not', () => {
    expect(entityDef('@usa')).toMatchObject({ kind: 'state', name: 'United States' });
    expect(entityDef('soleimani')).toMatchObject({ kind: 'name' });
    expect(statesOf(['@usa', 'soleimani', '@irn', 'base'])).toEqual(['@usa', '@irn']);
  });

  it('does not read a country inside other words', () => {
    expect(ids('Usually, Iranians')).toEqual(['@irn']);
    // An acronym or a word that starts with a country's name is a name of its own, never the country.
    expect(ids('Then the USAF and Russiagate acted.')).toEqual(['usaf', 'russiagate']);
  });
});

describe('findMentions: other names, read from capitals', () => {
  it.each([
    ['Qasem Soleimani', 'soleimani'], ['Soleimani', 'soleimani'], ['Jerome Powell', 'powell'],
    ['Pentagon', 'pentagon'], ['Department of Defense', 'defense'], ['Defense', 'defense'], ['Kremlin', 'kremlin'],
  ])('%s is %s (its last word)', (name, id) => {
    expect(ids(`Then ${name} acted.`)).toEqual([id]);
  });

  it('one person written with and without a title or first name is one id', () => {
    expect(ids('Then General Qassim Soleimani died.')).toContain('soleimani');
    expect(ids('Then Qasem Soleimani’s death was announced.')).toEqual(['soleimani']);
  });

  it('an abbreviated title ("Gen.", "Dr.") belongs to the name it opens and is no name of its own', () => {
    // The name scanner's words keep an inner or final dot ("St."): the title joins the name that follows.
    expect(ids('Then Gen. Qassem Soleimani died.')).toContain('soleimani');
    expect(ids('Then Gen. Qassem Soleimani died.')).not.toContain('gen');
    expect(ids('Then Dr. Anthony Fauci spoke.')).not.toContain('dr');
  });

  it('names of three or more capitalised words also give their initials, so the acronym meets the name', () => {
    expect(ids('Then Bagram Air Base was hit.')).toEqual(['base', 'bab']);
    expect(ids('Then the Indian Space Research Organisation said so.')).toContain('isro');
    expect(ids('Then ISRO said so.')).toEqual(['isro']);
    // Two words give no initials.
    expect(ids('Then Jerome Powell spoke.')).toEqual(['powell']);
  });

  it('keeps no aliases: the Pentagon and the Department of Defense are different ids', () => {
    expect(ids('Then the Pentagon acted.')).not.toEqual(ids('Then the Department of Defense acted.'));
  });

  it('gives each mention its span as written, without a possessive', () => {
    const text = 'Then the Department of Defense and Powell’s office acted.';
    expect(findMentions(text).map((m) => [m.entity, m.text, text.slice(m.start, m.end)])).toEqual([
      ['defense', 'Department of Defense', 'Department of Defense'],
      ['powell', 'Powell', 'Powell'],
    ]);
  });

  it('does not take month or weekday names, or lower-case words, for names', () => {
    expect(ids('Then in March the bank acted on Monday.')).toEqual([]);
  });

  it('reads a sentence’s first word, or a title-case headline’s words, as a name only when the article capitalises it elsewhere', () => {
    expect(ids('Storms hit the coast.')).toEqual([]);
    expect(ids('Storms hit the coast.', ['storms'])).toEqual(['storms']);
    expect(ids('Iran Paid Bounty To Haqqani Network', ['haqqani'], true)).toEqual(['@irn', 'haqqani']);
    // The words the article capitalises where position does not explain it.
    expect(capitalisedWords(['The Haqqani network met Sirajuddin Haqqani.', 'Storms hit.'])).toEqual(new Set(['haqqani', 'sirajuddin']));
  });
  it('an acronym in the possessive is a name, also opening a sentence ("SVB\'s customers"); a capitalised first word alone is not', () => {
    expect(ids("SVB's customers withdrew $42bn.")).toEqual(['svb']);
    // A word capitalised by its place ("Men's final", "Tonight's match") names no one.
    expect(ids("Men's final ended 3-1.")).toEqual([]);
  });
});

describe('a number that belongs to a name', () => {
  it('joins the name ("Flight 1282", "MAX 9"), even as a sentence\'s first word, and is no count', () => {
    const ids = (t: string) => findMentions(t).map((m) => m.entity);
    expect(ids('Flight 1282 left Portland for Ontario.')).toContain('flight 1282');
    expect(ids('Alaska Airlines Flight 1282, bound for Ontario, took off.')).toContain('flight 1282');
    expect(ids('The FAA grounded 171 Boeing 737 MAX 9 jets.')).toContain('max 9');
    expect(ids('The FAA grounded 171 Boeing 737 MAX 8 jets.')).not.toContain('max 9');
  });
  it('an article that writes "Boeing 737" does not count 737 of anything elsewhere', () => {
    const claims = extractClaims('Boeing 737 jets were grounded.\n\nA panel blew out of one of its 737 Max 9 jets in mid-air.', 'a', null);
    expect(claims.flatMap((c) => c.quantities.map((q) => q.value))).not.toContain(737);
  });
});

describe('a country named as a clock', () => {
  it('"7pm UK time", "German summer time", "the time of Mexico City" name a time zone, not an actor', () => {
    const labels = (t: string) => findMentions(t).filter((m) => m.entity.startsWith('@')).map((m) => m.label);
    expect(labels('The decision, announced at 7pm UK time, takes the rate to 1.75 per cent.')).toEqual([true]);
    expect(labels('The update paralysed computers at 6:09 German summer time.')).toEqual([true]);
    expect(labels('The announcement was made at 13:00 hours of the time of Mexico City.')).toEqual([true]);
    // The country acting is no clock.
    expect(labels('The UK said on Friday it would act.')).toEqual([false]);
  });
});

describe('names written with an ampersand (issue 21)', () => {
  it('"AT&T" and "S&P" are one name each, not two one-letter names that any sentence with an A or a T shares', () => {
    expect(findMentions('AT&T said on Friday that hackers stole call records.').map((m) => m.entity)).toEqual(['at&t']);
    expect(findMentions('The S&P 500 fell 2% as AT&T shares slid.').map((m) => m.entity)).toEqual(['s&p 500', 'at&t']);
  });
});

describe('findMentions: a clock\'s time zone names no one', () => {
  it('"0730 GMT", "8pm EDT", "11.03am AEDT" are no names; an acronym that is no clock\'s stays one', () => {
    expect(ids('The raid began at about 9.30 am local time (0730 GMT), the museum said.')).not.toContain('gmt');
    expect(ids('It landed at 8pm EDT and at 11.03am AEDT in Sydney.')).toEqual(expect.not.arrayContaining(['edt', 'aedt']));
    expect(ids('Shares of CAT rose.')).toContain('cat');
  });
});
