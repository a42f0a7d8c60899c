import type { CorpusSummary } from './schema';

/**
 * The manager's list: the articles whose outlet, title, date or address contain every word of the
 * query (any case), newest first (publication date, else when remembered; undated articles after dated ones of the same day).
 */
export function filterSummaries(list: readonly CorpusSummary[], query: string): CorpusSummary[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const hay = (s: CorpusSummary) => `${s.outlet}\n${s.title}\n${s.date ?? 'undated'}\n${s.url}`.toLowerCase();
  const day = (s: CorpusSummary) => s.date ?? s.savedAt.slice(0, 10);
  return list
    .filter((s) => words.every((w) => hay(s).includes(w)))
    .sort((a, b) => day(b).localeCompare(day(a)) || b.savedAt.localeCompare(a.savedAt) || a.id.localeCompare(b.id));
}

/** The site (host) of an article's address, for "remove this site". */
export function siteOfArticle(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** Ids of every article from one site. */
export function idsOfSite(list: readonly CorpusSummary[], site: string): string[] {
  return list.filter((s) => siteOfArticle(s.url) === site).map((s) => s.id);
}

/** A byte count for people: "840 B", "12.4 KB", "3.1 MB". */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** The import's outcome in one sentence. */
export function importReport(r: { added: readonly unknown[]; replaced: readonly unknown[]; unchanged: readonly unknown[]; duplicates: readonly unknown[] }, fileName: string): string {
  const parts = [`${r.added.length} added`];
  if (r.replaced.length > 0) parts.push(`${r.replaced.length} updated`);
  if (r.unchanged.length > 0) parts.push(`${r.unchanged.length} already remembered`);
  if (r.duplicates.length > 0) parts.push(`${r.duplicates.length} already remembered under another address`);
  return `Imported ${fileName}: ${parts.join(', ')}.`;
}
