import type { HighlightSpec } from './highlight';

/**
 * Highlights in batches of about `size`, one batch per task, never cutting between two sentences that
 * share a text node. Highlighting splits the page's text nodes, so the next sentence's pieces in a
 * shared node are only valid inside the same applyHighlights call: cut there, and the sentence after
 * the cut was dropped (4 of the 142 sentences of the 10,000-word benchmark page were).
 */
export function highlightBatches(specs: readonly HighlightSpec[], size: number): HighlightSpec[][] {
  const batches: HighlightSpec[][] = [];
  let batch: HighlightSpec[] = [];
  for (const spec of specs) {
    const last = batch[batch.length - 1];
    if (batch.length >= size && !(last && sharesNode(last, spec))) {
      batches.push(batch);
      batch = [];
    }
    batch.push(spec);
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

function sharesNode(a: HighlightSpec, b: HighlightSpec): boolean {
  return a.pieces.some((p) => b.pieces.some((q) => q.node === p.node));
}
