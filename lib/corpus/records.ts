import { buildIndex } from '../index/build';
import { INDEX_VERSION, toStored, type Index } from '../index/schema';
import { corpusIdOf, normalizeUrl, textHashOf } from './identity';
import { articleOf } from './merge';
import type { CorpusRecord } from './schema';

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
