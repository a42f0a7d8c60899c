import { z } from 'zod';
import { dayNumber, daysOf, namesOf, spansOf, type StoryMarks } from '../match/same-story';
import type { Claim } from '../claims/schema';
import { CORPUS_ID_PREFIX } from './identity';

/**
 * What the background keeps in memory of every remembered article, so that a page is matched only
 * against the articles on its story and never against itself: identity (id, URL, text hash) and the
 * story marks same-story judging reads (names, date, the days its text names). A few hundred bytes an
 * article, where its claims take about 9 KB: 10,000 of these load on a service worker's wake, the
 * claims only for the few articles a page is matched against (lib/corpus/candidates.ts).
 */
export const ArticleMarksSchema = z.object({
  id: z.string().startsWith(CORPUS_ID_PREFIX),
  url: z.string().min(1),
  textHash: z.string().min(1),
  date: z.string().optional(),
  names: z.array(z.string()),
  days: z.array(z.string()),
  /** What the manager lists, so that listing 10,000 articles reads no text or claims. */
  outlet: z.string(),
  title: z.string(),
  savedAt: z.string(),
  chars: z.number().int().nonnegative(),
  claimCount: z.number().int().nonnegative(),
});
export type ArticleMarks = z.infer<typeof ArticleMarksSchema>;

/** An article's marks from its record's claims. */
export function marksOf(r: { id: string; url: string; textHash: string; date?: string | undefined; outlet: string; title: string; savedAt: string; text: string; claims: readonly Pick<Claim, 'entities' | 'dates'>[] }): ArticleMarks {
  return {
    id: r.id,
    url: r.url,
    textHash: r.textHash,
    ...(r.date ? { date: r.date } : {}),
    names: [...namesOf(r.claims)],
    days: daysOf(r.claims),
    outlet: r.outlet,
    title: r.title,
    savedAt: r.savedAt,
    chars: r.text.length,
    claimCount: r.claims.length,
  };
}

/** Marks in memory: names as a set, as same-story judging reads them. */
export interface CatalogMarks extends StoryMarks {
  id: string;
  url: string;
  textHash: string;
  names: ReadonlySet<string>;
}

export function inMemory(m: ArticleMarks): CatalogMarks {
  return { id: m.id, url: m.url, textHash: m.textHash, date: m.date, day: dayNumber(m.date), names: new Set(m.names), days: m.days, spans: spansOf(m.days) };
}

/**
 * Marks are stored MARKS_PER_CHUNK articles to a row, column by column: a woken worker reads 100 rows for
 * 10,000 articles instead of 10,000, and checks 11 arrays of strings and numbers per row instead of an
 * object per article (zod's per-object cost dominated: 10,000 rows took 270 ms to check cold in Node).
 * Remembering an article rewrites one row of at most this many. Small enough that a row stays inside
 * IndexedDB's own file: Chromium writes a value over 64 KB to a file of its own, and at 500 a row
 * (about 75 KB of the benchmark's marks) a cold worker's reading of 20 such files took 200–300 ms.
 * A real article's marks (longer URLs, titles, more names) take about 150–400 bytes, so 100 a row
 * stays under that size.
 */
export const MARKS_PER_CHUNK = 100;

/** Separators inside a column: names and days hold neither (names are lower-case words, days YYYY-MM-DD..YYYY-MM-DD). */
const NAME_SEP = '\n';
const DAY_SEP = ' ';

export const MarksChunkSchema = z
  .object({
    ids: z.array(z.string().startsWith(CORPUS_ID_PREFIX)),
    urls: z.array(z.string()),
    hashes: z.array(z.string()),
    /** '' when undated. */
    dates: z.array(z.string()),
    /** Each article's names joined by a newline. */
    names: z.array(z.string()),
    /** Each article's days joined by a space. */
    days: z.array(z.string()),
    outlets: z.array(z.string()),
    titles: z.array(z.string()),
    savedAts: z.array(z.string()),
    chars: z.array(z.number()),
    claimCounts: z.array(z.number()),
  })
  .refine((c) => [c.urls, c.hashes, c.dates, c.names, c.days, c.outlets, c.titles, c.savedAts, c.chars, c.claimCounts].every((col) => col.length === c.ids.length), { message: 'columns of different lengths' });
export type MarksChunk = z.infer<typeof MarksChunkSchema>;

export function packMarks(list: readonly ArticleMarks[]): MarksChunk {
  return {
    ids: list.map((m) => m.id),
    urls: list.map((m) => m.url),
    hashes: list.map((m) => m.textHash),
    dates: list.map((m) => m.date ?? ''),
    names: list.map((m) => m.names.join(NAME_SEP)),
    days: list.map((m) => m.days.join(DAY_SEP)),
    outlets: list.map((m) => m.outlet),
    titles: list.map((m) => m.title),
    savedAts: list.map((m) => m.savedAt),
    chars: list.map((m) => m.chars),
    claimCounts: list.map((m) => m.claimCount),
  };
}

const split = (s: string, sep: string): string[] => (s === '' ? [] : s.split(sep));

export function unpackMarks(c: MarksChunk): ArticleMarks[] {
  return c.ids.map((id, i) => {
    const date = c.dates[i] ?? '';
    return {
      id,
      url: c.urls[i] ?? '',
      textHash: c.hashes[i] ?? '',
      ...(date ? { date } : {}),
      names: split(c.names[i] ?? '', NAME_SEP),
      days: split(c.days[i] ?? '', DAY_SEP),
      outlet: c.outlets[i] ?? '',
      title: c.titles[i] ?? '',
      savedAt: c.savedAts[i] ?? '',
      chars: c.chars[i] ?? 0,
      claimCount: c.claimCounts[i] ?? 0,
    };
  });
}
