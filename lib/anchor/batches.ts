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

/**
 * Where the last sentences of a slice of the reply begin that share text nodes with one another, up
 * to the last sentence: the page holds them back until the next slice comes, whose first sentence may
 * share their text node (the background cuts messages by size, not by paragraph), so that they are
 * highlighted in one batch with it. Highlighted apart, the later sentence was no longer where the
 * page read it (the 20,000-word page lost sentences at each message's edge).
 */
export function lastGroupStart(specs: readonly HighlightSpec[]): number {
  let at = specs.length - 1;
  while (at > 0 && sharesNode(specs[at - 1] as HighlightSpec, specs[at] as HighlightSpec)) at--;
  return Math.max(0, at);
}

function sharesNode(a: HighlightSpec, b: HighlightSpec): boolean {
  return a.pieces.some((p) => b.pieces.some((q) => q.node === p.node));
}

/**
 * Whether the next batch still fits in the task that ran `done` sentences in `elapsedMs`: the time so
 * far plus the next batch at this task's rate per sentence, within `budgetMs`. A rate, not a fixed
 * cut-off: a short page's last few sentences are done in the same task instead of after a rendering
 * update of their own, and a slow machine's batches still yield before the task grows long.
 */
export function fitsInTask(elapsedMs: number, done: number, next: number, budgetMs: number): boolean {
  if (done === 0) return elapsedMs <= budgetMs;
  return elapsedMs + (elapsedMs / done) * next <= budgetMs;
}
