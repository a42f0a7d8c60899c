// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyHighlights, ANNOTATION_ATTR } from '../../lib/anchor/highlight';
import { piecesHold, piecesOf } from '../../lib/anchor/pieces';
import { readPage } from '../../lib/extract/article';

const PROSE =
  'Iran paid bounties to the Haqqani network for attacks on US troops, CNN reported. ' +
  'The attack killed two civilians and injured more than 70 others, including four US personnel. ' +
  'The Pentagon did not respond to a request for comment.';

function articleDoc(body: string): Document {
  document.open();
  document.write(`<!doctype html><html><head><title>Bounties</title></head><body>${body}</body></html>`);
  document.close();
  return document;
}

/** Every node of the body, with the data of text nodes: a fingerprint of the DOM to compare after removal. */
function snapshot(root: Node): { node: Node; data: string | null }[] {
  const out: { node: Node; data: string | null }[] = [];
  const walk = (n: Node): void => {
    out.push({ node: n, data: n.nodeType === 3 ? (n as Text).data : null });
    n.childNodes.forEach(walk);
  };
  walk(root);
  return out;
}

describe('highlighting a sentence in the live page', () => {
  const page = `<header><nav>Bagram attack: more than 70 injured</nav></header>
    <article><h1>Iran paid bounties to Taliban-linked network</h1>
    ${[0, 1, 2, 3].map(() => `<p>The attack killed two civilians and <a href="/x">injured <em>more than 70</em> others</a>, including fo<span>ur US</span> personnel. Iran paid bounties to the Haqqani network for attacks on US troops, CNN reported. ${PROSE}</p>`).join('')}
    </article><footer>Comments: four US personnel were injured</footer>`;

  it('wraps a sentence that spans links, emphasis and a word split across nodes, and nothing else', () => {
    const doc = articleDoc(page);
    const text = readPage(doc);
    expect(text).not.toBeNull();
    if (!text) return;
    const sentence = 'The attack killed two civilians and injured more than 70 others, including four US personnel.';
    const start = text.text.indexOf(sentence);
    expect(start).toBeGreaterThan(0);
    const pieces = piecesOf(text, start, start + sentence.length);
    expect(piecesHold(pieces, sentence)).toBe(true);
    const before = snapshot(doc.body);
    const h = applyHighlights(doc, [{ id: 'a1', status: 'disputed', pieces }]);
    const marks = Array.from(doc.querySelectorAll(`[${ANNOTATION_ATTR}="a1"]`));
    expect(marks.map((m) => m.textContent).join('')).toBe('The attack killed two civilians and injured more than 70 others, including four US personnel.');
    expect(doc.querySelector('nav mark, footer mark')).toBeNull();
    expect(doc.body.textContent).toBe(before[0]?.node.textContent);
    h.remove();
    const after = snapshot(doc.body);
    expect(after.length).toBe(before.length);
    after.forEach((x, i) => {
      expect(x.node).toBe(before[i]?.node);
      expect(x.data).toBe(before[i]?.data);
    });
  });

  it('still finds the sentences after a title with a character outside the BMP (an emoji) that the page shows nowhere', () => {
    document.open();
    document.write(`<!doctype html><html><head><title>Bounties 🔥 for attacks</title></head><body><article><p>${PROSE}</p><p>${PROSE}</p></article></body></html>`);
    document.close();
    const text = readPage(document);
    if (!text) throw new Error('no article');
    expect(text.text.startsWith('Bounties 🔥 for attacks')).toBe(true);
    expect(text.charNode.length).toBe(text.text.length);
    const sentence = 'The Pentagon did not respond to a request for comment.';
    const start = text.text.indexOf(sentence);
    expect(piecesHold(piecesOf(text, start, start + sentence.length), sentence)).toBe(true);
  });

  it('notices when the page rewrote the sentence after it was read', () => {
    const doc = articleDoc(page);
    const text = readPage(doc);
    if (!text) throw new Error('no article');
    const sentence = 'The Pentagon did not respond to a request for comment.';
    const start = text.text.indexOf(sentence);
    const pieces = piecesOf(text, start, start + sentence.length);
    expect(piecesHold(pieces, sentence)).toBe(true);
    const node = pieces[0]?.node;
    if (node) node.data = node.data.replace('Pentagon', 'White House');
    expect(piecesHold(pieces, sentence)).toBe(false);
  });
});

describe('highlight then remove, on random DOM trees and random sentence sets', () => {
  const word = fc.constantFrom('Iran', 'paid', 'bounties', 'to', 'the', 'Taliban', '70', 'US', 'troops', 'said', '«', 'ß', 'عربي', '  ', '\n');
  type Tree = string | { tag: string; kids: Tree[] };
  const tree: fc.Arbitrary<Tree[]> = fc.letrec<{ node: Tree; nodes: Tree[] }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' ')),
      fc.record({ tag: fc.constantFrom('a', 'em', 'strong', 'span', 'b'), kids: tie('nodes') }),
    ),
    nodes: fc.array(tie('node'), { maxLength: 4 }),
  })).nodes;

  function build(doc: Document, parent: Node, nodes: Tree[]): void {
    for (const n of nodes) {
      if (typeof n === 'string') parent.appendChild(doc.createTextNode(n));
      else {
        const el = doc.createElement(n.tag);
        build(doc, el, n.kids);
        parent.appendChild(el);
      }
    }
  }

  it('leaves textContent and every node exactly as before', () => {
    let runs = 0;
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 5 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }), (paragraphs, ranges) => {
        runs++;
        const doc = document;
        doc.body.replaceChildren();
        const article = doc.createElement('article');
        for (const p of paragraphs) {
          const el = doc.createElement('p');
          build(doc, el, p);
          article.appendChild(el);
        }
        doc.body.appendChild(article);
        // Random text-node ranges, as the anchoring would hand them over.
        const texts: Text[] = [];
        const walk = (n: Node): void => (n.nodeType === 3 ? void texts.push(n as Text) : n.childNodes.forEach(walk));
        walk(article);
        const specs = ranges.map(([a, b], i) => {
          const node = texts[a % Math.max(1, texts.length)];
          if (!node || node.data.length === 0) return { id: `s${i}`, status: 'corroborated' as const, pieces: [] };
          const from = b % node.data.length;
          const to = from + 1 + ((a + b) % (node.data.length - from));
          return { id: `s${i}`, status: 'corroborated' as const, pieces: [{ node, from, to }] };
        });
        const before = snapshot(doc.body);
        const text = doc.body.textContent;
        const h = applyHighlights(doc, specs);
        expect(doc.body.textContent).toBe(text);
        h.remove();
        expect(doc.body.textContent).toBe(text);
        const after = snapshot(doc.body);
        expect(after.map((x) => x.node)).toEqual(before.map((x) => x.node));
        expect(after.map((x) => x.data)).toEqual(before.map((x) => x.data));
      }),
      { numRuns: 300 },
    );
    expect(runs).toBeGreaterThanOrEqual(300);
  });
});

describe('piecesHold reads whitespace as the sentence does', () => {
  /** The definition: the pieces' characters, every whitespace removed, are the sentence's. */
  const squash = (s: string): string => s.replace(/\s+/g, '');
  it('holds exactly when the characters other than whitespace are the same, on random texts', () => {
    const ch = fc.constantFrom('a', 'b', 'é', ' ', '\n', '\u00a0', '\u2009', '\t', '.', '«');
    fc.assert(
      fc.property(fc.array(fc.array(ch, { maxLength: 12 }).map((a) => a.join('')), { minLength: 1, maxLength: 4 }), fc.array(ch, { maxLength: 30 }).map((a) => a.join('')), (parts, sentence) => {
        const doc = document.implementation.createHTMLDocument('t');
        const pieces = parts.map((data) => {
          const node = doc.createTextNode(data);
          doc.body.appendChild(node);
          return { node, from: 0, to: data.length };
        });
        expect(piecesHold(pieces, sentence)).toBe(squash(parts.join(' ')) === squash(sentence));
        // The page's own text itself always holds.
        expect(piecesHold(pieces, parts.join(''))).toBe(true);
      }),
    );
  });
});
