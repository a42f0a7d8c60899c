import type { Piece } from './pieces';

/** The attribute every highlight carries: a stable hook for user styles and tests. */
export const ANNOTATION_ATTR = 'data-parallax-annotation';
export const STATUS_ATTR = 'data-parallax-status';

export interface HighlightSpec {
  id: string;
  status: 'corroborated' | 'disputed';
  pieces: readonly Piece[];
}

/** One page text node as Parallax split it: the node itself first, then the pieces after it. */
interface Split {
  original: Text;
  /** In document order: text nodes and the marks wrapping a piece. */
  parts: (Text | HTMLElement)[];
}

export interface Highlights {
  /** The marks of each annotation, in document order. */
  readonly marks: ReadonlyMap<string, readonly HTMLElement[]>;
  /** Every mark Parallax made (page elements that merely carry the attributes are not in it). */
  readonly owned: WeakSet<Element>;
  /** Removes every mark and rejoins the text nodes Parallax split: the DOM is as it was. */
  remove(): void;
}

/**
 * Wraps each piece in a `<mark>` carrying the annotation id and status. Text nodes are split where a
 * sentence starts or ends inside them and rejoined on removal, so the page's text never changes and
 * removal restores the very same nodes. `decorate` styles each new mark (kept out of here so this
 * file stays about the DOM surgery).
 */
export function applyHighlights(doc: Document, specs: readonly HighlightSpec[], decorate: (mark: HTMLElement, spec: HighlightSpec) => void = () => {}): Highlights {
  const byNode = new Map<Text, { from: number; to: number; spec: HighlightSpec }[]>();
  for (const spec of specs) {
    for (const p of spec.pieces) {
      if (p.to <= p.from) continue;
      const list = byNode.get(p.node) ?? [];
      list.push({ from: p.from, to: p.to, spec });
      byNode.set(p.node, list);
    }
  }
  const splits: Split[] = [];
  const marks = new Map<string, HTMLElement[]>();
  const owned = new WeakSet<Element>();
  for (const [node, ranges] of byNode) {
    if (!node.parentNode) continue;
    ranges.sort((a, b) => a.from - b.from);
    const split: Split = { original: node, parts: [] };
    let rest: Text | null = node;
    let base = 0;
    for (const r of ranges) {
      if (!rest) break;
      const from = Math.max(r.from, base);
      const to = Math.min(r.to, base + rest.data.length);
      if (to <= from) continue;
      if (from > base) {
        const after: Text = rest.splitText(from - base);
        split.parts.push(rest);
        rest = after;
        base = from;
      }
      const middle: Text = rest;
      rest = to - base < middle.data.length ? middle.splitText(to - base) : null;
      base = to;
      const mark = doc.createElement('mark');
      mark.setAttribute(ANNOTATION_ATTR, r.spec.id);
      mark.setAttribute(STATUS_ATTR, r.spec.status);
      decorate(mark, r.spec);
      middle.parentNode?.insertBefore(mark, middle);
      mark.appendChild(middle);
      owned.add(mark);
      split.parts.push(mark);
      const list = marks.get(r.spec.id) ?? [];
      list.push(mark);
      marks.set(r.spec.id, list);
    }
    if (rest) split.parts.push(rest);
    splits.push(split);
  }
  for (const list of marks.values()) list.sort(documentOrder);
  return {
    marks,
    owned,
    remove: () => {
      for (const split of splits.reverse()) restore(split);
      splits.length = 0;
      marks.clear();
    },
  };
}

function documentOrder(a: Node, b: Node): number {
  // DOCUMENT_POSITION_FOLLOWING = 4
  return a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1;
}

/** Puts a split node back: one text node, the original, with all its text, where the first part is. */
function restore(split: Split): void {
  const texts = split.parts.map((p) => p.textContent ?? '');
  const first = split.parts[0];
  const parent = first?.parentNode;
  if (!first || !parent) {
    // The page removed the paragraph itself: unwrap whatever marks survive elsewhere.
    for (const p of split.parts) if (p instanceof Element || p.nodeType === 1) unwrap(p as HTMLElement);
    return;
  }
  const allInPlace = split.parts.every((p) => p.parentNode === parent);
  if (!allInPlace) {
    // The page moved or deleted some of our nodes: keep its text, drop our marks.
    for (const p of split.parts) if (p.nodeType === 1 && p.parentNode) unwrap(p as HTMLElement);
    return;
  }
  if (first !== split.original) parent.insertBefore(split.original, first);
  split.original.data = texts.join('');
  for (const p of split.parts) if (p !== split.original) p.parentNode?.removeChild(p);
}

function unwrap(mark: HTMLElement): void {
  const parent = mark.parentNode;
  if (!parent) return;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  parent.removeChild(mark);
}
