import { z } from 'zod';
import { DifferenceSchema } from '../compare/difference';
import { annotationSchemas, type Link, type PageAnnotations, type SentenceAnnotation } from '../annotate/schema';
import { summarize } from './summary';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Prefix of a linking body's `source` when the other article has no URL. */
export const SOURCE_URN_PREFIX = 'urn:parallax:source:';

const LinkBody = z.object({
  type: z.literal('SpecificResource'),
  purpose: z.literal('linking'),
  /** The other article's URL, or urn:parallax:source:<id>. */
  source: z.string(),
  sourceId: z.string(),
  outlet: z.string(),
  /** The other article's publication date (YYYY-MM-DD), when known. */
  date: z.iso.date().optional(),
  /** Fact id shared by the sentences that report one fact. */
  fact: z.string(),
  selector: z.object({ type: z.literal('TextQuoteSelector'), exact: z.string() }),
  relation: z.enum(['agrees', 'differs']),
  differences: z.array(DifferenceSchema),
});
type W3CLinkBody = z.infer<typeof LinkBody>;

const CommentBody = z.object({
  type: z.literal('TextualBody'),
  purpose: z.literal('commenting'),
  format: z.literal('text/plain'),
  /** One-line summary for people. */
  value: z.string(),
});

/**
 * Parallax's extension data on one Annotation: what the W3C fields cannot carry, so an import restores
 * the annotation exactly. Optional: other producers' files (and exports from before 0.1.x added it)
 * parse without it.
 */
export const ParallaxItemSchema = z.object({
  /** Where the sentence sits on the page. */
  kind: annotationSchemas().SentenceAnnotation.shape.kind,
  /** One entry per linking body, in the same order. */
  links: z.array(
    z.object({
      /** Id of the other outlet's sentence in the index. */
      claimId: z.string(),
      /** Match strength, 0..1. */
      score: z.number(),
      /** The link's URL exactly as stored; absent when the link had none (its body's source is then a urn). */
      url: z.string().optional(),
    }),
  ),
});

/** Parallax's extension data on the AnnotationPage: the page-level fields of PageAnnotations. */
export const ParallaxPageSchema = z.object({
  /** Page URL (also every item's target.source; kept here so a page without annotations keeps it). */
  url: z.string(),
  title: z.string().optional(),
  /** The page's publication date (YYYY-MM-DD), when known. */
  date: z.iso.date().optional(),
  recognizedAs: z.string().optional(),
  excluded: z.array(z.string()),
  claims: z.number().int().nonnegative(),
});

export const W3CAnnotationSchema = z
  .object({
    id: z.string().regex(/^urn:uuid:[0-9a-f-]{36}$/),
    type: z.literal('Annotation'),
    motivation: z.literal('assessing'),
    /** ISO 8601. */
    created: z.iso.datetime(),
    status: z.enum(['corroborated', 'disputed']),
    target: z.object({
      source: z.string(),
      selector: z.tuple([
        z.object({ type: z.literal('TextQuoteSelector'), exact: z.string(), prefix: z.string(), suffix: z.string() }),
        z.object({ type: z.literal('TextPositionSelector'), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
      ]),
    }),
    body: z.tuple([CommentBody], LinkBody),
    /** Parallax extension data; optional so other producers' files still parse. */
    parallax: ParallaxItemSchema.optional(),
  })
  .superRefine((a, ctx) => {
    const bodies = a.body.length - 1;
    if (a.parallax && a.parallax.links.length !== bodies) {
      ctx.addIssue({
        code: 'custom',
        path: ['parallax', 'links'],
        message: `expected ${bodies} entr${bodies === 1 ? 'y' : 'ies'}, one per linking body, found ${a.parallax.links.length}`,
      });
    }
  });
export type W3CAnnotation = z.infer<typeof W3CAnnotationSchema>;

/** The export contract: a W3C Web Annotation Data Model AnnotationPage. */
export const W3CAnnotationPageSchema = z.object({
  '@context': z.literal(W3C_CONTEXT),
  type: z.literal('AnnotationPage'),
  /** "parallax <version>". */
  generator: z.string().regex(/^parallax \S+$/),
  items: z.array(W3CAnnotationSchema),
  /** Parallax extension data; optional so other producers' files still parse. */
  parallax: ParallaxPageSchema.optional(),
});
export type W3CAnnotationPage = z.infer<typeof W3CAnnotationPageSchema>;

/** A page's annotations as a W3C AnnotationPage. `created` is passed in so output is reproducible. */
export function toW3C(page: PageAnnotations, version: string, created: string): W3CAnnotationPage {
  return {
    '@context': W3C_CONTEXT,
    type: 'AnnotationPage',
    generator: `parallax ${version}`,
    items: page.annotations.map((a) => ({
      id: a.id,
      type: 'Annotation',
      motivation: 'assessing',
      created,
      status: a.status,
      target: {
        source: page.url,
        selector: [
          { type: 'TextQuoteSelector', exact: a.text, prefix: a.prefix, suffix: a.suffix },
          { type: 'TextPositionSelector', start: a.start, end: a.end },
        ],
      },
      body: [
        { type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: summarize(a) },
        ...a.links.map((l) => ({
          type: 'SpecificResource' as const,
          purpose: 'linking' as const,
          source: l.url ?? `${SOURCE_URN_PREFIX}${l.sourceId}`,
          sourceId: l.sourceId,
          outlet: l.outlet,
          ...(l.date !== undefined ? { date: l.date } : {}),
          fact: l.fact,
          selector: { type: 'TextQuoteSelector' as const, exact: l.text },
          relation: l.relation,
          differences: l.differences,
        })),
      ],
      parallax: {
        kind: a.kind,
        links: a.links.map((l) => ({ claimId: l.claimId, score: l.score, ...(l.url !== undefined ? { url: l.url } : {}) })),
      },
    })),
    parallax: {
      url: page.url,
      ...(page.title !== undefined ? { title: page.title } : {}),
      ...(page.date !== undefined ? { date: page.date } : {}),
      ...(page.recognizedAs !== undefined ? { recognizedAs: page.recognizedAs } : {}),
      excluded: page.excluded,
      claims: page.claims,
    },
  };
}

/** "Export all": one AnnotationPage per page, sorted by page URL (code-unit order, locale-independent). */
export function toW3CAll(pages: readonly PageAnnotations[], version: string, created: string): W3CAnnotationPage[] {
  return [...pages].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)).map((p) => toW3C(p, version, created));
}

/**
 * The inverse of `toW3C`: `fromW3C(toW3C(p, v, c))` equals `p`. The commenting body is derived
 * (`summarize`) and `created`/`generator` describe the export, so neither is restored.
 *
 * Files without the `parallax` blocks (other producers, older exports) get these defaults rather than an error:
 * - page: `url` from the first item's `target.source` ('' when there are no items), no title or
 *   recognizedAs, `excluded` [], `claims` = number of items;
 * - annotation: `kind` 'body';
 * - link: `score` 0, `claimId` `<body source>/<fact>` (e.g. `urn:parallax:source:ap/fact:12`), `url` the
 *   body's `source` unless it is the `urn:parallax:source:<sourceId>` placeholder toW3C writes for "no URL".
 *
 * The page is not validated here: an item without linking bodies gives an annotation with no links,
 * which PageAnnotationsSchema rejects (parseExportFile reports it).
 */
export function fromW3C(page: W3CAnnotationPage): PageAnnotations {
  const meta = page.parallax;
  return {
    url: meta?.url ?? page.items[0]?.target.source ?? '',
    ...(meta?.title !== undefined ? { title: meta.title } : {}),
    ...(meta?.date !== undefined ? { date: meta.date } : {}),
    ...(meta?.recognizedAs !== undefined ? { recognizedAs: meta.recognizedAs } : {}),
    excluded: meta ? [...meta.excluded] : [],
    claims: meta?.claims ?? page.items.length,
    annotations: page.items.map(annotationFromW3C),
  };
}

function annotationFromW3C(item: W3CAnnotation): SentenceAnnotation {
  const [quote, position] = item.target.selector;
  const [, ...bodies] = item.body;
  return {
    id: item.id,
    text: quote.exact,
    start: position.start,
    end: position.end,
    prefix: quote.prefix,
    suffix: quote.suffix,
    kind: item.parallax?.kind ?? 'body',
    status: item.status,
    links: bodies.map((b, i) => linkFromW3C(b, item.parallax ? item.parallax.links[i] : undefined)),
  };
}

function linkFromW3C(b: W3CLinkBody, extra: z.infer<typeof ParallaxItemSchema>['links'][number] | undefined): Link {
  const url = extra ? extra.url : b.source === `${SOURCE_URN_PREFIX}${b.sourceId}` ? undefined : b.source;
  return {
    sourceId: b.sourceId,
    outlet: b.outlet,
    ...(url !== undefined ? { url } : {}),
    ...(b.date !== undefined ? { date: b.date } : {}),
    claimId: extra?.claimId ?? `${b.source}/${b.fact}`,
    text: b.selector.exact,
    fact: b.fact,
    score: extra?.score ?? 0,
    relation: b.relation,
    differences: b.differences.map((d) => ({ ...d })),
  };
}
