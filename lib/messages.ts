// zod/mini: these schemas ship in the content script, where every kilobyte is read on every page.
// Each is built on first use (z.lazy): building them all took about 8 ms of the content script's own
// evaluation in Chromium (its 'run' part 20.5 -> 12.1 ms, median of 7, with annotate/schema.ts, difference.ts
// and settings.ts also lazy), a task that must stay under 50 ms on every page (issue 23); most are
// never used in a given context.
import * as z from 'zod/mini';
import { annotationSchemas, PageAnnotationsSchema, type PageAnnotations, type SentenceAnnotation } from './annotate/schema';

/**
 * Every message between Parallax's contexts, validated with zod on arrival. Each context also checks
 * that the sender is Parallax itself (sender.id === runtime.id): a page's scripts cannot reach these.
 *
 *   content script → background: `read-page` (the page's HTML) → ReadPageReply; `annotate` (the page's article text) → AnnotateReply,
 *                                its first slice; `annotate-more` (the token a slice ended with) → the next slice (lib/reply-slices.ts); `page-off` → nothing;
 *                                `wake` (reading has begun) → { ok }
 *                                `remember` (the page's article, on the popup's "Add this page") → RememberReply
 *   background → content script: `not-saved` (IndexedDB refused the annotations) → nothing
 *   popup → background:          `index-status` → IndexStatus; `corpus-status` → CorpusStatus; `forget` (a page's URL) → RememberReply;
 *                                `story` (the page's URL and the articles it shares facts with) → StoryReply
 *   manager → background:        `corpus-changed` (it changed the corpus in IndexedDB) → { ok }
 *   popup → content script:      `page-state` → PageState, a slice at a time; `reveal` (scroll to a highlight) → RevealReply;
 *                                `remember-page` → RememberReply (the content script forwards its article as `remember`)
 */

/** Largest article text the background accepts (characters): a 100k-word page is about 650k. */
export const MAX_PAGE_TEXT = 2_000_000;

/** Why a page is not a news article (lib/corpus/eligibility.ts NotArticle). */
const NotArticleSchema = z.lazy(() => z.enum(['home-page', 'search-results', 'mail', 'form', 'document', 'not-readerable', 'no-article-markup']));

/** What the content script read about the page, for the background's decision to remember it (lib/corpus/eligibility.ts PageReading). */
export const PageReadingSchema = z.lazy(() => z.object({
  outlet: z.string().check(z.maxLength(300)),
  notArticle: z.nullable(NotArticleSchema),
  incognito: z.boolean(),
}));

export const AnnotateRequestSchema = z.lazy(() => z.object({
  type: z.literal('annotate'),
  /** Present when the page could be remembered in the reader's corpus. */
  reading: z.optional(PageReadingSchema),
  url: z.string().check(z.maxLength(10_000)),
  title: z.optional(z.string().check(z.maxLength(2_000))),
  /** Publication date (YYYY-MM-DD) when the page states one. */
  date: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  text: z.string().check(z.maxLength(MAX_PAGE_TEXT)),
}));
export type AnnotateRequest = z.infer<typeof AnnotateRequestSchema>;

/** Largest page HTML the background reads for a content script (characters). */
export const MAX_PAGE_HTML = 40_000_000;

export const ReadPageRequestSchema = z.lazy(() => z.object({
  type: z.literal('read-page'),
  html: z.string().check(z.maxLength(MAX_PAGE_HTML)),
  /** The page's address when its `annotate` request will follow: the background starts matching the article it read. */
  url: z.optional(z.string().check(z.maxLength(10_000))),
}));

/**
 * An array of safe integers, checked in one pass. z.array(z.int()) checks each element through zod's
 * machinery: the 29,256 numbers of a 100,000-word page's pieces took 12.5–13 ms in a fresh world
 * (Node, jitless, as the content script runs it once per page), where this check takes 1.3–1.6 ms;
 * in Chromium the task that receives and checks them went from 10–22 ms to 3.5–4.7 ms.
 */
const integers = z.custom<number[]>((v) => Array.isArray(v) && v.every((x) => Number.isSafeInteger(x)), 'expected an array of integers');

/** A long page's article read in the background, with where its characters come from among the page's text runs (lib/extract/located.ts). */
export const LocatedArticleSchema = z.lazy(() => z.object({
  text: z.string().check(z.maxLength(MAX_PAGE_TEXT)),
  title: z.optional(z.string()),
  date: z.optional(z.string()),
  /**
   * Flat quadruples [textStart, run, offsetInRun, length]: text[textStart…+length] was read from run
   * `run` starting at character `offsetInRun`. Characters in no quadruple (line breaks between blocks,
   * a title the page does not show) belong to no node.
   */
  pieces: integers,
}));
export type LocatedArticle = z.infer<typeof LocatedArticleSchema>;

export const ReadPageReplySchema = z.lazy(() => z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), article: z.nullable(LocatedArticleSchema) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]));
export type ReadPageReply = z.infer<typeof ReadPageReplySchema>;

/** The next slice of a long annotate reply, named by the token the previous slice ended with. */
export const AnnotateMoreRequestSchema = z.lazy(() => z.object({ type: z.literal('annotate-more'), token: z.string().check(z.maxLength(100)) }));

/** "Add this page": the article the content script read, remembered whatever the setting (never in a private window). */
export const RememberRequestSchema = z.lazy(() => z.object({
  type: z.literal('remember'),
  url: z.string().check(z.maxLength(10_000)),
  title: z.optional(z.string().check(z.maxLength(2_000))),
  date: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  text: z.string().check(z.minLength(1), z.maxLength(MAX_PAGE_TEXT)),
  reading: PageReadingSchema,
}));
export type RememberRequest = z.infer<typeof RememberRequestSchema>;

export const RememberReplySchema = z.lazy(() => z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), outcome: z.enum(['added', 'replaced', 'unchanged', 'duplicate', 'removed', 'absent']), count: z.int() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]));
export type RememberReply = z.infer<typeof RememberReplySchema>;

export const CorpusStatusSchema = z.lazy(() => z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    count: z.int(),
    remembered: z.boolean(),
    /** Why this page's article could not be remembered when it was read (storage full, IndexedDB refused). */
    notRemembered: z.optional(z.string()),
    /** Background time (ms) the last remembering took, from its record made to its write done: read by the benchmark. */
    lastRememberMs: z.optional(z.number()),
    /** Background milliseconds of the last page matched, step by step (lib/corpus/library.ts timings, plus reading claims and annotating): read by the benchmark. */
    lastMatchMs: z.optional(z.record(z.string(), z.number())),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]));
export type CorpusStatus = z.infer<typeof CorpusStatusSchema>;

/** Most seed articles a `story` request names (a page linked to more outlets than this is cut to these). */
export const MAX_STORY_SEEDS = 500;
/** Most articles a `story` reply lists. */
export const MAX_STORY_ARTICLES = 100;

/** The popup asks which remembered or bundled articles are on this page's story (lib/corpus/stories.ts). */
export const StoryRequestSchema = z.lazy(() => z.object({
  type: z.literal('story'),
  url: z.string().check(z.maxLength(10_000)),
  /** The articles the page shares enough facts with (storySeeds over its links). */
  seeds: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(MAX_STORY_SEEDS)),
}));

export const StoryArticleSchema = z.lazy(() => z.object({
  id: z.string(),
  outlet: z.string(),
  title: z.string(),
  date: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  url: z.optional(z.string()),
  /** The remembered copy of the page itself. */
  self: z.boolean(),
}));
export type StoryArticleReply = z.infer<typeof StoryArticleSchema>;

export const StoryReplySchema = z.lazy(() => z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), articles: z.array(StoryArticleSchema).check(z.maxLength(MAX_STORY_ARTICLES)) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]));
export type StoryReply = z.infer<typeof StoryReplySchema>;

/** Messages the background answers. */
export const RequestSchema = z.lazy(() => z.discriminatedUnion('type', [
  StoryRequestSchema,
  RememberRequestSchema,
  /** The popup's "Remove this page". */
  z.object({ type: z.literal('forget'), url: z.string().check(z.maxLength(10_000)) }),
  /** How many articles are remembered, and whether `url` is one. */
  z.object({ type: z.literal('corpus-status'), url: z.optional(z.string().check(z.maxLength(10_000))) }),
  /** The manager changed the corpus: match the next page against it as it is now. */
  z.object({ type: z.literal('corpus-changed') }),
  z.object({ type: z.literal('index-status') }),
  AnnotateRequestSchema,
  AnnotateMoreRequestSchema,
  ReadPageRequestSchema,
  /** The content script found nothing to annotate (not an article, or Parallax is off there): clear the badge. */
  z.object({ type: z.literal('page-off') }),
  /** A page on which Parallax is on has started reading its article: the background gets ready to match it meanwhile. */
  z.object({ type: z.literal('wake') }),
]));
export type Request = z.infer<typeof RequestSchema>;

export const IndexStatusSchema = z.lazy(() => z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    generator: z.string(),
    sources: z.array(z.object({ id: z.string(), outlet: z.string(), title: z.string() })),
    claims: z.int(),
    facts: z.int(),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]));
export type IndexStatus = z.infer<typeof IndexStatusSchema>;

/** What the content script gets back: the page's annotations (see PackedReply for how they travel). */
export type AnnotateReply = { ok: true; page: PageAnnotations } | { ok: false; error: string };
/** One message of the reply, unpacked: `next` is the token that fetches the next slice, when there is one. */
export type AnnotateReplySlice = { ok: true; page: PageAnnotations; next?: string } | { ok: false; error: string };

/**
 * The annotate reply as it travels: each other outlet's sentence is sent once, in `texts`, and a link
 * names it by position. A long page links the index's few sentences thousands of times (a 100,000-word
 * page: 3,653 links to 82 sentences), and Chrome hands the whole reply to the content script in one task.
 */
const PackedLinkSchema = z.lazy(() => z.extend(annotationSchemas().Link, { text: z.int().check(z.minimum(0)) }));
const PackedAnnotationSchema = z.lazy(() => z.extend(annotationSchemas().SentenceAnnotation, { links: z.array(PackedLinkSchema).check(z.minLength(1)) }));
const PackedReplySchema = z.lazy(() => z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    page: z.extend(annotationSchemas().PageAnnotations, { annotations: z.array(z.unknown()), texts: z.array(z.string()) }),
    next: z.optional(z.string()),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]));
type PackedAnnotation = z.infer<typeof PackedAnnotationSchema>;

/** Just the token a reply slice ends with, read before the slice is checked in full (lib/reply-slices.ts asks for the next slice meanwhile). */
const NextTokenSchema = z.lazy(() => z.object({ ok: z.literal(true), next: z.string() }));

/** The token of the slice after this raw annotate reply, or undefined when it is the last (or not a reply at all: the full check says why). */
export function nextToken(data: unknown): string | undefined {
  const r = NextTokenSchema.safeParse(data);
  return r.success ? r.data.next : undefined;
}

/** One annotate message as it travels (see PackedReplySchema). */
export type PackedReply = { ok: true; page: Omit<PageAnnotations, 'annotations'> & { annotations: PackedAnnotation[]; texts: string[] }; next?: string };

/** The background's reply for a page, packed for the message (see PackedReplySchema). */
export function packReply(page: PageAnnotations): PackedReply {
  const texts: string[] = [];
  const at = new Map<string, number>();
  const ref = (t: string) => {
    let i = at.get(t);
    if (i === undefined) at.set(t, (i = texts.push(t) - 1));
    return i;
  };
  return { ok: true, page: { ...page, annotations: page.annotations.map((a) => ({ ...a, links: a.links.map((l) => ({ ...l, text: ref(l.text) })) })), texts } };
}

/** What one sentence's annotation weighs in a message: itself and each of its links (the unit of REPLY_SLICE and of lib/reply-slices.ts). */
export const messageWeight = (a: { links: readonly unknown[] }): number => 1 + a.links.length;

/**
 * Links (and annotations) checked per slice. A 100,000-word page's reply (1,388 annotations, 3,653
 * links) took about 40 ms to check at once; a 2,000-word page against 10,000 articles has 3,112 links
 * on 31 sentences, so a slice is counted in links, not sentences.
 */
export const REPLY_SLICE = 300;

/**
 * The annotate reply checked (zod) and unpacked, a slice of annotations at a time with `pause()`
 * between slices, so that a long page's reply never blocks it. Errors name the annotation and field.
 */
export async function parseAnnotateReply(data: unknown, pause: () => Promise<void>): Promise<AnnotateReplySlice> {
  const envelope = PackedReplySchema.parse(data);
  if (!envelope.ok) return envelope;
  const { texts, annotations: all, ...page } = envelope.page;
  const next = envelope.next;
  const annotations: SentenceAnnotation[] = [];
  let checked = 0;
  for (let i = 0; i < all.length; i++) {
    if (checked >= REPLY_SLICE) {
      await pause();
      checked = 0;
    }
    const r = PackedAnnotationSchema.safeParse(all[i]);
    if (!r.success) throw new Error(`annotate reply: page.annotations.${i}.${r.error.issues[0]?.path.join('.') ?? ''}: ${r.error.issues[0]?.message ?? 'invalid'}`);
    const links = r.data.links.map((l, j) => {
      const text = texts[l.text];
      if (text === undefined) throw new Error(`annotate reply: page.annotations.${i}.links.${j}.text: no text ${l.text} (${texts.length} sent)`);
      return { ...l, text };
    });
    annotations.push({ ...r.data, links });
    checked += messageWeight({ links });
  }
  return { ok: true, page: { ...page, annotations }, ...(next !== undefined ? { next } : {}) };
}

/** Messages the content script answers (sent by the popup, or the background, through tabs.sendMessage). */
export const ContentRequestSchema = z.lazy(() => z.discriminatedUnion('type', [
  /** The page's state; an annotated page's annotations from `from` on, a slice at a time (lib/reply-slices.ts). */
  z.object({ type: z.literal('page-state'), from: z.optional(z.int().check(z.minimum(0))) }),
  z.object({ type: z.literal('reveal'), id: z.string().check(z.maxLength(200)) }),
  /** The popup's "Add this page": the content script sends its article to the background to be remembered. */
  z.object({ type: z.literal('remember-page') }),
  /** From the background, after it replied with the annotations: storing them in IndexedDB failed, and why. */
  z.object({ type: z.literal('not-saved'), url: z.string(), error: z.string() }),
]));
export type ContentRequest = z.infer<typeof ContentRequestSchema>;

/** What the content script knows about its page, for the popup. */
export const PageStateSchema = z.lazy(() => z.discriminatedUnion('state', [
  /** Still reading or matching the page. */
  z.object({ state: z.literal('working'), url: z.string() }),
  /** Parallax is switched off for this site. */
  z.object({ state: z.literal('disabled'), url: z.string() }),
  /** No article found on the page (a home page, a search page, a form). */
  z.object({ state: z.literal('not-article'), url: z.string() }),
  /** The bundled index could not be loaded or read. */
  z.object({ state: z.literal('index-error'), url: z.string(), error: z.string() }),
  /** The page was read; `page.annotations` may be empty (no fact from the index on this page). */
  z.object({
    state: z.literal('annotated'),
    page: PageAnnotationsSchema,
    /** How many annotations are highlighted in the page (fewer than listed when anchoring failed or highlights are off). */
    highlighted: z.int().check(z.minimum(0)),
    notSaved: z.nullable(z.string()),
    /** Which reading of the page this is: slices of two readings are never put together. */
    revision: z.int(),
    /** Where the next slice of `page.annotations` starts, when this one is not the last. */
    next: z.optional(z.int().check(z.minimum(1))),
    /** Milliseconds spent on the last reading, for the benchmark: reading the article, matching (in the background, message included), highlighting. */
    timings: z.optional(z.object({
      read: z.number(),
      match: z.number(),
      highlight: z.number(),
      total: z.number(),
      /** The article was read in the background (a long page): `read` is a wait, not time the page was blocked. */
      readElsewhere: z.optional(z.boolean()),
      /** Main-thread time of reading and highlighting in the page (ms), waits and the background's matching left out. */
      pageWork: z.optional(z.number()),
      /** When the content script began to run and when this reading began, ms from navigation start (performance.now()). */
      scriptStarted: z.optional(z.number()),
      modulesEvaluated: z.optional(z.number()),
      runStarted: z.optional(z.number()),
    })),
  }),
]));
export type PageState = z.infer<typeof PageStateSchema>;

export const RevealReplySchema = z.lazy(() => z.object({ ok: z.boolean() }));
export type RevealReply = z.infer<typeof RevealReplySchema>;
