import { ReadPageReplySchema } from '../messages';
import { articleOf, cloneForReading, parseClone, readPage, type PageText } from './article';
import { resolveArticle, runsLength } from './located';
import { textRuns } from './text-runs';

/**
 * Pages with more text than this (characters of page text, textRuns) are read in the background. Reading
 * in the page is Readability's parse of a clone, one task that cannot yield, and it grows with the
 * page's markup more than with its text: on the real-world shapes of scripts/bench/shapes.ts (33,000–
 * 49,000 characters: a blog with comments, a documentation page, a wiki article, a news page with ads)
 * Readability's parse alone took 50–250 ms (medians, 2-core machine under heavy load, issue 23), so
 * cutting the in-page read into tasks could not bring its longest task under that one parse; read in
 * the background, the page's side of reading them (serialize, check, walk, find, each a task of its
 * own) summed to 23–62 ms, about one Readability parse spread over five tasks. The 2,000-word
 * benchmark page (14,000 characters) stays in the page: reading it elsewhere would add the
 * background's parse to its first highlight. (50,000 until issue 23.)
 */
export const LONG_PAGE_CHARS = 20_000;

/** What reading needs from its context: the background's reading of a page's HTML, and a way to yield the main thread. */
export interface ReadContext {
  /** Sends the page's HTML to be read elsewhere; answers a ReadPageReply (checked here). */
  readElsewhere(html: string): Promise<unknown>;
  /** Resolves in a later task, so that each step is a task of its own. */
  nextTask(): Promise<void>;
}

export interface ArticleReading {
  text: PageText | null;
  /** The article was read in the background (the page only located it). */
  elsewhere: boolean;
  /** Time the page's main thread spent on this reading (ms), its waits left out: the benchmark's page work. */
  work: number;
}

/**
 * The page's article. A long page is read in the background from its HTML (Readability is one task
 * that cannot yield: about 240 ms on a 100,000-word page), and its characters found here in the live
 * text nodes; when they no longer match (the page changed meanwhile) or the background fails or
 * answers something else, the page is read here after all. Each step on a long page is its own task
 * (walking the text, serializing, sending, checking, walking again, finding): on a 100,000-word page
 * each takes 5–35 ms, and together they blocked the page for over 50 ms (walking and serializing in
 * one task: 28–38 ms; walking again and finding in one task: 15–26 ms over 6 loads, now 5–11 and
 * 11–18 ms).
 */
export async function readArticle(doc: Document, ctx: ReadContext): Promise<ArticleReading> {
  let work = 0;
  /** Runs one step of the reading, adding its time to `work`. */
  const step = <T>(f: () => T): T => {
    const t = performance.now();
    try {
      return f();
    } finally {
      work += performance.now() - t;
    }
  };
  // One walk of the page's text: its length decides, and a short page is read from the same nodes.
  const runs = step(() => textRuns(doc));
  if (step(() => runsLength(runs)) <= LONG_PAGE_CHARS) {
    // Cloning, Readability's parse and building the text each in a task of their own: in one task with
    // the walk before them, reading the 2k-word page was a task of 62 ms (traced; Readability alone
    // 14–20 ms of it). The page may change between the steps; what is highlighted is checked against
    // the page's text when it is marked (piecesHold), as for a long page read in the background.
    const live = runs.flat();
    await ctx.nextTask();
    const copy = step(() => cloneForReading(doc, live));
    await ctx.nextTask();
    const parsed = step(() => parseClone(copy));
    await ctx.nextTask();
    const text = step(() => articleOf(doc, live, copy, parsed));
    return { text, elsewhere: false, work };
  }
  try {
    await ctx.nextTask();
    const html = step(() => doc.documentElement.outerHTML);
    await ctx.nextTask();
    const raw = await ctx.readElsewhere(html);
    await ctx.nextTask();
    const reply = step(() => ReadPageReplySchema.parse(raw));
    if (reply.ok) {
      if (!reply.article) return { text: null, elsewhere: true, work };
      const article = reply.article;
      await ctx.nextTask();
      const live = step(() => textRuns(doc));
      await ctx.nextTask();
      const found = step(() => resolveArticle(doc, article, live));
      if (found) return { text: found, elsewhere: true, work };
    }
  } catch {
    // Read here instead.
  }
  const text = step(() => readPage(doc));
  return { text, elsewhere: false, work };
}
