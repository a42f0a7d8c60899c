import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { describeZodError } from '../export/import';
import { openWithin } from '../store/open-within';
import { CorpusRecordSchema, summaryOf, type CorpusRecord, type CorpusSummary } from './schema';
import { readRecord } from './records';
import { MARKS_PER_CHUNK, MarksChunkSchema, marksOf, packMarks, unpackMarks, type ArticleMarks } from './marks';

/**
 * The reader's corpus in IndexedDB: a database of its own (`parallax-corpus`), so the saved page
 * annotations (`parallax`, lib/store/pages.ts) are never touched by its upgrades.
 *
 * Versions:
 *   1. `articles`: one CorpusRecord per remembered article, keyed by id, indexed by url.
 *   2. `articles` also indexed by textHash (the same article under another URL), and `derived`: the
 *      corpus's built index and a revision counter bumped by every change to `articles`, so a service
 *      worker that wakes loads the index instead of building it again.
 *   3. `marks`: every article's marks (lib/corpus/marks.ts), MARKS_PER_CHUNK to a row (keyed 0, 1, …),
 *      kept in step with `articles` in the same transactions. A woken worker reads these alone (a few
 *      hundred bytes an article) and the claims of the few articles a page is matched against; the
 *      whole corpus index of version 2 (152 MB of heap and 4.1 s to load at 10,000 articles) is
 *      deleted. Marks of articles stored before are made from their records the first time they are
 *      read (`marks()`).
 */
export const CORPUS_DB_NAME = 'parallax-corpus';
export const CORPUS_DB_VERSION = 3;
const ARTICLES = 'articles';
const DERIVED = 'derived';
const MARKS = 'marks';
/** Keys in `derived`. */
const REV_KEY = 'rev';
/**
 * How many articles `articles` holds, kept in step by every write (version 3): a woken worker compares
 * it with the marks it read instead of listing the articles' keys (Chromium reads every record to list
 * keys: 170–300 ms at 10,000 articles). Absent after an upgrade, until the marks are checked once.
 */
const COUNT_KEY = 'count';
/** Where version 2 kept the whole corpus index; deleted by the upgrade to 3. */
const OLD_INDEX_KEY = 'index';

/** Opening normally takes milliseconds; it stalls only when another context holds an old connection. */
export const DEFAULT_OPEN_TIMEOUT_MS = 10_000;

interface CorpusDB extends DBSchema {
  /** `unknown` on purpose: what is on disk may have been written by another release, so it is parsed on read. */
  articles: { key: string; value: unknown; indexes: { url: string; textHash: string } };
  derived: { key: string; value: unknown };
  marks: { key: number; value: unknown };
}
type DB = IDBPDatabase<CorpusDB>;
type Stores = ('articles' | 'derived' | 'marks')[];
type UpgradeTx = IDBPTransaction<CorpusDB, Stores, 'versionchange'>;
type WriteTx = IDBPTransaction<CorpusDB, Stores, 'readwrite'>;

export type CorpusStoreFailure = 'unavailable' | 'blocked' | 'timeout' | 'newer-version' | 'full' | 'write' | 'closed';

/** An error whose message can be shown to the reader as it is. */
export class CorpusStoreError extends Error {
  override readonly name = 'CorpusStoreError';
  constructor(
    readonly reason: CorpusStoreFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const errorName = (e: unknown): string => (typeof e === 'object' && e !== null && 'name' in e && typeof e.name === 'string' ? e.name : '');
const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function isQuotaError(e: unknown): boolean {
  const name = errorName(e);
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

function writeError(e: unknown, what: string): CorpusStoreError {
  if (e instanceof CorpusStoreError) return e;
  if (isQuotaError(e)) return new CorpusStoreError('full', `Storage is full: ${what} could not be remembered. Nothing already remembered was lost; remove articles in the manager to make room.`, { cause: e });
  return new CorpusStoreError('write', `${what} could not be remembered (${errorText(e)}). Nothing already remembered was lost.`, { cause: e });
}

/**
 * Schema steps, one per version, each run when the disk is older: any older database reaches the
 * current one, and every record it held stays (steps only add stores and indexes).
 */
function upgrade(db: DB, oldVersion: number, newVersion: number, tx: UpgradeTx): void {
  if (oldVersion < 1 && newVersion >= 1) db.createObjectStore(ARTICLES, { keyPath: 'id' }).createIndex('url', 'url');
  if (oldVersion < 2 && newVersion >= 2) {
    // Records of version 1 already carry textHash: the new index covers them as it is made.
    tx.objectStore(ARTICLES).createIndex('textHash', 'textHash');
    db.createObjectStore(DERIVED);
  }
  if (oldVersion < 3 && newVersion >= 3) {
    db.createObjectStore(MARKS);
    // The whole index of version 2 is no longer read: its space is given back. The articles stay.
    void tx.objectStore(DERIVED).delete(OLD_INDEX_KEY);
  }
}

/**
 * Opens the corpus database at `version` on the given factory, never hanging: rejects when another
 * context blocks the upgrade, or after `timeoutMs`. Exported so tests can make a database of an
 * earlier version; the extension uses `openCorpusStore`.
 */
export function openCorpusDb(factory: IDBFactory | undefined, version: number, timeoutMs = DEFAULT_OPEN_TIMEOUT_MS): Promise<DB> {
  const unavailable = (cause?: unknown) =>
    new CorpusStoreError('unavailable', `Parallax cannot remember articles here: the browser's IndexedDB storage is unavailable${cause === undefined ? '' : ` (${errorText(cause)})`}.`, { cause });
  return openWithin<DB, CorpusStoreError>(
    factory,
    CORPUS_DB_NAME,
    version,
    timeoutMs,
    (request, event) => {
      const tx = request.transaction;
      if (tx) upgrade(wrap(request.result) as DB, event.oldVersion, event.newVersion ?? version, wrap(tx) as unknown as UpgradeTx);
    },
    {
      unavailable,
      timeout: () => new CorpusStoreError('timeout', `The remembered articles could not be opened: the browser did not answer within ${timeoutMs / 1000} s.`),
      blocked: () => new CorpusStoreError('blocked', 'The remembered articles could not be opened: another Parallax tab holds an older version open. Reload it and try again. Nothing was lost.'),
      failed: (e) =>
        errorName(e) === 'VersionError'
          ? new CorpusStoreError('newer-version', 'The remembered articles were written by a newer version of Parallax; update Parallax to read them. Nothing was changed.', { cause: e })
          : unavailable(e),
    },
  );
}

/** What `put` did with each article it was given. */
export interface PutResult {
  /** Articles new to the corpus. */
  added: string[];
  /** Articles already kept at the same URL, replaced by this reading (an updated article). */
  replaced: string[];
  /** Articles already kept exactly so: nothing written. */
  unchanged: string[];
  /** Articles kept already under another URL (same text): not stored twice. */
  duplicates: { id: string; sameAs: string }[];
}

export interface CorpusStore {
  /** Stores articles in one transaction (all or none), skipping those already kept; bumps the revision when anything changed. */
  put(records: readonly CorpusRecord[]): Promise<PutResult>;
  /** Removes articles by id; returns how many were there. */
  remove(ids: readonly string[]): Promise<number>;
  /** Removes every article; returns how many there were. */
  clear(): Promise<number>;
  get(id: string): Promise<CorpusRecord | undefined>;
  /** The readable articles among `ids`, in one transaction (an id not kept or unreadable is left out). */
  getMany(ids: readonly string[]): Promise<CorpusRecord[]>;
  /** Settles when records read by an older engine and met in getMany have been stored again (see getMany). */
  settled(): Promise<void>;
  /** How many articles are kept (readable or not). */
  count(): Promise<number>;
  /** Every readable article; `skipped` says which records could not be read and why (they stay on disk). */
  all(): Promise<{ articles: CorpusRecord[]; skipped: string[] }>;
  /**
   * Every article's marks (identity and story marks), without reading texts or claims. Marks missing
   * (articles stored before version 3) or left over are made or removed here from the articles.
   */
  marks(): Promise<ArticleMarks[]>;
  /** The manager's list: every readable article's summary, from its marks; `skipped` names records that could not be read (they stay on disk). */
  summaries(): Promise<{ articles: CorpusSummary[]; skipped: string[] }>;
  /** Counter bumped by every change to the articles. */
  revision(): Promise<number>;
  close(): void;
}

/** Opens (creating or upgrading as needed) the reader's corpus. */
export async function openCorpusStore(factory: IDBFactory | undefined = globalThis.indexedDB, opts: { timeoutMs?: number } = {}): Promise<CorpusStore> {
  const db = await openCorpusDb(factory, CORPUS_DB_VERSION, opts.timeoutMs ?? DEFAULT_OPEN_TIMEOUT_MS);
  let closed: string | null = null;
  db.addEventListener('versionchange', () => {
    closed = closed ?? ' because Parallax was updated';
    db.close();
  });
  db.addEventListener('close', () => {
    closed = closed ?? ' because the browser closed it';
  });
  const live = (): DB => {
    if (closed !== null) throw new CorpusStoreError('closed', `The remembered articles are closed${closed}; try again.`);
    return db;
  };

  /** Runs `body` in one readwrite transaction over both stores; any failure aborts it, so nothing is half-written. */
  async function inWrite<T>(what: string, body: (tx: WriteTx) => Promise<T>): Promise<T> {
    const tx = live().transaction([ARTICLES, DERIVED, MARKS], 'readwrite');
    tx.done.catch(() => {});
    try {
      const out = await body(tx);
      await tx.done;
      return out;
    } catch (e) {
      try {
        tx.abort();
      } catch {
        // Already aborted or finished.
      }
      throw writeError(e, what);
    }
  }

  /** Bumps the revision, and moves the article count by `delta` (set to `absolute` when given) when it is kept. */
  async function bump(tx: WriteTx, delta: number, absolute?: number): Promise<void> {
    const derived = tx.objectStore(DERIVED);
    const rev = await derived.get(REV_KEY);
    await derived.put((typeof rev === 'number' ? rev : 0) + 1, REV_KEY);
    const count = await derived.get(COUNT_KEY);
    if (absolute !== undefined) await derived.put(absolute, COUNT_KEY);
    else if (typeof count === 'number') await derived.put(count + delta, COUNT_KEY);
  }

  async function all(): Promise<{ articles: CorpusRecord[]; skipped: string[] }> {
    const tx = live().transaction(ARTICLES, 'readonly');
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
    const articles: CorpusRecord[] = [];
    const skipped: string[] = [];
    values.forEach((raw, i) => {
      const r = readRecord(raw);
      if (r.ok) articles.push(r.record);
      else skipped.push(`Remembered article ${String(keys[i])} could not be read and was left as it is (${r.error}).`);
    });
    return { articles, skipped };
  }

  /** Every stored chunk of marks, by key; a chunk that cannot be read counts as empty (its articles' marks are made again). */
  function readChunks(keys: readonly number[], values: readonly unknown[]): { byKey: Map<number, ArticleMarks[]>; damaged: number[] } {
    const byKey = new Map<number, ArticleMarks[]>();
    const damaged: number[] = [];
    values.forEach((v, i) => {
      const key = keys[i] as number;
      const c = MarksChunkSchema.safeParse(v);
      if (c.success) byKey.set(key, unpackMarks(c.data));
      else damaged.push(key);
    });
    return { byKey, damaged };
  }

  /**
   * Puts and drops marks in a write transaction: an added article's go into the last chunk while it
   * has room (one row rewritten); replacing or dropping reads every chunk to find the article's.
   */
  async function editMarks(tx: WriteTx, put: readonly ArticleMarks[], drop: ReadonlySet<string>, scan: boolean): Promise<void> {
    const store = tx.objectStore(MARKS);
    const gone = new Set([...drop, ...(scan ? put.map((m) => m.id) : [])]);
    let lastKey = -1;
    let last: ArticleMarks[] = [];
    if (scan) {
      const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
      const { byKey, damaged } = readChunks(keys, values);
      for (const key of damaged) await store.delete(key);
      for (const [key, list] of byKey) {
        const kept = list.filter((m) => !gone.has(m.id));
        if (kept.length !== list.length) {
          if (kept.length > 0) await store.put(packMarks(kept), key);
          else await store.delete(key);
        }
        byKey.set(key, kept);
      }
      // New marks go after the highest key (a damaged or emptied last row is simply written again).
      lastKey = keys.length > 0 ? Math.max(...keys) : -1;
      last = byKey.get(lastKey) ?? [];
    } else {
      const cursor = await store.openCursor(null, 'prev');
      if (cursor) {
        lastKey = cursor.key;
        const c = MarksChunkSchema.safeParse(cursor.value);
        last = c.success ? unpackMarks(c.data) : [];
      }
    }
    let pending = [...put];
    while (pending.length > 0) {
      if (lastKey < 0 || last.length >= MARKS_PER_CHUNK) {
        lastKey += 1;
        last = [];
      }
      const room = MARKS_PER_CHUNK - last.length;
      last = [...last, ...pending.slice(0, room)];
      pending = pending.slice(room);
      await store.put(packMarks(last), lastKey);
    }
  }

  /** Ids of records whose marks could not be made because the record cannot be read, with why. */
  let unreadable: string[] = [];
  /** Reads every article's marks; makes those missing from the articles and drops those left over (see CorpusStore.marks). */
  async function marks(): Promise<ArticleMarks[]> {
    const tx = live().transaction([MARKS, DERIVED], 'readonly');
    const [chunkKeys, chunks, count] = await Promise.all([tx.objectStore(MARKS).getAllKeys(), tx.objectStore(MARKS).getAll(), tx.objectStore(DERIVED).get(COUNT_KEY), tx.done]);
    const { byKey, damaged } = readChunks(chunkKeys, chunks);
    const all = [...byKey.values()].flat();
    const unique = new Set(all.map((m) => m.id));
    // The marks agree with the kept count: nothing to check article by article.
    if (damaged.length === 0 && typeof count === 'number' && count === all.length && unique.size === all.length) {
      unreadable = [];
      return all;
    }
    const keys = await live().getAllKeys(ARTICLES);
    const kept = new Set(keys.map(String));
    const out: ArticleMarks[] = [];
    const seen = new Set<string>();
    let stale = damaged.length > 0;
    for (const m of all) {
      if (kept.has(m.id) && !seen.has(m.id)) {
        out.push(m);
        seen.add(m.id);
      } else stale = true;
    }
    if (!stale && seen.size === kept.size) {
      unreadable = [];
      await inWrite('the article list', async (w) => void (await w.objectStore(DERIVED).put(kept.size, COUNT_KEY))).catch(() => undefined);
      return out;
    }
    // Made again from the articles (an upgrade from version 2, or a damaged row), then kept; when
    // they cannot be written (storage full) they are used all the same and made again next time.
    const missing = [...kept].filter((id) => !seen.has(id));
    const read = live().transaction(ARTICLES, 'readonly');
    unreadable = [];
    const made = (await Promise.all(missing.map((id) => read.store.get(id)))).flatMap((raw, i) => {
      const r = raw === undefined ? undefined : readRecord(raw);
      if (r?.ok) return [marksOf(r.record)];
      if (r) unreadable.push(`Remembered article ${String(missing[i])} could not be read and was left as it is (${r.error}).`);
      return [];
    });
    await read.done;
    const leftOver = new Set<string>();
    for (const list of byKey.values()) for (const m of list) if (!kept.has(m.id)) leftOver.add(m.id);
    await inWrite('the article list', async (w) => {
      await editMarks(w, made, leftOver, true);
      await w.objectStore(DERIVED).put(kept.size, COUNT_KEY);
    }).catch(() => undefined);
    return [...out, ...made];
  }

  let rewriting: Promise<void> = Promise.resolve();

  const parse = (raw: unknown): CorpusRecord | undefined => {
    const r = readRecord(raw);
    return r.ok ? r.record : undefined;
  };

  return {
    put(records) {
      const what = records.length === 1 ? `"${(records[0] as CorpusRecord).title}"` : `${records.length} articles`;
      // Checked before the transaction opens: one bad record stores none.
      for (const r of records) {
        const parsed = CorpusRecordSchema.safeParse(r);
        if (!parsed.success) return Promise.reject(new CorpusStoreError('write', `${r.url}: not remembered, the article is malformed (${describeZodError(parsed.error)}).`));
      }
      return inWrite(what, async (tx) => {
        const out: PutResult = { added: [], replaced: [], unchanged: [], duplicates: [] };
        const store = tx.objectStore(ARTICLES);
        for (const r of records) {
          const same = await store.index('textHash').getAllKeys(r.textHash);
          const other = same.find((k) => k !== r.id);
          if (other !== undefined) {
            out.duplicates.push({ id: r.id, sameAs: other });
            continue;
          }
          const old = parse(await store.get(r.id));
          if (old && old.textHash === r.textHash && old.outlet === r.outlet && old.title === r.title && old.date === r.date) {
            out.unchanged.push(r.id);
            continue;
          }
          await store.put(r);
          (old ? out.replaced : out.added).push(r.id);
        }
        const changed = records.filter((r) => out.added.includes(r.id) || out.replaced.includes(r.id));
        if (changed.length > 0) await editMarks(tx, changed.map(marksOf), new Set(), out.replaced.length > 0);
        if (out.added.length + out.replaced.length > 0) await bump(tx, out.added.length);
        return out;
      });
    },
    remove(ids) {
      return inWrite(`removing ${ids.length} article${ids.length === 1 ? '' : 's'}`, async (tx) => {
        const store = tx.objectStore(ARTICLES);
        let n = 0;
        const removed = new Set<string>();
        for (const id of ids) {
          if ((await store.getKey(id)) === undefined) continue;
          await store.delete(id);
          removed.add(id);
          n++;
        }
        if (n > 0) {
          await editMarks(tx, [], removed, true);
          await bump(tx, -n);
        }
        return n;
      });
    },
    clear() {
      return inWrite('clearing the corpus', async (tx) => {
        const store = tx.objectStore(ARTICLES);
        const n = await store.count();
        await store.clear();
        await tx.objectStore(MARKS).clear();
        if (n > 0) await bump(tx, 0, 0);
        return n;
      });
    },
    async get(id) {
      return parse(await live().get(ARTICLES, id));
    },
    count() {
      return live().count(ARTICLES);
    },
    all,
    async getMany(ids) {
      const tx = live().transaction(ARTICLES, 'readonly');
      const raw = await Promise.all(ids.map((id) => tx.store.get(id)));
      await tx.done;
      const refreshed: CorpusRecord[] = [];
      const out = raw.flatMap((v) => {
        const r = v === undefined ? undefined : readRecord(v);
        if (!r?.ok) return [];
        if (r.refreshed) refreshed.push(r.record);
        return [r.record];
      });
      // Records an older engine read are stored again with this engine's claims (and marks), after the
      // page has its records: read again from their text on every wake, 71 of them cost a woken worker
      // 500 ms instead of 100 (10,000 remembered articles, after an engine update). When the write
      // fails they are simply read again next time.
      if (refreshed.length > 0) {
        rewriting = inWrite('articles read by an older engine', async (w) => {
          for (const r of refreshed) await w.objectStore(ARTICLES).put(r);
          await editMarks(w, refreshed.map(marksOf), new Set(), true);
        }).catch(() => undefined);
      }
      return out;
    },
    /** Settles when the last rewrite of records read by an older engine is done (for tests). */
    settled: () => rewriting,
    marks,
    async summaries() {
      const all = await marks();
      return { articles: all.map((m) => summaryOf(m)), skipped: [...unreadable] };
    },
    async revision() {
      const rev = await live().get(DERIVED, REV_KEY);
      return typeof rev === 'number' ? rev : 0;
    },
    close() {
      closed = closed ?? '';
      db.close();
    },
  };
}
