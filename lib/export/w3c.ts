import { z } from 'zod';
import { DifferenceSchema } from '../compare/difference';
import type { PageAnnotations } from '../annotate/schema';
import { summarize } from './summary';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

const LinkBody = z.object({
  type: z.literal('SpecificResource'),
  purpose: z.literal('linking'),
  /** The other article's URL, or urn:parallax:source:<id>. */
  source: z.string(),
  sourceId: z.string(),
  outlet: z.string(),
  /** Fact id shared by the sentences that report one fact. */
  fact: z.string(),
  selector: z.object({ type: z.literal('TextQuoteSelector'), exact: z.string() }),
  relation: z.enum(['agrees', 'differs']),
  differences: z.array(DifferenceSchema),
});

const CommentBody = z.object({
  type: z.literal('TextualBody'),
  purpose: z.literal('commenting'),
  format: z.literal('text/plain'),
  /** One-line summary for people. */
  value: z.string(),
});

export const W3CAnnotationSchema = z.object({
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
});
export type W3CAnnotation = z.infer<typeof W3CAnnotationSchema>;

/** The export contract: a W3C Web Annotation Data Model AnnotationPage. */
export const W3CAnnotationPageSchema = z.object({
  '@context': z.literal(W3C_CONTEXT),
  type: z.literal('AnnotationPage'),
  /** "parallax <version>". */
  generator: z.string().regex(/^parallax \S+$/),
  items: z.array(W3CAnnotationSchema),
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
          source: l.url ?? `urn:parallax:source:${l.sourceId}`,
          sourceId: l.sourceId,
          outlet: l.outlet,
          fact: l.fact,
          selector: { type: 'TextQuoteSelector' as const, exact: l.text },
          relation: l.relation,
          differences: l.differences,
        })),
      ],
    })),
  };
}
