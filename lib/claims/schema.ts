import { z } from 'zod';

const Span = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };

export const QuantitySchema = z.object({
  /** The phrase as written, with what it counts. */
  text: z.string(),
  /** The figure as written, qualifier included. */
  figure: z.string(),
  ...Span,
  /** The stated number, or null for vague amounts ("dozens"). */
  value: z.number().nullable(),
  /** How the figure is qualified. */
  qualifier: z.enum(['exact', 'more-than', 'at-least', 'up-to', 'less-than', 'about', 'vague']),
  /** Smallest value allowed. */
  min: z.number(),
  /** Largest value allowed, null when unbounded. */
  max: z.number().nullable(),
  /** Class of what is counted. */
  counted: z.string(),
});

export const DateRefSchema = z.object({
  /** As written. */
  text: z.string(),
  ...Span,
  /** First day covered (YYYY-MM-DD). */
  from: z.string(),
  /** Last day covered (YYYY-MM-DD). */
  to: z.string(),
  /** How precise the date is. */
  granularity: z.enum(['day', 'part', 'month', 'year', 'decade']),
  /** The year was not written and was read from the article's date. */
  yearImplied: z.boolean(),
});

export const RelativeTimeSchema = z.object({
  /** As written ("less than a month after"). */
  text: z.string(),
  ...Span,
  /** Shortest gap allowed, in days. */
  minDays: z.number(),
  /** Longest gap allowed, in days. */
  maxDays: z.number(),
  /** Names no figure ("shortly after"). */
  vague: z.boolean(),
});

export const QuoteSpanSchema = z.object({ /** Words inside the quotation marks. */ text: z.string(), ...Span });

export const CertaintySchema = z.object({
  /** Hedge words outside quotations. */
  hedges: z.array(z.string()),
  /** Attribution phrases outside quotations. */
  attributions: z.array(z.string()),
  /** Negations outside quotations: the sentence denies what it speaks of. */
  negations: z.array(z.string()),
});

/** A claim's id: its source and the sentence's place among the source's sentences. */
export function claimId(sourceId: string, index: number): string {
  return `${sourceId}#${index}`;
}

export const ClaimSchema = z.object({
  /** `<sourceId>#<sentence index>`: stable while the source text is unchanged. */
  id: z.string(),
  /** The article the sentence belongs to. */
  sourceId: z.string(),
  /** Where the sentence stands among the article's sentences (0-based, over all kinds). */
  index: z.number().int().nonnegative(),
  /** Headline, sub-head or body. */
  kind: z.enum(['headline', 'subhead', 'body']),
  /** The sentence, line breaks read as spaces. */
  text: z.string(),
  /** Offsets of the sentence in the article text. */
  ...Span,
  /** Matching features: concepts and `e:` entity ids, sorted, unique. */
  features: z.array(z.string()),
  /**
   * Features of each clause when the sentence joins several ("…, which killed two civilians, and
   * injured …"); empty for a one-clause sentence. A fact stated in one clause can then be matched
   * without the other clause diluting the score.
   */
  clauses: z.array(z.array(z.string())),
  /** Entity ids mentioned, in order of first mention. */
  entities: z.array(z.string()),
  /**
   * States the sentence speaks of without naming them, which matching treats as the states it acts
   * as. Extraction leaves it out (lib/claims/extract.ts says why; an empty list in every claim of
   * every index was 85 bytes of the seeds index's gzip); the field stays so that a claim built
   * elsewhere (an import, a test of the state masks) can carry such states.
   */
  contextStates: z.array(z.string()).optional(),
  quantities: z.array(QuantitySchema),
  dates: z.array(DateRefSchema),
  /** Times relative to another event ("three weeks after"). */
  relativeTimes: z.array(RelativeTimeSchema),
  quotes: z.array(QuoteSpanSchema),
  certainty: CertaintySchema,
  /** Before/after relations between anchored events. */
  order: z.array(z.object({ first: z.string(), second: z.string(), text: z.string() })),
  /** Acts of government bodies. */
  acts: z.array(z.object({ actor: z.string(), act: z.string(), text: z.string() })),
});
export type Claim = z.infer<typeof ClaimSchema>;
