import { z } from 'zod';

/** Fields of an article's metadata that may be inferred rather than known. */
export const InferableField = z.enum(['outlet', 'title', 'language', 'url', 'date']);

/** `<name>.meta.json` beside an article in `seeds/`. */
export const ArticleMetaSchema = z.object({
  /** The outlet that published the text, as readers know it. */
  outlet: z.string().min(1),
  /** The article's headline. */
  title: z.string().min(1),
  /** BCP 47 language tag of the text. */
  language: z.string().min(2),
  /** Where the article was published, when known. */
  url: z.url().optional(),
  /** Publication date (YYYY-MM-DD), when known. */
  date: z.iso.date().optional(),
  /** Fields above whose value was inferred from clues in the text rather than known. */
  inferred: z.array(InferableField).default([]),
  /** Why the inferred values were chosen. */
  notes: z.string().optional(),
});
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;

/** An article as the index builder takes it. */
export interface Article {
  /** File name without extension. */
  id: string;
  meta: ArticleMeta;
  /** Plain article text (HTML already extracted). */
  text: string;
}
