import { ReadPageReplySchema } from '../messages';
import { articleOf, cloneForReading, parseClone, type PageText } from './article';
import { resolveArticle } from './located';
import { textRuns } from './text-runs';

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
 * The page's article, read in the background from the page's HTML and found here in the live text
 * nodes; when they no longer match (the page changed meanwhile, or its parse differs from the live
 * tree) or the background fails or answers something else, the page is read here after all.
 *
 * Every page goes to the background, whatever its length (session 29). Until then pages of up to
 * 20,000 characters were read here with Readability on a clone: its parse is the page's own cost, so
 * Parallax's page work could not come near 1.5× of it (issue 23) once highlighting was added. Read in
 * the background, the page only serializes, walks its text and finds the characters: in Chromium,
 * medians of 7 alternated loads, page work on the 1,000-word page 25.2 → 12.0 ms, on the 2,000-word
 * page 29.8 → 25.0, on the shape just under the old threshold 15.7 → 8.6, and the first highlight
 * no later (115 → 110 and 143 → 138 ms after DOMContentLoaded): the background's parse takes the place
 * of the page's own, and the page's main thread is free meanwhile. The CLI reads files the same way
 * (linkedom and readPage), so a page and its saved file give the same text.
 *
 * Each step is a task of its own: serializing, walking the text (while the background reads), checking
 * the reply, finding. On a 100,000-word page each takes 5–35 ms, and walking and serializing in one
 * task took 28–38 ms. The walk that locates the characters is the one taken just after serializing:
 * the reply's run numbers count the runs of that HTML, and a node the page removed or rewrote since no
 * longer matches (resolveArticle), so the page is then read here.
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
  try {
    const html = step(() => doc.documentElement.outerHTML);
    const asked = ctx.readElsewhere(html);
    // Unread when the walk below throws; its failure is then the fallback's business.
    asked.catch(() => undefined);
    await ctx.nextTask();
    const live = step(() => textRuns(doc));
    const raw = await asked;
    await ctx.nextTask();
    const reply = step(() => ReadPageReplySchema.parse(raw));
    if (reply.ok) {
      if (!reply.article) return { text: null, elsewhere: true, work };
      const article = reply.article;
      await ctx.nextTask();
      const found = step(() => resolveArticle(doc, article, live));
      if (found) return { text: found, elsewhere: true, work };
    }
  } catch {
    // Read here instead.
  }
  // Here: walking, cloning, Readability's parse and building the text each in a task of their own (in
  // one task, reading the 2k-word page was a task of 62 ms, traced). The page may change between the
  // steps; what is highlighted is checked against the page's text when it is marked (piecesHold).
  await ctx.nextTask();
  const live = step(() => textRuns(doc).flat());
  await ctx.nextTask();
  const copy = step(() => cloneForReading(doc, live));
  await ctx.nextTask();
  const parsed = step(() => parseClone(copy));
  await ctx.nextTask();
  const text = step(() => articleOf(doc, live, copy, parsed));
  return { text, elsewhere: false, work };
}
