import { extractClaims } from '../claims/extract';
import type { Claim } from '../claims/schema';
import { referenceDate } from '../index/build';
import { INDEX_VERSION } from '../index/schema';
import { corpusIdOf, normalizeUrl, textHashOf } from './identity';
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

/** What reading a page already made of it: its claims (as annotatePage read them) and, per claim, the ids of the sentences it was linked to. */
export interface ArticleRead {
  claims: readonly Claim[];
  links?: readonly (readonly string[])[];
}

/**
 * The record that remembers an article: its identity (id from the URL, hash of the text) and its
 * claims as index.json stores them. When the page was just annotated, its claims and links are given
 * (`read`) and kept as they are: remembering then costs no second reading of the text. Otherwise the
 * claims are read here by the same engine, dated by the article's date as the index builder dates them.
 */
export function recordOf(input: ArticleReadingInput, savedAt: string = new Date().toISOString(), read?: ArticleRead): CorpusRecord {
  const url = normalizeUrl(input.url);
  const id = corpusIdOf(url);
  const base = { id, url, outlet: input.outlet.replace(/\s+/g, ' ').trim().slice(0, MAX_OUTLET_CHARS) || new URL(url).hostname, title: titleOf(input), ...(input.date ? { date: input.date } : {}), text: input.text };
  const claims = read?.claims ?? extractClaims(input.text, id, referenceDate(input.date));
  const stored = claims.map(({ id: _id, end: _end, ...rest }) => ({ ...rest, sourceId: id }));
  const links = read?.links && read.links.length === claims.length ? { links: read.links.map((l) => [...l]) } : {};
  return { version: 1, ...base, textHash: textHashOf(input.text), savedAt, indexVersion: INDEX_VERSION, claims: stored, ...links };
}

/**
 * A record read back from storage: checked with zod; when its claims come from an engine of another
 * INDEX_VERSION, they are read again from its text (id, URL, dates and savedAt kept). An error names
 * the field that is wrong.
 */
export function readRecord(raw: unknown): { ok: true; record: CorpusRecord; refreshed: boolean } | { ok: false; error: string } {
  const version = (raw as { indexVersion?: unknown } | null)?.indexVersion;
  if (version === INDEX_VERSION) {
    const r = CorpusRecordSchema.safeParse(raw);
    return r.success ? { ok: true, record: r.data, refreshed: false } : { ok: false, error: describeZodError(r.error) };
  }
  const r = StaleRecordSchema.safeParse(raw);
  if (!r.success) return { ok: false, error: describeZodError(r.error) };
  const { links: _stale, ...rest } = r.data;
  const record = recordOf(rest, r.data.savedAt);
  return { ok: true, record: { ...record, id: r.data.id, url: r.data.url, title: r.data.title, outlet: r.data.outlet }, refreshed: true };
}
