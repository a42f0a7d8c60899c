import type { PageText } from '../extract/article';

/** A stretch of one text node: characters [from, to) of `node.data`. */
export interface Piece {
  node: Text;
  from: number;
  to: number;
}

/**
 * Where the characters [start, end) of the article text are in the page: one piece per text node,
 * in document order. Collapsed whitespace inside a node is covered (a piece runs from the first to
 * the last mapped character in its node); characters with no node (the title when the page shows
 * none, line breaks between blocks) are skipped.
 */
export function piecesOf(page: PageText, start: number, end: number): Piece[] {
  const out: Piece[] = [];
  let current: Piece | undefined;
  for (let i = Math.max(0, start); i < Math.min(end, page.text.length); i++) {
    const n = page.charNode[i] as number;
    if (n < 0) continue;
    const node = page.nodes[n];
    if (!node) continue;
    const offset = page.charOffset[i] as number;
    if (current && current.node === node && offset >= current.to) current.to = offset + 1;
    else {
      current = { node, from: offset, to: offset + 1 };
      out.push(current);
    }
  }
  return out;
}

/** The pieces' text as the page shows it now, whitespace collapsed: compare with the sentence to see whether the page changed. */
export function piecesText(pieces: readonly Piece[]): string {
  return pieces
    .map((p) => p.node.data.slice(p.from, p.to))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the pieces still hold the sentence (the page has not rewritten or removed it since it was read). */
export function piecesHold(pieces: readonly Piece[], sentence: string): boolean {
  if (pieces.length === 0) return false;
  for (const p of pieces) if (!p.node.isConnected || p.to > p.node.data.length) return false;
  const squash = (s: string): string => s.replace(/\s+/g, '');
  return squash(piecesText(pieces)) === squash(sentence);
}
