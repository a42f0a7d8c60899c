import { describe, expect, it } from 'vitest';
import { fitsInTask, highlightBatches, lastGroupStart } from '../../lib/anchor/batches';
import type { HighlightSpec } from '../../lib/anchor/highlight';

/** Sentences over text nodes: each sentence names the nodes it lies in (a node is any object here). */
function specs(nodesOf: string[][]): HighlightSpec[] {
  const nodes = new Map<string, Text>();
  const node = (name: string) => nodes.get(name) ?? (nodes.set(name, { data: name } as unknown as Text), nodes.get(name) as Text);
  return nodesOf.map((names, i) => ({ id: `s${i}`, status: 'corroborated', pieces: names.map((n) => ({ node: node(n), from: 0, to: 1 })) }));
}
const ids = (batches: HighlightSpec[][]) => batches.map((b) => b.map((s) => s.id));

describe('highlightBatches', () => {
  it('cuts every `size` sentences when no two across a cut share a text node', () => {
    expect(ids(highlightBatches(specs([['a'], ['b'], ['c'], ['d'], ['e']]), 2))).toEqual([['s0', 's1'], ['s2', 's3'], ['s4']]);
  });

  it('never cuts between two sentences of one text node (a paragraph)', () => {
    // s1 and s2 share node p; s2 and s3 share node p too: the first batch grows until the paragraph ends.
    expect(ids(highlightBatches(specs([['a'], ['p'], ['p'], ['p', 'q'], ['r'], ['s']]), 2))).toEqual([['s0', 's1', 's2', 's3'], ['s4', 's5']]);
  });
});

describe('lastGroupStart (a slice of the reply holds back its last paragraph for the next slice)', () => {
  it('holds back the last sentence and the sentences before it that share its text nodes', () => {
    expect(lastGroupStart(specs([['a'], ['b'], ['p'], ['p', 'q'], ['q']]))).toBe(2);
    expect(lastGroupStart(specs([['a'], ['b'], ['c']]))).toBe(2);
  });

  it('holds back everything when the whole slice is one paragraph, and nothing is lost from an empty slice', () => {
    expect(lastGroupStart(specs([['p'], ['p'], ['p']]))).toBe(0);
    expect(lastGroupStart([])).toBe(0);
  });
});

describe('fitsInTask', () => {
  it('keeps a short page in one task when its last batch fits at the rate so far', () => {
    // 20 sentences took 17 ms: 10 more take about 8.5 ms, 25.5 ms in all.
    expect(fitsInTask(17, 20, 10, 30)).toBe(true);
  });

  it('yields when the next batch at the rate so far would pass the budget', () => {
    expect(fitsInTask(17, 20, 20, 30)).toBe(false);
    expect(fitsInTask(31, 40, 1, 30)).toBe(false);
  });

  it('a budget of 0 yields after every batch (a long page)', () => {
    expect(fitsInTask(0.5, 20, 20, 0)).toBe(false);
  });
});
