import { describeZodError } from '../export/import';
import { recordOf } from './records';
import { CORPUS_EXPORT_FORMAT, CorpusExportSchema, type CorpusExport, type CorpusExportEntry, type CorpusRecord } from './schema';

/**
 * Largest corpus file read (characters of JSON). A reader's corpus of 10,000 articles of 6,000
 * characters is about 60 MB; 200 MB leaves room without letting a stray file freeze the page.
 */
export const MAX_CORPUS_FILE_CHARS = 200 * 1024 * 1024;

/** The corpus as one JSON file: each article's metadata and text, without the claims (read again on import, by whatever engine imports it). */
export function toCorpusExport(records: readonly CorpusRecord[], exportedAt: string = new Date().toISOString()): CorpusExport {
  return {
    format: CORPUS_EXPORT_FORMAT,
    version: 1,
    exportedAt,
    articles: [...records]
      .sort((a, b) => a.savedAt.localeCompare(b.savedAt) || a.id.localeCompare(b.id))
      .map((r) => ({ url: r.url, outlet: r.outlet, title: r.title, ...(r.date ? { date: r.date } : {}), text: r.text, savedAt: r.savedAt })),
  };
}

/**
 * A corpus file's articles, or an Error whose message names the file, the entry and the field:
 * `corpus.json: articles[3] ("Flood latest"): date: expected YYYY-MM-DD`. Nothing is stored here.
 */
export function parseCorpusExport(text: string, fileName: string): CorpusExportEntry[] {
  if (text.length > MAX_CORPUS_FILE_CHARS) throw new Error(`${fileName}: the file is too large to import (over ${MAX_CORPUS_FILE_CHARS / 1024 / 1024} MB).`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`${fileName}: not valid JSON (${e instanceof Error ? e.message : String(e)}).`);
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (format !== CORPUS_EXPORT_FORMAT) throw new Error(`${fileName}: not a Parallax corpus export (its "format" is ${JSON.stringify(format ?? null)}, expected "${CORPUS_EXPORT_FORMAT}").`);
  const r = CorpusExportSchema.safeParse(json);
  if (r.success) return r.data.articles;
  const issue = r.error.issues[0];
  const [top, entry] = issue?.path ?? [];
  if (top === 'articles' && typeof entry === 'number') {
    const raw = (json as { articles: unknown[] }).articles[entry] as { title?: unknown } | undefined;
    const named = typeof raw?.title === 'string' ? ` ("${raw.title.slice(0, 80)}")` : '';
    const rest = { issues: [{ ...issue, path: issue?.path.slice(2) ?? [] }] } as Parameters<typeof describeZodError>[0];
    throw new Error(`${fileName}: articles[${entry}]${named}: ${describeZodError(rest)}`);
  }
  throw new Error(`${fileName}: ${describeZodError(r.error)}`);
}

/** Records for imported entries, claims read now. */
export function recordsFromExport(entries: readonly CorpusExportEntry[], now: string = new Date().toISOString()): CorpusRecord[] {
  return entries.map((e) => recordOf(e, e.savedAt ?? now));
}
