import { z } from 'zod';
import { DifferenceKind, Severity } from '../compare/difference';

/** One sentence of one article, named by a verbatim substring unique in that article. */
export const MemberSchema = z.object({
  /** Article id (file name without extension). */
  doc: z.string(),
  /** Verbatim, unique substring of the sentence. */
  quote: z.string().min(3),
});
export type Member = z.infer<typeof MemberSchema>;

/** Hand-labelled gold: see tests/gold/GUIDE.md. */
export const GoldSchema = z.object({
  description: z.string(),
  /** Articles in the index the pages are matched against. */
  index: z.array(z.string()).min(1),
  /** Articles read as pages; only links from a page sentence are scored. */
  pages: z.array(z.string()).min(1),
  facts: z.array(z.object({
    id: z.string(),
    statement: z.string(),
    members: z.array(MemberSchema).min(2),
  })),
  differences: z.array(z.object({
    fact: z.string(),
    a: MemberSchema,
    b: MemberSchema,
    kind: DifferenceKind,
    severity: Severity,
    a_says: z.string().optional(),
    b_says: z.string().optional(),
  })),
});
export type Gold = z.infer<typeof GoldSchema>;
