import { describe, expect, it } from 'vitest';
import type { PageAnnotations } from '../../lib/annotate/schema';
import type { Gold } from '../../lib/eval/gold';
import { score } from '../../lib/eval/score';

// Two tiny articles: page "p" and outlet "o", which states the fact twice (headline and body) and has one unrelated sentence.
const texts = new Map([
  ['p', 'Iran paid the bounties in March. Nothing else here.'],
  ['o', 'Iran may have paid bounties. Officials said Iran paid bounties. Weather was fine.'],
]);
const claimStarts = new Map([['o#0', 0], ['o#1', 29], ['o#2', 63]]);
const gold: Gold = {
  description: 'test',
  index: ['o'],
  pages: ['p'],
  facts: [{ id: 'paid', statement: 'Iran paid', members: [{ doc: 'p', quote: 'Iran paid the bounties' }, { doc: 'o', quote: 'Iran may have paid' }, { doc: 'o', quote: 'Officials said Iran' }] }],
  differences: [],
};
const link = (claimId: string, text: string) => ({ sourceId: 'o', outlet: 'O', claimId, text, fact: 'f', score: 1, relation: 'agrees' as const, differences: [] });
const page = (links: PageAnnotations['annotations'][number]['links']): Map<string, PageAnnotations> =>
  new Map([['p', { url: 'p', excluded: [], claims: 2, annotations: [{ id: 'a', text: 'Iran paid the bounties in March.', start: 0, end: 32, prefix: '', suffix: '', kind: 'body', status: 'corroborated', links }] }]]);

describe('scoring links against the gold', () => {
  it('counts a second correct sentence of the same outlet in precision but fills the slot once in recall', () => {
    const m = score(gold, texts, page([link('o#0', 'Iran may have paid bounties.'), link('o#1', 'Officials said Iran paid bounties.')]), claimStarts);
    expect(m).toMatchObject({ predicted: 2, correct: 2, expected: 1, precision: 1, recall: 1 });
  });

  it('charges a wrong second sentence to precision only', () => {
    const m = score(gold, texts, page([link('o#0', 'Iran may have paid bounties.'), link('o#2', 'Weather was fine.')]), claimStarts);
    expect(m).toMatchObject({ predicted: 2, correct: 1, precision: 0.5, recall: 1 });
  });

  it('reports a slot filled only by a wrong sentence as missed', () => {
    const m = score(gold, texts, page([link('o#2', 'Weather was fine.')]), claimStarts);
    expect(m).toMatchObject({ predicted: 1, correct: 0, recall: 0 });
    expect(m.errors.some((e) => e.startsWith('missed link: p@0 → o'))).toBe(true);
  });
});

describe('contradictions shown as contradictions', () => {
  it('counts a gold conflict shown as a detail as found (right kind) but not as shown; shown as a conflict, both', () => {
    const withConflict: Gold = { ...gold, differences: [{ fact: 'paid', a: { doc: 'p', quote: 'Iran paid the bounties' }, b: { doc: 'o', quote: 'Iran may have paid' }, kind: 'certainty', severity: 'conflict' }] };
    const diff = (severity: 'conflict' | 'detail') => ({ ...link('o#0', 'Iran may have paid bounties.'), relation: 'differs' as const, differences: [{ kind: 'certainty' as const, severity, here: 'x', there: 'y' }] });
    const asDetail = score(withConflict, texts, page([diff('detail')]), claimStarts);
    expect(asDetail).toMatchObject({ differencesFound: 1, conflictsExpected: 1, conflictsShown: 0, conflictFalseAlarms: 0 });
    const asConflict = score(withConflict, texts, page([diff('conflict')]), claimStarts);
    expect(asConflict).toMatchObject({ differencesFound: 1, conflictsExpected: 1, conflictsShown: 1, conflictFalseAlarms: 0 });
  });
});
