// zod/mini: these schemas ship in the content script, where every kilobyte is read on every page.
import * as z from 'zod/mini';
import { PageAnnotationsSchema, SentenceAnnotationSchema, type SentenceAnnotation } from './annotate/schema';

/**
 * Every message between Parallax's contexts, validated with zod on arrival. Each context also checks
 * that the sender is Parallax itself (sender.id === runtime.id): a page's scripts cannot reach these.
 *
 *   content script → background: `read-page` (a long page's HTML) → ReadPageReply; `annotate` (the page's article text) → AnnotateReply; `page-off` → nothing
 *   background → content script: `not-saved` (IndexedDB refused the annotations) → nothing
 *   popup → background:          `index-status` → IndexStatus
 *   popup → content script:      `page-state` → PageState; `reveal` (scroll to a highlight) → RevealReply
 */

/** Largest article text the background accepts (characters): a 100k-word page is about 650k. */
export const MAX_PAGE_TEXT = 2_000_000;

export const AnnotateRequestSchema = z.object({
  type: z.literal('annotate'),
  url: z.string().check(z.maxLength(10_000)),
  title: z.optional(z.string().check(z.maxLength(2_000))),
  /** Publication date (YYYY-MM-DD) when the page states one. */
  date: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  text: z.string().check(z.maxLength(MAX_PAGE_TEXT)),
});
export type AnnotateRequest = z.infer<typeof AnnotateRequestSchema>;

/** Largest page HTML the background reads for a content script (characters). */
export const MAX_PAGE_HTML = 40_000_000;

export const ReadPageRequestSchema = z.object({
  type: z.literal('read-page'),
  html: z.string().check(z.maxLength(MAX_PAGE_HTML)),
});

/** A long page's article, read in the background: see lib/extract/located.ts. */
export const ReadPageReplySchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    article: z.nullable(z.object({
      text: z.string().check(z.maxLength(MAX_PAGE_TEXT)),
      title: z.optional(z.string()),
      date: z.optional(z.string()),
      pieces: z.array(z.int()),
    })),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type ReadPageReply = z.infer<typeof ReadPageReplySchema>;

/** Messages the background answers. */
export const RequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('index-status') }),
  AnnotateRequestSchema,
  ReadPageRequestSchema,
  /** The content script found nothing to annotate (not an article, or Parallax is off there): clear the badge. */
  z.object({ type: z.literal('page-off') }),
]);
export type Request = z.infer<typeof RequestSchema>;

export const IndexStatusSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    generator: z.string(),
    sources: z.array(z.object({ id: z.string(), outlet: z.string(), title: z.string() })),
    claims: z.int(),
    facts: z.int(),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type IndexStatus = z.infer<typeof IndexStatusSchema>;

export const AnnotateReplySchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    page: PageAnnotationsSchema,
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type AnnotateReply = z.infer<typeof AnnotateReplySchema>;

/** AnnotateReplySchema with the annotations left to parseAnnotateReply, which checks them a slice at a time. */
const AnnotateReplyEnvelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), page: z.extend(PageAnnotationsSchema, { annotations: z.array(z.unknown()) }) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

/** Annotations checked per slice: a 100,000-word page's reply (1,388 annotations, 2.2 MB) took about 40 ms to check at once. */
export const REPLY_SLICE = 100;

/** AnnotateReplySchema's check, a slice of annotations at a time with `pause()` between slices, so that a long page's reply never blocks it. */
export async function parseAnnotateReply(data: unknown, pause: () => Promise<void>): Promise<AnnotateReply> {
  const envelope = AnnotateReplyEnvelopeSchema.parse(data);
  if (!envelope.ok) return envelope;
  const all = envelope.page.annotations;
  const annotations: SentenceAnnotation[] = [];
  for (let i = 0; i < all.length; i++) {
    if (i > 0 && i % REPLY_SLICE === 0) await pause();
    const r = SentenceAnnotationSchema.safeParse(all[i]);
    if (!r.success) throw new Error(`annotate reply: page.annotations.${i}.${r.error.issues[0]?.path.join('.') ?? ''}: ${r.error.issues[0]?.message ?? 'invalid'}`);
    annotations.push(r.data);
  }
  return { ok: true, page: { ...envelope.page, annotations } };
}

/** Messages the content script answers (sent by the popup, or the background, through tabs.sendMessage). */
export const ContentRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page-state') }),
  z.object({ type: z.literal('reveal'), id: z.string().check(z.maxLength(200)) }),
  /** From the background, after it replied with the annotations: storing them in IndexedDB failed, and why. */
  z.object({ type: z.literal('not-saved'), url: z.string(), error: z.string() }),
]);
export type ContentRequest = z.infer<typeof ContentRequestSchema>;

/** What the content script knows about its page, for the popup. */
export const PageStateSchema = z.discriminatedUnion('state', [
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
    /** Milliseconds spent on the last reading, for the benchmark: reading the article, matching (in the background, message included), highlighting. */
    timings: z.optional(z.object({
      read: z.number(),
      match: z.number(),
      highlight: z.number(),
      total: z.number(),
      /** The article was read in the background (a long page): `read` is a wait, not time the page was blocked. */
      readElsewhere: z.optional(z.boolean()),
    })),
  }),
]);
export type PageState = z.infer<typeof PageStateSchema>;

export const RevealReplySchema = z.object({ ok: z.boolean() });
export type RevealReply = z.infer<typeof RevealReplySchema>;
