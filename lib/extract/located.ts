import type { LocatedArticle } from '../messages';
import { readPage, type PageText } from './article';
import { textRuns } from './text-runs';

/**
 * Reading a long page without blocking it. Readability cannot yield: on a 100,000-word page it is one
 * task of about 240 ms in the page. So for long pages the content script sends the page's HTML to
 * Parallax's background, which parses it (linkedom, as the CLI does) and reads the article there with
 * the same readPage; the answer says where each run of article characters sits among the page's text,
 * and the content script finds those characters in its live text nodes.
 *
 * Text is located by "runs": maximal sequences of adjacent text nodes, in document order. A live page
 * can hold adjacent text nodes (a script's splitText, appended strings) that its HTML serializes as one
 * string and a parse turns into one node; runs count the same on both sides.
 */

/** Total characters in a page's text runs (textRuns): how long a page is, read in one cheap walk. */
export function runsLength(runs: readonly (readonly Text[])[]): number {
  let n = 0;
  for (const run of runs) for (const t of run) n += t.data.length;
  return n;
}

/** An article read from a page's HTML, with where its characters come from among the page's text runs (its schema: lib/messages.ts). */
export type { LocatedArticle };

/** Reads the article of a parsed page (readPage) and says where each character came from, by run. */
export function locateArticle(doc: Document): LocatedArticle | null {
  const runs = textRuns(doc);
  const page = readPage(doc, runs.flat());
  if (!page) return null;
  // Where each text node starts inside its run.
  const place = new Map<Text, { run: number; at: number }>();
  runs.forEach((run, r) => {
    let at = 0;
    for (const t of run) {
      place.set(t, { run: r, at });
      at += t.data.length;
    }
  });
  // Pieces as flat quadruples (article start, run, offset in the run, length); the last one is extended
  // while characters follow on in both the text and the run.
  const pieces: number[] = [];
  let last = -1;
  for (let i = 0; i < page.text.length; i++) {
    const n = page.charNode[i] as number;
    const node = n >= 0 ? page.nodes[n] : undefined;
    const p = node ? place.get(node) : undefined;
    if (!p) continue;
    const offset = p.at + (page.charOffset[i] as number);
    const length = last >= 0 ? (pieces[last + 3] as number) : 0;
    if (last >= 0 && (pieces[last] as number) + length === i && pieces[last + 1] === p.run && (pieces[last + 2] as number) + length === offset) {
      pieces[last + 3] = length + 1;
    } else {
      last = pieces.length;
      pieces.push(i, p.run, offset, 1);
    }
  }
  return { text: page.text, ...(page.title ? { title: page.title } : {}), ...(page.date ? { date: page.date } : {}), pieces };
}

/** The same characters, a whitespace character standing for any other (the article text reads each run of them as one space). */
function sameText(read: string, live: string): boolean {
  if (read === live) return true;
  if (read.length !== live.length) return false;
  for (let i = 0; i < read.length; i++) {
    const x = read[i] as string;
    const y = live[i] as string;
    if (x !== y && !(/\s/.test(x) && /\s/.test(y))) return false;
  }
  return true;
}

/**
 * The located article's characters found in the live page: a PageText as readPage would give, or null
 * when the page's text no longer matches (it changed since its HTML was taken, or the parse differed),
 * so that the caller reads it in the page instead. `runs` is the page's textRuns, for a caller that
 * walked them in a task of its own; a text node the page has removed since no longer matches.
 */
export function resolveArticle(doc: Document, a: LocatedArticle, runs: readonly (readonly Text[])[] = textRuns(doc)): PageText | null {
  const nodes: Text[] = [];
  const nodeIndex = new Map<Text, number>();
  const charNode = new Int32Array(a.text.length).fill(-1);
  const charOffset = new Int32Array(a.text.length);
  for (let q = 0; q + 3 < a.pieces.length; q += 4) {
    const [start, r, offset, length] = [a.pieces[q], a.pieces[q + 1], a.pieces[q + 2], a.pieces[q + 3]] as [number, number, number, number];
    const run = runs[r];
    if (!run) return null;
    // The node of the run holding `offset`, and the offset inside it.
    let k = 0;
    let local = offset;
    while (k < run.length && local >= (run[k] as Text).data.length) local -= (run[k++] as Text).data.length;
    // The piece, one node's stretch at a time: compared as strings, then its characters mapped.
    let done = 0;
    while (done < length) {
      const node = run[k];
      if (!node) return null;
      const n = Math.min(length - done, node.data.length - local);
      const at = start + done;
      if (!sameText(a.text.slice(at, at + n), node.data.slice(local, local + n))) return null;
      let idx = nodeIndex.get(node);
      if (idx === undefined) {
        if (!node.isConnected) return null;
        idx = nodes.length;
        nodes.push(node);
        nodeIndex.set(node, idx);
      }
      charNode.fill(idx, at, at + n);
      for (let j = 0; j < n; j++) charOffset[at + j] = local + j;
      done += n;
      k++;
      local = 0;
    }
  }
  return { text: a.text, ...(a.title ? { title: a.title } : {}), ...(a.date ? { date: a.date } : {}), nodes, charNode, charOffset };
}
