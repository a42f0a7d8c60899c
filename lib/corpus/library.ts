import { z } from 'zod';
import { parseIndex, toStored, type Index } from '../index/schema';
import { createMatcher, type Matcher } from '../match/matcher';
import { corpusIdOf } from './identity';
import { corpusIndex, mergeIndexes, selfIds, type CatalogEntry } from './merge';
import { recordWithIndex, type ArticleReadingInput } from './records';
import type { CorpusStore, PutResult } from './store';

const CatalogSchema = z.array(z.object({ id: z.string(), url: z.string(), textHash: z.string() }));

/** What pages are matched against: the bundled index merged with the reader's corpus. */
export interface Loaded {
  matcher: Matcher;
  /** The remembered articles, to recognise a page as one of them. */
  catalog: CatalogEntry[];
  /** Why the corpus could not be read (matching then uses the bundled index alone), or null. */
  corpusError: string | null;
  /** Whether the corpus index was built now (true) or loaded as saved (false). */
  built: boolean;
}

export type RememberOutcome = 'added' | 'replaced' | 'unchanged' | 'duplicate';

function outcomeOf(r: PutResult): RememberOutcome {
  if (r.added.length > 0) return 'added';
  if (r.replaced.length > 0) return 'replaced';
  if (r.duplicates.length > 0) return 'duplicate';
  return 'unchanged';
}

/**
 * The background's view of the reader's corpus: the matcher over bundled index plus corpus, built
 * once and kept until the corpus changes; the corpus index itself saved in IndexedDB with the
 * revision it was built from, so that a service worker woken after Chrome stopped it loads it
 * instead of building it again. No browser API here: the store and the bundled index are given.
 */
export class CorpusLibrary {
  private current: Promise<Loaded> | undefined;
  private storeP: Promise<CorpusStore> | undefined;
  /** The corpus index behind `current`, and the store revision it reflects: a new article is merged into it instead of building all again. */
  private built: { revision: number; index: Index; catalog: CatalogEntry[] } | null = null;

  constructor(
    private readonly bundled: () => Promise<Index>,
    private readonly openStore: () => Promise<CorpusStore>,
    private readonly generator: string,
  ) {}

  private store(): Promise<CorpusStore> {
    this.storeP ??= this.openStore().catch((e: unknown) => {
      // Try again next time: IndexedDB may come back (another tab released it).
      this.storeP = undefined;
      throw e;
    });
    return this.storeP;
  }

  /** The matcher and catalog for the corpus as it is now. */
  load(): Promise<Loaded> {
    this.current ??= this.build().catch((e: unknown) => {
      this.current = undefined;
      throw e;
    });
    return this.current;
  }

  /** Forget the loaded matcher: the next page builds or loads it again (the corpus changed elsewhere, e.g. in the manager). */
  invalidate(): void {
    this.current = undefined;
    this.built = null;
  }

  private async build(): Promise<Loaded> {
    const bundled = await this.bundled();
    let corpus: Index | null = null;
    let catalog: CatalogEntry[] = [];
    let corpusError: string | null = null;
    let built = false;
    let revision = -1;
    try {
      const store = await this.store();
      revision = await store.revision();
      const saved = await store.loadDerived(revision);
      if (saved) {
        try {
          corpus = parseIndex(saved.index, 'saved corpus index');
          catalog = CatalogSchema.parse(saved.catalog);
        } catch {
          // Unreadable (another release wrote it): build it again from the articles.
          corpus = null;
        }
      }
      if (!corpus) {
        const { articles } = await store.all();
        corpus = corpusIndex(articles, this.generator);
        catalog = articles.map((a) => ({ id: a.id, url: a.url, textHash: a.textHash }));
        built = true;
        // Not saved (storage full): it is built again on the next wake, nothing else is lost.
        await store.saveDerived(revision, toStored(corpus), catalog).catch(() => undefined);
      }
    } catch (e) {
      corpusError = e instanceof Error ? e.message : String(e);
    }
    this.built = corpus && corpusError === null ? { revision, index: corpus, catalog } : null;
    return this.matched(bundled, corpus, catalog, corpusError, built);
  }

  private matched(bundled: Index, corpus: Index | null, catalog: CatalogEntry[], corpusError: string | null, built: boolean): Loaded {
    const index = corpus && corpus.sources.length > 0 ? mergeIndexes(bundled, corpus) : bundled;
    return { matcher: createMatcher(index), catalog, corpusError, built };
  }

  /**
   * A new article joins the corpus index built before it (its claims are matched against every page
   * as any other's; its links to the older articles are made at the next full build, when an article
   * is removed or replaced, or the saved index cannot be read). Building the whole corpus again on
   * every page read grows with the corpus: 0.3 s at 20 articles, 4.7 s at 300 (Node, synthetic articles).
   */
  private async extend(store: CorpusStore, before: number, record: CatalogEntry, own: Index): Promise<void> {
    const prior = this.built;
    const revision = await store.revision();
    if (!prior || prior.revision !== before || revision !== before + 1) return this.invalidate();
    const index = mergeIndexes(prior.index, own);
    const catalog = [...prior.catalog, record];
    this.built = { revision, index, catalog };
    const bundled = await this.bundled();
    this.current = Promise.resolve(this.matched(bundled, index, catalog, null, false));
    await store.saveDerived(revision, toStored(index), catalog).catch(() => undefined);
  }

  /** The corpus ids a page must never be linked to: itself, at its URL or under another. */
  async selfIdsOf(page: { url: string; text: string }): Promise<string[]> {
    return selfIds((await this.load()).catalog, page);
  }

  /** Remembers one article (a page the reader read, or "Add this page"). */
  async remember(input: ArticleReadingInput, savedAt?: string): Promise<RememberOutcome> {
    const { record, index } = recordWithIndex(input, this.generator, savedAt);
    const store = await this.store();
    // The index being loaded, if any, is the one the new article joins.
    await this.current?.catch(() => undefined);
    const before = this.built?.revision ?? -1;
    const outcome = outcomeOf(await store.put([record]));
    if (outcome === 'added') {
      await this.extend(store, before, { id: record.id, url: record.url, textHash: record.textHash }, index);
    } else if (outcome === 'replaced') this.invalidate();
    return outcome;
  }

  /** Removes the article read at `url`; true when it was remembered. */
  async forget(url: string): Promise<boolean> {
    const n = await (await this.store()).remove([corpusIdOf(url)]);
    if (n > 0) this.invalidate();
    return n > 0;
  }

  /** How many articles are remembered, and whether the page at `url` is one of them. */
  async status(url: string | undefined): Promise<{ count: number; remembered: boolean }> {
    const store = await this.store();
    const count = await store.count();
    return { count, remembered: url ? (await store.get(corpusIdOf(url))) !== undefined : false };
  }
}
