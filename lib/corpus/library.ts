import type { Claim } from '../claims/schema';
import type { Index } from '../index/schema';
import { createMatcher, type Matcher } from '../match/matcher';
import { daysOf, namesOf } from '../match/same-story';
import { assembleIndex } from './assemble';
import { candidatesFor } from './candidates';
import { corpusIdOf } from './identity';
import { inMemory, marksOf, type CatalogMarks } from './marks';
import { selfIds } from './merge';
import { recordOf, type ArticleRead, type ArticleReadingInput } from './records';
import type { CorpusRecord } from './schema';
import type { CorpusStore, PutResult } from './store';

/** What a page is matched against: the bundled index, and the marks of every remembered article. */
export interface Loaded {
  bundled: Index;
  /** Every remembered article's marks, by id. */
  catalog: Map<string, CatalogMarks>;
  /** Why the corpus could not be read (matching then uses the bundled index alone), or null. */
  corpusError: string | null;
  /** Milliseconds loading took: the bundled index, the marks. */
  timings: { bundled: number; marks: number; storeOpened: number; marksRead: number; catalog: number };
}

/** The matcher for one page, and what it was made of. */
export interface PageMatcher {
  matcher: Matcher;
  /** Remembered articles that are this page itself (same URL, or the same text under another): never linked. */
  exclude: string[];
  /** The remembered articles it holds (lib/corpus/candidates.ts). */
  candidates: string[];
  /** Why the corpus could not be read, or null. */
  corpusError: string | null;
  /** Milliseconds spent on each step (the benchmark reads them): marks loaded, candidates chosen, their records read, the matcher made. */
  timings: { load: number; bundled: number; marks: number; storeOpened: number; marksRead: number; catalog: number; select: number; records: number; matcher: number };
}

export type RememberOutcome = 'added' | 'replaced' | 'unchanged' | 'duplicate';

function outcomeOf(r: PutResult): RememberOutcome {
  if (r.added.length > 0) return 'added';
  if (r.replaced.length > 0) return 'replaced';
  if (r.duplicates.length > 0) return 'duplicate';
  return 'unchanged';
}

/**
 * Parsed records kept in memory between pages: a reader moving between articles of one story asks for
 * the same candidates again. Twice the candidates of one page, so the next page of the story finds its
 * own and the last page's (about 10 KB each: 3 MB at most).
 */
export const CACHED_RECORDS = 300;
/** Matchers kept, by the articles they hold: reloading a page, or the popup asking about it, reuses its matcher. */
const CACHED_MATCHERS = 4;

/**
 * The background's view of the reader's corpus. A woken service worker reads every article's marks
 * (a few hundred bytes each) and nothing else; a page is matched against the bundled index plus the
 * remembered articles on its story (candidatesFor), whose claims are read from IndexedDB then and kept
 * for the next pages. So neither memory nor a page's wait grows with the corpus beyond its marks.
 * No browser API here: the store and the bundled index are given.
 */
export class CorpusLibrary {
  private current: Promise<Loaded> | undefined;
  private storeP: Promise<CorpusStore> | undefined;
  private readonly records = new Map<string, CorpusRecord>();
  private readonly matchers = new Map<string, Matcher>();

  constructor(
    private readonly bundled: () => Promise<Index>,
    private readonly openStore: () => Promise<CorpusStore>,
  ) {}

  private store(): Promise<CorpusStore> {
    this.storeP ??= this.openStore().catch((e: unknown) => {
      // Try again next time: IndexedDB may come back (another tab released it).
      this.storeP = undefined;
      throw e;
    });
    return this.storeP;
  }

  /** The bundled index and every remembered article's marks, read once per wake. */
  load(): Promise<Loaded> {
    this.current ??= this.read().catch((e: unknown) => {
      this.current = undefined;
      throw e;
    });
    return this.current;
  }

  /**
   * Resolves once the corpus's store is open and, when load() was called before, its marks have been
   * asked for (load's own step on the open store runs first); never rejects.
   */
  opened(): Promise<void> {
    return this.store().then(
      () => undefined,
      () => undefined,
    );
  }

  /** Forget what is loaded: the next page reads the marks again (the corpus changed elsewhere, e.g. in the manager). */
  invalidate(): void {
    this.current = undefined;
    this.records.clear();
    this.matchers.clear();
  }

  private async read(): Promise<Loaded> {
    const t0 = performance.now();
    // Both at once: the marks are read from IndexedDB while the bundled index is fetched and checked.
    let t1 = t0;
    const bundledP = this.bundled().then((b) => {
      t1 = performance.now();
      return b;
    });
    let opened = t0;
    let marksRead = t0;
    const marksP = this.store().then((s) => {
      opened = performance.now();
      return s.marks();
    }).then((m) => {
      marksRead = performance.now();
      return m;
    });
    const bundled = await bundledP;
    const catalog = new Map<string, CatalogMarks>();
    let corpusError: string | null = null;
    try {
      for (const m of await marksP) catalog.set(m.id, inMemory(m));
    } catch (e) {
      corpusError = e instanceof Error ? e.message : String(e);
    }
    const t2 = performance.now();
    return { bundled, catalog, corpusError, timings: { bundled: t1 - t0, marks: t2 - t0, storeOpened: opened - t0, marksRead: marksRead - t0, catalog: t2 - Math.max(marksRead, t1) } };
  }

  /** The corpus ids a page must never be linked to: itself, at its URL or under another. */
  async selfIdsOf(page: { url: string; text: string }): Promise<string[]> {
    return selfIds([...(await this.load()).catalog.values()], page);
  }

  /** The records of `ids`, from memory or IndexedDB (an article that cannot be read is left out). */
  private async recordsOf(ids: readonly string[]): Promise<CorpusRecord[]> {
    const missing = ids.filter((id) => !this.records.has(id));
    if (missing.length > 0) {
      for (const r of await (await this.store()).getMany(missing)) this.records.set(r.id, r);
    }
    const out: CorpusRecord[] = [];
    for (const id of ids) {
      const r = this.records.get(id);
      if (!r) continue;
      // Most recently used last: the first ones are dropped when the cache is full.
      this.records.delete(id);
      this.records.set(id, r);
      out.push(r);
    }
    for (const id of this.records.keys()) {
      if (this.records.size <= CACHED_RECORDS) break;
      this.records.delete(id);
    }
    return out;
  }

  /**
   * The matcher for a page whose claims are read: the bundled index plus the remembered articles on
   * its story, never the page itself.
   */
  async matcherFor(page: { url: string; text: string; date?: string | undefined; claims: readonly Claim[] }): Promise<PageMatcher> {
    const t0 = performance.now();
    const loaded = await this.load();
    const t1 = performance.now();
    const exclude = await this.selfIdsOf(page);
    let candidates: string[] = [];
    let records: CorpusRecord[] = [];
    let corpusError = loaded.corpusError;
    let t2 = t1;
    if (loaded.catalog.size > 0) {
      candidates = candidatesFor({ names: namesOf(page.claims), date: page.date, days: daysOf(page.claims) }, loaded.catalog.values(), new Set(exclude));
      t2 = performance.now();
      try {
        records = await this.recordsOf(candidates);
      } catch (e) {
        corpusError = e instanceof Error ? e.message : String(e);
      }
    }
    const t3 = performance.now();
    const matcher = this.matcherOfRecords(loaded.bundled, records);
    const t4 = performance.now();
    return { matcher, exclude, candidates: records.map((r) => r.id), corpusError, timings: { load: t1 - t0, ...loaded.timings, select: t2 - t1, records: t3 - t2, matcher: t4 - t3 } };
  }

  /** The matcher for a set of remembered articles (the popup's story view: the page's story from its linked articles). */
  async matcherOf(ids: readonly string[]): Promise<Matcher> {
    const loaded = await this.load();
    return this.matcherOfRecords(loaded.bundled, await this.recordsOf(ids.filter((id) => loaded.catalog.has(id))));
  }

  /** The matcher over the bundled index and these records, made once and kept (CACHED_MATCHERS, most recently used last). */
  private matcherOfRecords(bundled: Index, records: readonly CorpusRecord[]): Matcher {
    const key = records.map((r) => r.id).join('\n');
    const matcher = this.matchers.get(key) ?? createMatcher(assembleIndex(bundled, records));
    this.matchers.delete(key);
    this.matchers.set(key, matcher);
    for (const k of this.matchers.keys()) {
      if (this.matchers.size <= CACHED_MATCHERS) break;
      this.matchers.delete(k);
    }
    return matcher;
  }


  /**
   * Remembers one article (a page the reader read, or "Add this page"). `read` is what annotating the
   * page already made of it (its claims and links): given, remembering is one IndexedDB write.
   */
  async remember(input: ArticleReadingInput, read?: ArticleRead, savedAt?: string): Promise<RememberOutcome> {
    const record = recordOf(input, savedAt, read);
    const store = await this.store();
    const loaded = await this.load().catch(() => undefined);
    const outcome = outcomeOf(await store.put([record]));
    if (outcome === 'added' || outcome === 'replaced') {
      loaded?.catalog.set(record.id, inMemory(marksOf(record)));
      this.records.delete(record.id);
      // A matcher holding the old version of this article is stale; one without it stays right.
      if (outcome === 'replaced') this.matchers.clear();
    }
    return outcome;
  }

  /** Removes the article read at `url`; true when it was remembered. */
  async forget(url: string): Promise<boolean> {
    const id = corpusIdOf(url);
    const n = await (await this.store()).remove([id]);
    if (n > 0) {
      const loaded = await this.current?.catch(() => undefined);
      loaded?.catalog.delete(id);
      this.records.delete(id);
      this.matchers.clear();
    }
    return n > 0;
  }

  /**
   * How many articles are remembered, and whether the page at `url` is one of them: from the marks in
   * memory, not the store: counting there grows with the corpus.
   */
  async status(url: string | undefined): Promise<{ count: number; remembered: boolean }> {
    const loaded = await this.load();
    if (loaded.corpusError !== null) throw new Error(loaded.corpusError);
    return { count: loaded.catalog.size, remembered: url ? loaded.catalog.has(corpusIdOf(url)) : false };
  }

  /** A remembered article's outlet, title, date and URL, or undefined when it is not remembered. */
  async article(id: string): Promise<{ id: string; outlet: string; title: string; date?: string | undefined; url: string } | undefined> {
    const r = this.records.get(id) ?? (await (await this.store()).get(id));
    return r ? { id: r.id, outlet: r.outlet, title: r.title, date: r.date, url: r.url } : undefined;
  }

}
