import { buildIndex } from '../index/build';
import { INDEX_VERSION, toStored, type Index } from '../index/schema';
import { corpusIdOf, normalizeUrl, textHashOf } from './identity';
import { articleOf } from './merge';
import { describeZodError } from '../export/import';
import { CorpusRecordSchema, StaleRecordSchema, type CorpusRecord } from './schema';

/** An article as the reader's browser read it, before it is remembered. */
export interface ArticleReadingInput {
  url: string;
  outlet: string;
  title?: string | undefined;
  /** YYYY-MM-DD, when the page states it. */
  date?: string | undefined;
  text: string;
}

/** Longest outlet name and title kept (characters): a page's og:site_name or title can be anything. */
const MAX_OUTLET_CHARS = 300;
const MAX_TITLE_CHARS = 2_000;

/** The title when the page has none: the article's first line, which readPage makes the headline. */
function titleOf(input: ArticleReadingInput): string {
  const t = (input.title ?? '').replace(/\s+/g, ' ').trim() || (input.text.split('\n').find((l) => l.trim()) ?? '').trim() || input.url;
  return t.slice(0, MAX_TITLE_CHARS);
}

/**
 * The record that remembers an article: its identity (id from the URL, hash of the text) and its
 * claims as index.json stores them, read by the same engine that builds the index.
 */
export function recordOf(input: ArticleReadingInput, generator: string, savedAt: string = new Date().toISOString()): CorpusRecord {
  return recordWithIndex(input, generator, savedAt).record;
}

/** The record, and the article's own index (what recordOf reads the claims from), to merge into a corpus index already built. */
export function recordWithIndex(input: ArticleReadingInput, generator: string, savedAt: string = new Date().toISOString()): { record: CorpusRecord; index: Index } {
  const url = normalizeUrl(input.url);
  const id = corpusIdOf(url);
  const base = { id, url, outlet: input.outlet.replace(/\s+/g, ' ').trim().slice(0, MAX_OUTLET_CHARS) || new URL(url).hostname, title: titleOf(input), ...(input.date ? { date: input.date } : {}), text: input.text };
  const index = buildIndex([articleOf(base)], generator);
  return { record: { version: 1, ...base, textHash: textHashOf(input.text), savedAt, indexVersion: INDEX_VERSION, claims: toStored(index).claims }, index };
}

/**
 * A record read back from storage: checked with zod; when its claims come from an engine of another
 * INDEX_VERSION, they are read again from its text (id, URL, dates and savedAt kept). An error names
 * the field that is wrong.
 */
export function readRecord(raw: unknown, generator: string): { ok: true; record: CorpusRecord; refreshed: boolean } | { ok: false; error: string } {
  const version = (raw as { indexVersion?: unknown } | null)?.indexVersion;
  if (version === INDEX_VERSION) {
    const r = CorpusRecordSchema.safeParse(raw);
    return r.success ? { ok: true, record: r.data, refreshed: false } : { ok: false, error: describeZodError(r.error) };
  }
  const r = StaleRecordSchema.safeParse(raw);
  if (!r.success) return { ok: false, error: describeZodError(r.error) };
  const { record } = recordWithIndex(r.data, generator, r.data.savedAt);
  return { ok: true, record: { ...record, id: r.data.id, url: r.data.url, title: r.data.title, outlet: r.data.outlet }, refreshed: true };
}
