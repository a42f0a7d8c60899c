import { z } from 'zod';
import { daysOf, namesOf, type StoryMarks } from '../match/same-story';
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
  return { id: m.id, url: m.url, textHash: m.textHash, date: m.date, names: new Set(m.names), days: m.days };
}
