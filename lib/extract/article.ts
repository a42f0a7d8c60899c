import { Readability } from '@mozilla/readability';
import { textRuns } from './text-runs';

/** Block elements whose text is one paragraph of the extracted article. */
const BLOCK_SELECTOR = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, pre';
/** Elements whose text is never article prose. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'BUTTON']);
/** Readability's minimum article length in characters: below it a page is "not an article". */
const MIN_ARTICLE_CHARS = 200;
/** Embedded frames and players: a block beside one in a small box of its own is its caption, not prose. */
const EMBED_SELECTOR = 'iframe, video, audio, object, embed';
/** At most this many elements in the box of an embed whose blocks count as its caption (not an article body holding an embed among its paragraphs). */
const EMBED_BOX_MAX_CHILDREN = 4;
/** Set on the clone only (the live page is never touched): Readability keeps it on the blocks it keeps. */
const CAPTION_ATTR = 'data-parallax-caption';
/** Headings Parallax looks for when the title Readability chose is also a heading in the page. */
const TITLE_SELECTOR = 'h1, h2';

export interface ExtractedArticle {
  title?: string;
  /** Publication date (YYYY-MM-DD) when the page states one. */
  date?: string;
  /** Article text: the title, then one block per line, blank lines between blocks. */
  text: string;
}

/** The article text with, for every character, the live text node and offset it was read from. */
export interface PageText extends ExtractedArticle {
  /** The document's text nodes that article characters come from. */
  nodes: Text[];
  /** Per character of `text`: index into `nodes`, or -1 (line breaks between blocks, collapsed space at a `<br>`). */
  charNode: Int32Array;
  /** Per character of `text`: offset inside its node (meaningless where charNode is -1). */
  charOffset: Int32Array;
}

/** Terminal punctuation a title loses (`.`, `!`, `?`), as code units. */
const TERMINAL = new Set([0x2e, 0x21, 0x3f]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** The document's text nodes in document order (script, style, noscript and template text left out). */
const textNodes = (root: Node): Text[] => textRuns(root).flat();

function isoDate(raw: string | null | undefined): string | undefined {
  const m = raw?.match(/^(\d{4}-\d{2}-\d{2})/);
  return m?.[1];
}

/** Whether a UTF-16 code unit is whitespace as the regular expression `\s` reads it (tests/lib/read-article.test.ts checks every unit). */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Characters per String.fromCharCode call when the text is assembled (well under any engine's argument limit). */
const DECODE_CHUNK = 8192;
/** The builder's first capacity in characters; it doubles when full. */
const INITIAL_CAPACITY = 4096;

/**
 * The article text with its map, one UTF-16 unit at a time in typed arrays. It was three arrays of
 * one-character strings and numbers, pushed per character after a `/\s/` test: on the 2,000-word
 * benchmark page (14,000 characters, read once per page so never optimised) that took 14–36 ms in
 * Chromium, as long as Readability's own parse (issue 23); typed arrays and a code-unit test take
 * about a tenth of it.
 */
class Builder {
  private code = new Uint16Array(INITIAL_CAPACITY);
  private node = new Int32Array(INITIAL_CAPACITY);
  private offset = new Int32Array(INITIAL_CAPACITY);
  length = 0;
  private lineStart = 0;

  private reserve(extra: number): void {
    const need = this.length + extra;
    if (need <= this.code.length) return;
    let size = this.code.length * 2;
    while (size < need) size *= 2;
    const grow = <A extends Uint16Array | Int32Array>(a: A, make: (n: number) => A): A => {
      const b = make(size);
      b.set(a.subarray(0, this.length));
      return b;
    };
    this.code = grow(this.code, (n) => new Uint16Array(n));
    this.node = grow(this.node, (n) => new Int32Array(n));
    this.offset = grow(this.offset, (n) => new Int32Array(n));
  }
  /** The last character's code unit, or -1. */
  last(): number {
    return this.length > 0 ? (this.code[this.length - 1] as number) : -1;
  }
  /** Appends one code unit with its source (node -1 for synthetic characters). */
  push(code: number, node: number, offset: number): void {
    this.reserve(1);
    this.code[this.length] = code;
    this.node[this.length] = node;
    this.offset[this.length] = offset;
    this.length++;
  }
  /** Appends the text of a run of nodes as one line, whitespace collapsed to single spaces. */
  line(parts: ({ text: Text; index: number } | 'break')[]): void {
    if (this.length > 0) {
      this.push(NEWLINE, -1, 0);
      this.push(NEWLINE, -1, 0);
    }
    this.lineStart = this.length;
    for (const part of parts) {
      if (part === 'break') {
        this.space(-1, 0);
        continue;
      }
      const data = part.text.data;
      const index = part.index;
      this.reserve(data.length);
      const code = this.code;
      const node = this.node;
      const offset = this.offset;
      let n = this.length;
      for (let i = 0; i < data.length; i++) {
        const c = data.charCodeAt(i);
        if (isSpaceCode(c)) {
          // One space for a run of whitespace, never at the start of a line.
          if (n === this.lineStart || code[n - 1] === SPACE) continue;
          code[n] = SPACE;
        } else code[n] = c;
        node[n] = index;
        offset[n] = i;
        n++;
      }
      this.length = n;
    }
    while (this.length > this.lineStart && this.last() === SPACE) this.length--;
    if (this.length === this.lineStart && this.lineStart > 0) this.length -= 2; // an empty line: drop the separator pushed for it
  }
  private space(node: number, offset: number): void {
    if (this.length > this.lineStart && this.last() !== SPACE) this.push(SPACE, node, offset);
  }
  pop(): void {
    if (this.length > 0) this.length--;
  }
  text(): string {
    let out = '';
    for (let i = 0; i < this.length; i += DECODE_CHUNK) out += String.fromCharCode.apply(null, this.code.subarray(i, Math.min(this.length, i + DECODE_CHUNK)) as unknown as number[]);
    return out;
  }
  nodes(): Int32Array {
    return this.node.slice(0, this.length);
  }
  offsets(): Int32Array {
    return this.offset.slice(0, this.length);
  }
}

const SPACE = 0x20;
const NEWLINE = 0x0a;

/** The text of an element as parts (text nodes and line breaks), skipping scripts and form controls. */
function partsOf(el: Element, indexOf: (t: Text) => number): ({ text: Text; index: number } | 'break')[] {
  const parts: ({ text: Text; index: number } | 'break')[] = [];
  const stack: Node[] = [el];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeType === TEXT_NODE) {
      parts.push({ text: node as Text, index: indexOf(node as Text) });
      continue;
    }
    if (node.nodeType === ELEMENT_NODE) {
      const tag = (node as Element).tagName.toUpperCase();
      if (SKIPPED.has(tag)) continue;
      if (tag === 'BR') {
        parts.push('break');
        continue;
      }
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  return parts;
}

/**
 * The article on a page, without its furniture (navigation, teasers, comments, footer), through
 * Mozilla's Readability on a clone of the document; the live page is never touched. Every character
 * of the text is mapped back to the live text node it came from, so a sentence found in the text can
 * be highlighted in the page even when it spans links, emphasis or oddly split text nodes.
 * Headings are kept on lines of their own without terminal punctuation, so sentence splitting
 * classifies them as headlines and sub-heads; figure captions are dropped.
 * The CLI (on a linkedom document) and the content script (on the live page) both read pages here,
 * so the same page gives the same text and the same annotations. `live` is the page's text nodes
 * (textRuns(doc).flat()), for a caller that has walked them already.
 */
export function readPage(doc: Document, live: readonly Text[] = textNodes(doc)): PageText | null {
  const copy = cloneForReading(doc, live);
  return articleOf(doc, live, copy, parseClone(copy));
}

/** A page's copy for Readability, with each of its text nodes' place among the live page's (the first step of readPage). */
export interface ClonedPage {
  clone: Document;
  cloneIndex: Map<Text, number>;
}

/** Readability's reading of a cloned page (the second step of readPage). */
export interface ParsedClone {
  title: string | null | undefined;
  publishedTime: string | null | undefined;
  content: Element | null | undefined;
}

/** Step 1 of readPage: the page cloned, its text nodes matched to the live ones, embeds' captions marked. */
export function cloneForReading(doc: Document, live: readonly Text[]): ClonedPage {
  const clone = doc.cloneNode(true) as Document;
  const cloned = textNodes(clone);
  // cloneNode(true) copies the tree node for node, so the n-th text node of each walk correspond.
  const cloneIndex = new Map<Text, number>();
  if (cloned.length === live.length) cloned.forEach((t, i) => cloneIndex.set(t, i));
  // A video or post embedded in the article is furniture like a figure: the text beside it is its
  // caption (Readability drops the frame and keeps the caption's paragraph; issue 23's news shape).
  for (const embed of Array.from(clone.querySelectorAll(EMBED_SELECTOR))) {
    const box = embed.parentElement;
    if (!box || box === clone.body || box.children.length > EMBED_BOX_MAX_CHILDREN) continue;
    for (const c of Array.from(box.children)) if (c !== embed && c.matches(BLOCK_SELECTOR)) c.setAttribute(CAPTION_ATTR, '');
  }
  return { clone, cloneIndex };
}

/** Step 2 of readPage: Readability's parse of the clone (one task that cannot yield), or null when it finds no article. */
export function parseClone(copy: ClonedPage): ParsedClone | null {
  // The serializer hands back Readability's element itself: no HTML string is ever re-parsed.
  const parsed = new Readability<Element>(copy.clone, { charThreshold: MIN_ARTICLE_CHARS, serializer: (el) => el as Element }).parse();
  return parsed ? { title: parsed.title, publishedTime: parsed.publishedTime, content: parsed.content } : null;
}

/** Step 3 of readPage: the article's text built from Readability's blocks, each character mapped to its live text node. */
export function articleOf(doc: Document, live: readonly Text[], copy: ClonedPage, parsed: ParsedClone | null): PageText | null {
  const holder = parsed?.content;
  if (!parsed || !holder) return null;
  const { cloneIndex } = copy;

  const nodes: Text[] = [];
  const nodeIndex = new Map<Text, number>();
  const liveIndex = (t: Text): number => {
    let i = nodeIndex.get(t);
    if (i === undefined) {
      i = nodes.length;
      nodes.push(t);
      nodeIndex.set(t, i);
    }
    return i;
  };
  const fromClone = (t: Text): number => {
    const i = cloneIndex.get(t);
    const liveText = i === undefined ? undefined : live[i];
    return liveText ? liveIndex(liveText) : -1;
  };

  const b = new Builder();
  const title = parsed.title?.replace(/\s+/g, ' ').trim();
  if (title) {
    // Highlightable when the page shows the title as a heading; otherwise read but not anchored.
    const heading = Array.from(doc.querySelectorAll(TITLE_SELECTOR)).find((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim() === title);
    if (heading) b.line(partsOf(heading, liveIndex));
    // One entry per UTF-16 unit, as the text is indexed: a title with an emoji (two units) pushed per
    // code point left every later character mapped one place off, and no highlight held.
    else for (let i = 0; i < title.length; i++) b.push(title.charCodeAt(i), -1, 0);
    // A title ends without terminal punctuation so that sentence splitting keeps it a headline.
    while (TERMINAL.has(b.last())) b.pop();
  }
  for (const el of Array.from(holder.querySelectorAll(BLOCK_SELECTOR))) {
    if (el.tagName.toLowerCase() === 'figcaption' || el.closest(`figcaption, [${CAPTION_ATTR}]`)) continue;
    // Nested blocks (p inside li or blockquote) are read once, at the innermost level.
    if (el.querySelector(BLOCK_SELECTOR)) continue;
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!t || t === title) continue;
    b.line(partsOf(el, fromClone));
  }
  const date = isoDate(parsed.publishedTime) ?? isoDate(doc.querySelector('time[datetime]')?.getAttribute('datetime'));
  return {
    ...(title ? { title } : {}),
    ...(date ? { date } : {}),
    text: b.text(),
    nodes,
    charNode: b.nodes(),
    charOffset: b.offsets(),
  };
}

/** The article text of a page (for the CLI and the index build, which need no map to the page). */
export function articleFromHtml(doc: Document): ExtractedArticle | null {
  const page = readPage(doc);
  if (!page) return null;
  return { ...(page.title ? { title: page.title } : {}), ...(page.date ? { date: page.date } : {}), text: page.text };
}
