import { z } from 'zod';
import { claimId, ClaimSchema, type Claim } from '../claims/schema';
import { ArticleMetaSchema } from '../seeds/metadata';

/** Bumped whenever the index layout or the claim extraction changes meaning. */
export const INDEX_VERSION = 20;

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

/**
 * A claim as index.json stores it: without `id` ("<sourceId>#<index>") and `end` (start + the text's
 * length), which its other fields already say. With facts stored as claim positions, this took the
 * seeds' index from 3.04 to 2.93 KB gzip per article (the budget is 3 KB).
 */
export const StoredClaimSchema = ClaimSchema.omit({ id: true, end: true }).extend({
  // Lists most sentences leave empty are left out when empty (read back as []): 4 in 5 seed sentences
  // have no relative time, quotation, order or act (session 27: the seeds' index at 3.00 KB gzip per
  // article, over the budget by 6 bytes, then under it).
  relativeTimes: ClaimSchema.shape.relativeTimes.optional(),
  quotes: ClaimSchema.shape.quotes.optional(),
  order: ClaimSchema.shape.order.optional(),
  acts: ClaimSchema.shape.acts.optional(),
});
/** The lists StoredClaimSchema leaves out when empty. */
const SPARSE = ['relativeTimes', 'quotes', 'order', 'acts'] as const;
export const StoredIndexSchema = IndexSchema.extend({
  claims: z.array(StoredClaimSchema),
  /** Each claim's fact, as the position of the claim the fact is named after ("fact:<that claim's id>"). */
  facts: z.array(z.number().int().nonnegative()),
});
export type StoredIndex = z.infer<typeof StoredIndexSchema>;

const FACT_PREFIX = 'fact:';

/** The id of the fact whose group a claim roots (facts are named after their group's first claim). */
export const factId = (id: string): string => `${FACT_PREFIX}${id}`;

/** The index as index.json holds it. */
export function toStored(index: Index): StoredIndex {
  const at = new Map(index.claims.map((c, i) => [factId(c.id), i]));
  return {
    ...index,
    claims: index.claims.map(({ id: _id, end: _end, ...rest }) => {
      const out: StoredIndex['claims'][number] = rest;
      for (const k of SPARSE) if (rest[k].length === 0) delete out[k];
      return out;
    }),
    facts: index.facts.map((f, i) => {
      const root = at.get(f);
      if (root === undefined) throw new Error(`index: claim ${i}'s fact "${f}" names no claim of the index`);
      return root;
    }),
  };
}

/** A claim from its stored form (an index's or a remembered article's), as `sourceId`'s: id, end and the lists left out when empty. */
export function claimFromStored(c: StoredIndex['claims'][number], sourceId: string): Claim {
  return { id: claimId(sourceId, c.index), ...c, sourceId, relativeTimes: c.relativeTimes ?? [], quotes: c.quotes ?? [], order: c.order ?? [], acts: c.acts ?? [], end: c.start + c.text.length };
}

/** The index in memory, from its stored form (already validated, or trusted: the benchmark's own cache). */
export function fromStored(stored: StoredIndex): Index {
  const claims = stored.claims.map((c) => claimFromStored(c, c.sourceId));
  return {
    ...stored,
    claims,
    facts: stored.facts.map((root, i) => {
      const claim = claims[root];
      if (!claim) throw new Error(`claim ${i}'s fact points at claim ${root}, past the last claim`);
      return factId(claim.id);
    }),
  };
}

/** index.json's text for an index: its stored form, compact. */
export function serializeIndex(index: Index): string {
  return JSON.stringify(toStored(index));
}

/** Parses an index read from a file or storage, naming what is wrong when it is not one. */
export function parseIndex(data: unknown, where: string): Index {
  const version = (data as { version?: unknown } | null)?.version;
  if (version !== INDEX_VERSION) {
    throw new Error(`${where}: index version ${String(version)} is not the supported version ${INDEX_VERSION}; rebuild it with \`npm run build\``);
  }
  const r = StoredIndexSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new Error(`${where}: invalid index at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
  }
  try {
    return fromStored(r.data);
  } catch (e) {
    throw new Error(`${where}: invalid index: ${(e as Error).message}`);
  }
}
