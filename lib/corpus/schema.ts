import { z } from 'zod';
import { StoredClaimSchema } from '../index/schema';
import { CORPUS_ID_PREFIX } from './identity';

/** YYYY-MM-DD, as the index's article metadata holds dates. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** One remembered article, as the corpus store keeps it in IndexedDB (record version 1). */
const RecordFields = z.object({
    /** Record shape version, so a later release can migrate records one by one. */
    version: z.literal(1),
    /** `reader-<hash of the normalised URL>`: the store's key and the article's source id in the index. */
    id: z.string().startsWith(CORPUS_ID_PREFIX),
    /** Where the article was read (fragment and tracking parameters removed). */
    url: z.url(),
    /** The outlet: the page's og:site_name, else its host. */
    outlet: z.string().min(1).max(300),
    /** The article's headline. */
    title: z.string().min(1).max(2_000),
    /** Publication date (YYYY-MM-DD) from the page; absent when the page states none. */
    date: z.string().regex(DAY, 'expected YYYY-MM-DD').optional(),
    /** The article text as Parallax read it (the same text the page was matched with). */
    text: z.string().min(1),
    /** Hash of the normalised text (identity.ts textHashOf): the same article under another URL has the same. */
    textHash: z.string().regex(/^[0-9a-f]{16}$/, 'expected 16 hex digits'),
    /** When it was remembered, ISO 8601. */
    savedAt: z.iso.datetime(),
    /** INDEX_VERSION of the engine that read `claims`; claims of another version are read again. */
    indexVersion: z.number().int().positive(),
    /** The article's claims as index.json stores them (each with `sourceId` equal to `id`). */
    claims: z.array(StoredClaimSchema),
    /**
     * For each claim (same order), the ids ("<sourceId>#<n>") of the other articles' sentences it was
     * linked to when the article was read: the corpus's own links, kept so that corroboration and
     * stories work among remembered articles without matching the whole corpus again
     * (lib/corpus/assemble.ts). Absent for an article added without being read (an import).
     */
    links: z.array(z.array(z.string())).optional(),
  });

export const CorpusRecordSchema = RecordFields.refine((r) => r.claims.every((c) => c.sourceId === r.id), { path: ['claims'], message: 'a claim names another article' }).refine((r) => !r.links || r.links.length === r.claims.length, { path: ['links'], message: 'one list of links per claim expected' });
export type CorpusRecord = z.infer<typeof CorpusRecordSchema>;

/**
 * A record whose claims were read by an engine of another INDEX_VERSION: everything but the claims is
 * checked, and the claims are read again from its text (records.ts readRecord), so an engine update
 * never costs the reader an article.
 */
export const StaleRecordSchema = RecordFields.extend({ claims: z.array(z.unknown()) });

/** The manager's list row: what it shows of a record, without its text and claims. */
export interface CorpusSummary {
  id: string;
  url: string;
  outlet: string;
  title: string;
  date?: string | undefined;
  savedAt: string;
  chars: number;
  claimCount: number;
}

export function summaryOf(r: Pick<CorpusRecord, 'id' | 'url' | 'outlet' | 'title' | 'date' | 'savedAt'> & ({ text: string; claims: readonly unknown[] } | { chars: number; claimCount: number })): CorpusSummary {
  const chars = 'text' in r ? r.text.length : r.chars;
  const claimCount = 'claims' in r ? r.claims.length : r.claimCount;
  return { id: r.id, url: r.url, outlet: r.outlet, title: r.title, ...(r.date ? { date: r.date } : {}), savedAt: r.savedAt, chars, claimCount };
}

/** One article in an exported corpus: what a reader's browser knows of it, without derived claims (read again on import). */
export const CorpusExportEntrySchema = z.object({
  url: z.url(),
  outlet: z.string().min(1).max(300),
  title: z.string().min(1).max(2_000),
  date: z.string().regex(DAY, 'expected YYYY-MM-DD').optional(),
  text: z.string().min(1),
  savedAt: z.iso.datetime().optional(),
});
export type CorpusExportEntry = z.infer<typeof CorpusExportEntrySchema>;

/** Value of `format` in an exported corpus file. */
export const CORPUS_EXPORT_FORMAT = 'parallax-corpus';

/** The manager's "Export" file, and what `npm run annotate -- --corpus <file>` reads. */
export const CorpusExportSchema = z.object({
  format: z.literal(CORPUS_EXPORT_FORMAT),
  /** Export shape version. */
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  articles: z.array(CorpusExportEntrySchema),
});
export type CorpusExport = z.infer<typeof CorpusExportSchema>;
