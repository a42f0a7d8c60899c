import { describe, expect, it } from 'vitest';
import { candidatesFor } from '../../lib/corpus/candidates';
import { daysOf, isOtherStory, keyNamesOf, namesOf, storyKeysOf } from '../../lib/match/same-story';
import type { CatalogMarks } from '../../lib/corpus/marks';
import { extractClaims } from '../../lib/claims/extract';
import { REF } from '../helpers';

const marks = (id: string, names: string[], date?: string): CatalogMarks => ({ id, url: `https://x.example/${id}`, textHash: id, date, names: new Set(names), days: [] });
const page = { names: new Set(['harlow', 'marston', 'okafor', 'levee', 'kessler', 'ridgeway']), date: '2026-03-12', days: [] };

describe('which remembered articles a page is matched against', () => {
  const catalog = [
    marks('reader-lookalike', ['harlow', 'marston', 'dunmore', 'fairfax', 'pell', 'quarry', 'seton', 'vance'], '2026-03-11'),
    marks('reader-same', ['harlow', 'marston', 'okafor', 'levee', 'kessler'], '2026-03-10'),
    marks('reader-other', ['ottawa', 'trudeau', 'carney', 'quebec', 'montreal', 'harlow'], '2026-03-12'),
    marks('reader-last-year', ['harlow', 'marston', 'okafor', 'levee', 'kessler'], '2025-03-10'),
    marks('reader-self', ['harlow', 'marston', 'okafor', 'levee', 'kessler', 'ridgeway'], '2026-03-12'),
  ];

  it('the story’s own articles first, look-alikes after; another story, another year and the page itself never', () => {
    expect(candidatesFor(page, catalog, new Set(['reader-self']))).toEqual(['reader-same', 'reader-lookalike']);
  });

  it('however large the corpus, a page reads at most the cap, keeping those sharing most of its names', () => {
    const many = Array.from({ length: 500 }, (_, i) => marks(`reader-l${String(i).padStart(3, '0')}`, ['harlow', 'marston', 'a', 'b', 'c', 'd', 'e', 'f'], '2026-03-11'));
    const out = candidatesFor(page, [...many, catalog[1] as CatalogMarks], new Set(), 20);
    expect(out).toHaveLength(20);
    expect(out[0]).toBe('reader-same');
  });
});

describe('a day with no start names no day', () => {
  it('"before February 5" does not keep a look-alike from 2005 in a 2023 story', () => {
    const open = { dates: [{ text: 'before February 5', start: 0, end: 17, from: '0001-01-01', to: '2023-02-05', granularity: 'day' as const, yearImplied: true }] };
    const day = { dates: [{ text: 'on February 3', start: 0, end: 13, from: '2023-02-03', to: '2023-02-03', granularity: 'day' as const, yearImplied: true }] };
    expect(daysOf([open, day])).toEqual(['2023-02-03..2023-02-03']);
    const page = { names: new Set(['southern', 'ntsb', 'ohio', 'palestine']), date: '2023-02-25', days: daysOf([open, day]) };
    const old = { names: new Set(['southern', 'ntsb', 'carolina', 'mills']), date: '2005-01-08', days: ['2005-01-06..2005-01-06'] };
    expect(isOtherStory(page, old)).toBe(true);
  });
});

describe('a day named years apart (issue 21)', () => {
  const names = new Set(['nasa', 'texas', 'mazatlan', 'cleveland', 'niagara']);
  const page = { names, date: '2024-04-08', days: ['2024-04-08..2024-04-08', '2017-08-21..2017-08-21'] };
  it('a report of 2017 foretelling "the next one, on April 8, 2024" is another story, and so is a 2017 report the 2024 page recalls', () => {
    const old = { names, date: '2017-08-22', days: ['2017-08-21..2017-08-21', '2024-04-08..2024-04-08'] };
    expect(isOtherStory(page, old)).toBe(true);
  });
  it('a follow-up months later that dates the event to the day stays in its story', () => {
    const later = { names, date: '2024-08-01', days: ['2024-04-08..2024-04-08'] };
    expect(isOtherStory(page, later)).toBe(false);
  });
});

describe('names that are common nouns (issue 21)', () => {
  it('a name known by a common noun ("Exchange", "Commission") does not make two stories one', () => {
    const names = namesOf(extractClaims('The Securities and Exchange Commission received the filing.\n\nShares fell on the London Stock Exchange.\n\nAT&T said hackers stole records.', 'x', REF));
    expect(names.has('commission')).toBe(false);
    expect(names.has('exchange')).toBe(false);
    expect(names.has('at&t')).toBe(true);
  });
});

describe('who an article is about (session 33)', () => {
  const marksOfText = (text: string, date: string) => {
    const claims = extractClaims(text, 'x', new Date(date));
    const names = namesOf(claims);
    return { names, date, days: daysOf(claims), ...storyKeysOf(claims, names) };
  };
  const signing = marksOfText(
    'Harlow joins Rovers from Marston in record deal.\n\nRovers signed the forward Jon Harlow from Marston on Thursday.\n\nHarlow signed a five-year contract with Rovers at the Kessler Stadium.\n\nMarston said Harlow had paid his release clause.\n\nHarlow will wear the number 10 shirt.\n\nRovers president Ada Okafor welcomed Harlow.',
    '2026-08-03',
  );
  const otherSigning = marksOfText(
    'Rovers sign Vance from Ridgeway on loan.\n\nRovers signed the forward Tom Vance from Ridgeway on Thursday.\n\nVance signed a five-year contract with Rovers at the Kessler Stadium.\n\nRidgeway said Vance would join at once.\n\nVance will wear the number 29 shirt.\n\nRovers president Ada Okafor welcomed Vance.',
    '2026-08-31',
  );
  const followUp = marksOfText(
    'Rovers fans greet Harlow at the Kessler Stadium.\n\nThousands of Rovers fans cheered Jon Harlow on Friday.\n\nHarlow thanked Marston and its supporters.\n\nRovers president Ada Okafor called Harlow the best player of his generation.',
    '2026-08-04',
  );
  it('two articles each about someone the other never names are two stories, however many names they share', () => {
    expect([...signing.keys]).toEqual(['harlow']);
    expect([...otherSigning.keys]).toEqual(['vance']);
    expect(isOtherStory(signing, otherSigning)).toBe(true);
  });
  it('another report about the same person is the same story', () => {
    expect(isOtherStory(signing, followUp)).toBe(false);
  });
  it('an article about someone the other never names, naming the other\'s subject in one sentence only, is another story', () => {
    const cuts = marksOfText(
      'Acme to cut 11,000 jobs.\n\nAcme will cut 11,000 jobs, chief executive Jane Roe told staff on Wednesday.\n\nAcme had 87,000 employees at the end of September.\n\nRoe said Acme had hired too fast.\n\nLast week Globex, now owned by John Doe, laid off half of its 7,500 employees.\n\nAcme shares rose 4% in Menlo.',
      '2026-11-09',
    );
    const takeover = marksOfText(
      'Doe takes over Globex and fires its chief.\n\nJohn Doe completed his takeover of Globex on Thursday.\n\nDoe fired Globex chief executive Ann Poe.\n\nGlobex employees feared deep job cuts.\n\nDoe told Globex staff he would not cut 75% of the workforce.\n\nGlobex shares stopped trading.',
      '2026-10-28',
    );
    expect(isOtherStory(cuts, takeover)).toBe(true);
    expect(isOtherStory(takeover, cuts)).toBe(true);
  });
  it('an acronym the article spells out is a key name, named by another report through its acronym or most of its words', () => {
    const failure = marksOfText('Acme Savings Bank collapses.\n\nRegulators closed Acme Savings Bank (ASB) on Friday.\n\nASB had $209bn in assets.\n\nASB customers rushed to withdraw deposits.\n\nASB shares fell 60%.', '2026-03-10');
    const rescue = marksOfText('Globex rescued by Initech.\n\nInitech agreed to buy Globex on Sunday.\n\nThe Ruritanian National Bank lent Globex 50 billion crowns.\n\nGlobex clients pulled deposits.\n\nGlobex shares fell 25%.', '2026-03-19');
    const translation = marksOfText('The Savings Bank of Acme fell.\n\nThe BAE, the Bank of Acme Savings, was closed on Friday.\n\nThe BAE had $209bn in assets.\n\nThe BAE customers withdrew deposits.\n\nThe BAE shares fell 60%.', '2026-03-11');
    expect([...failure.keys]).toEqual(['asb']);
    // "Bank" alone is not "Acme Savings Bank": the rescue is another story.
    expect(isOtherStory(failure, rescue)).toBe(true);
    // A translation writing its own acronym but the same words (Acme, Savings, Bank) names the key.
    expect(isOtherStory(failure, translation)).toBe(false);
  });
  it('an acronym one report writes and the other does not (a translation\'s own) is no key name', () => {
    const claims = extractClaims('The OMS declared an emergency.\n\nThe OMS said cases rose.\n\nThe OMS will meet again.', 'x', REF);
    expect(keyNamesOf(claims).size).toBe(0);
  });
});
