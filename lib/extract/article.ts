import { Readability } from '@mozilla/readability';

/** Block elements whose text is one paragraph of the extracted article. */
const BLOCK_SELECTOR = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, pre';

export interface ExtractedArticle {
  title?: string;
  /** Article text: the title, then one block per line, blank lines between blocks. */
  text: string;
}

/**
 * The article on a page, without its furniture (navigation, teasers, comments, footer), through
 * Mozilla's Readability on a clone of the document. Headings are kept on lines of their own without
 * terminal punctuation, so sentence splitting classifies them as headlines and sub-heads; figure
 * captions are dropped.
 */
export function articleFromHtml(doc: Document): ExtractedArticle | null {
  const clone = doc.cloneNode(true) as Document;
  // The serializer hands back Readability's element itself: no HTML string is ever re-parsed.
  const parsed = new Readability<Element>(clone, { charThreshold: 200, serializer: (el) => el as Element }).parse();
  const holder = parsed?.content;
  if (!parsed || !holder) return null;
  const lines: string[] = [];
  const title = parsed.title?.trim();
  if (title) lines.push(title.replace(/[.!?]+$/, ''));
  for (const el of Array.from(holder.querySelectorAll(BLOCK_SELECTOR))) {
    if (el.tagName.toLowerCase() === 'figcaption' || el.closest('figcaption')) continue;
    // Nested blocks (p inside li or blockquote) are read once, at the innermost level.
    if (el.querySelector(BLOCK_SELECTOR)) continue;
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t && t !== title) lines.push(t);
  }
  return { ...(title ? { title } : {}), text: lines.join('\n\n') };
}
