// zod/mini: these schemas ship in the content script, where every kilobyte is read on every page.
import * as z from 'zod/mini';
import { DifferenceSchema } from '../compare/difference';

/** YYYY-MM-DD. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The annotation schemas, built on first use and once: the content script imports them on every page
 * it starts on, and building zod schemas is most of the script's own start-up (lib/messages.ts). Code
 * that derives a schema from these (z.extend, .shape) takes them from here; everything else uses the
 * lazy exports below.
 */
let built: ReturnType<typeof buildAnnotationSchemas> | undefined;
export const annotationSchemas = (): ReturnType<typeof buildAnnotationSchemas> => (built ??= buildAnnotationSchemas());

function buildAnnotationSchemas() {
  const LinkSchema = z.object({
    /** The other article. */
    sourceId: z.string(),
    /** Its outlet, for people. */
    outlet: z.string(),
    /** Its URL when known. */
    url: z.optional(z.string()),
    /** Its publication date (YYYY-MM-DD) when known. */
    date: z.optional(z.string().check(z.regex(DAY))),
    /** Id of the other outlet's sentence in the index. */
    claimId: z.string(),
    /** The other outlet's sentence. */
    text: z.string(),
    /** Fact the two sentences report. */
    fact: z.string(),
    /** Match strength, 0..1. */
    score: z.number(),
    /** `differs` when any difference was found. */
    relation: z.enum(['agrees', 'differs']),
    differences: z.array(DifferenceSchema),
  });

  const SentenceAnnotationSchema = z.object({
    /** Deterministic id (a name-based UUID from page and sentence). */
    id: z.string(),
    /** The page's sentence. */
    text: z.string(),
    /** Offsets in the page text. */
    start: z.int().check(z.minimum(0)),
    end: z.int().check(z.minimum(0)),
    /** Up to 32 characters of page text before and after, for re-anchoring. */
    prefix: z.string(),
    suffix: z.string(),
    kind: z.enum(['headline', 'subhead', 'body']),
    /** `disputed` when any link has a conflict. */
    status: z.enum(['corroborated', 'disputed']),
    links: z.array(LinkSchema).check(z.minLength(1)),
  });

  const PageAnnotationsSchema = z.object({
    /** Page URL, or file URL for the CLI. */
    url: z.string(),
    /** Page title, when known. */
    title: z.optional(z.string()),
    /** The page's publication date (YYYY-MM-DD), when it states one: differences with reports days apart say so. */
    date: z.optional(z.string()),
    /** The indexed article this page was recognised as, if any (its own links are never shown). */
    recognizedAs: z.optional(z.string()),
    /** Sources left out of matching (the recognised one and any the user excluded). */
    excluded: z.array(z.string()),
    /** Number of claims read on the page. */
    claims: z.int().check(z.minimum(0)),
    annotations: z.array(SentenceAnnotationSchema),
  });
  return { Link: LinkSchema, SentenceAnnotation: SentenceAnnotationSchema, PageAnnotations: PageAnnotationsSchema };
}

export const LinkSchema = z.lazy(() => annotationSchemas().Link);
export type Link = z.infer<typeof LinkSchema>;
export const SentenceAnnotationSchema = z.lazy(() => annotationSchemas().SentenceAnnotation);
export type SentenceAnnotation = z.infer<typeof SentenceAnnotationSchema>;
export const PageAnnotationsSchema = z.lazy(() => annotationSchemas().PageAnnotations);
export type PageAnnotations = z.infer<typeof PageAnnotationsSchema>;
