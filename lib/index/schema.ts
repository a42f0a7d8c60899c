import { z } from 'zod';
import { ClaimSchema } from '../claims/schema';
import { ArticleMetaSchema } from '../seeds/metadata';

/** Bumped whenever the index layout or the claim extraction changes meaning. */
export const INDEX_VERSION = 2;

export const SourceSchema = ArticleMetaSchema.extend({
  /** File name without extension; unique in the index. */
  id: z.string().min(1),
  /** Number of characters in the article text. */
  length: z.number().int().nonnegative(),
});
export type Source = z.infer<typeof SourceSchema>;

export const IndexSchema = z.object({
  /** Must equal INDEX_VERSION; an index of another version is rejected, not guessed at. */
  version: z.literal(INDEX_VERSION),
  /** "parallax <package version>". */
  generator: z.string(),
  /** The indexed articles, sorted by id. */
  sources: z.array(SourceSchema),
  /** Every claim of every article, sorted by source then sentence index. */
  claims: z.array(ClaimSchema),
  /** Fact id of each claim (same order as `claims`): claims reporting one fact share an id. */
  facts: z.array(z.string()),
  /**
   * For each claim (same order as `claims`), the positions of the claims it links to in the other
   * sources: the index's own cross-outlet links, used to corroborate a weak page match.
   */
  neighbors: z.array(z.array(z.number().int().nonnegative())),
});
export type Index = z.infer<typeof IndexSchema>;

/** Parses an index read from a file or storage, naming what is wrong when it is not one. */
export function parseIndex(data: unknown, where: string): Index {
  const version = (data as { version?: unknown } | null)?.version;
  if (version !== INDEX_VERSION) {
    throw new Error(`${where}: index version ${String(version)} is not the supported version ${INDEX_VERSION}; rebuild it with \`npm run build\``);
  }
  const r = IndexSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new Error(`${where}: invalid index at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
  }
  return r.data;
}
