// zod/mini: these schemas ship in the content script, where every kilobyte is read on every page.
import * as z from 'zod/mini';
import { PageAnnotationsSchema } from './annotate/schema';

/**
 * Every message between Parallax's contexts, validated with zod on arrival. Each context also checks
 * that the sender is Parallax itself (sender.id === runtime.id): a page's scripts cannot reach these.
 *
 *   content script → background: `annotate` (the page's article text) → AnnotateReply; `page-off` → nothing
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

/** Messages the background answers. */
export const RequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('index-status') }),
  AnnotateRequestSchema,
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
    timings: z.optional(z.object({ read: z.number(), match: z.number(), highlight: z.number(), total: z.number() })),
  }),
]);
export type PageState = z.infer<typeof PageStateSchema>;

export const RevealReplySchema = z.object({ ok: z.boolean() });
export type RevealReply = z.infer<typeof RevealReplySchema>;
