// zod/mini: these schemas ship in the content script, where every kilobyte is read on every page.
import * as z from 'zod/mini';

export const DifferenceKind = z.enum(['number', 'date', 'actor', 'order', 'quote', 'term', 'certainty']);
export const Severity = z.enum(['conflict', 'detail']);

export const DifferenceSchema = z.lazy(() => z.object({
  /** What differs. */
  kind: DifferenceKind,
  /** `conflict`: both cannot be true; `detail`: compatible, different precision or confidence. */
  severity: Severity,
  /** The wording on the page being read. */
  here: z.string(),
  /** The other outlet's wording. */
  there: z.string(),
}));
export type Difference = z.infer<typeof DifferenceSchema>;

/**
 * No difference: what a comparison returns when it finds none, shared and frozen. A page compares
 * thousands of links against a large index, and most comparisons find nothing.
 */
export const NONE: readonly Difference[] = Object.freeze([]);
