import { ReadPageReplySchema } from '../messages';
import { readPage, type PageText } from './article';
import { resolveArticle, runsLength } from './located';
import { textRuns } from './text-runs';

/**
 * Pages with more text than this (characters, about 7,000 words) are read in the background. In the
 * page, reading took 28 ms at 2,000 words and 50 ms at 10,000 (npm run bench): past this size it would
 * be one task of 50 ms or more, which the reader feels.
 */
export const LONG_PAGE_CHARS = 50_000;

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
  // One walk of the page's text: its length decides, and a short page is read from the same nodes.
  const runs = textRuns(doc);
  if (runsLength(runs) <= LONG_PAGE_CHARS) return { text: readPage(doc, runs.flat()), elsewhere: false };
  try {
    await ctx.nextTask();
    const html = doc.documentElement.outerHTML;
    await ctx.nextTask();
    const raw = await ctx.readElsewhere(html);
    await ctx.nextTask();
    const reply = ReadPageReplySchema.parse(raw);
    if (reply.ok) {
      if (!reply.article) return { text: null, elsewhere: true };
      await ctx.nextTask();
      const live = textRuns(doc);
      await ctx.nextTask();
      const found = resolveArticle(doc, reply.article, live);
      if (found) return { text: found, elsewhere: true };
    }
  } catch {
    // Read here instead.
  }
  return { text: readPage(doc), elsewhere: false };
}
