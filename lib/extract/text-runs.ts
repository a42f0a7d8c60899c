/**
 * The page's text nodes in document order, as runs of adjacent text nodes. readPage walks the live page
 * and its clone with it (the n-th node of each walk correspond), and long pages are located by run
 * (lib/extract/located.ts): a page's adjacent text nodes (a script's splitText, appended strings)
 * serialize as one string that a parse turns into one node, so runs count the same on both sides.
 */

/** Subtrees whose text is left out on both sides: raw text a live page and a re-parse may hold differently (a `<noscript>` is text in a scripting page, markup in a parse). */
const OPAQUE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** The runs of adjacent text nodes under `root`, in document order, outside OPAQUE subtrees. */
export function textRuns(from: Node): Text[][] {
  // From the root element: a document's doctype need not lead to it through nextSibling (linkedom).
  const root: Node = (from as Document).documentElement ?? from;
  const runs: Text[][] = [];
  let node: Node | null = root.firstChild;
  let run: Text[] | null = null;
  while (node) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      // A run is open only while the walk steps from a text node to its next sibling (see below).
      if (run) run.push(node as Text);
      else runs.push((run = [node as Text]));
    } else {
      run = null;
      descend = node.nodeType !== ELEMENT_NODE || !OPAQUE.has((node as Element).tagName.toUpperCase());
    }
    if (descend && node.firstChild) node = node.firstChild;
    else {
      while (node && node !== root && !node.nextSibling) {
        node = node.parentNode;
        run = null;
      }
      node = node && node !== root ? node.nextSibling : null;
    }
  }
  return runs;
}
