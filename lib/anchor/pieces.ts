import { isSpaceCode, type PageText } from '../extract/article';

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

/**
 * True when the pieces still hold the sentence (the page has not rewritten or removed it since it
 * was read): their characters, whitespace aside, are the sentence's. One pass over both, no string
 * built: it runs for every sentence before it is highlighted, in code the page runs cold.
 */
export function piecesHold(pieces: readonly Piece[], sentence: string): boolean {
  if (pieces.length === 0) return false;
  let at = 0;
  for (const p of pieces) {
    if (!p.node.isConnected || p.to > p.node.data.length) return false;
    const data = p.node.data;
    for (let i = p.from; i < p.to; i++) {
      const c = data.charCodeAt(i);
      if (isSpaceCode(c)) continue;
      while (at < sentence.length && isSpaceCode(sentence.charCodeAt(at))) at++;
      if (at >= sentence.length || sentence.charCodeAt(at) !== c) return false;
      at++;
    }
  }
  while (at < sentence.length && isSpaceCode(sentence.charCodeAt(at))) at++;
  return at === sentence.length;
}
