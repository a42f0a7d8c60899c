import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { z } from 'zod';
import { PageAnnotationsSchema, type PageAnnotations } from '../annotate/schema';
import { describeZodError } from '../export/import';
import { openWithin } from './open-within';

export const DB_NAME = 'parallax';
export const DB_VERSION = 1;
const STORE = 'pages';

/**
 * How long opening may take before we give up. Opening is normally a few milliseconds; it only
 * stalls when another tab holds an older connection (browsers do not always fire `blocked`) or the
 * profile's storage is wedged. Long enough for a slow disk, short enough that the popup can still say why.
 */
export const DEFAULT_OPEN_TIMEOUT_MS = 10_000;

export const PageRecordSchema = z
  .object({
    /** Record shape version, so a later release can migrate records one by one. */
    version: z.literal(1),
    /** The page URL; the object store's key (equal to page.url). */
    url: z.string(),
    /** When the annotations were saved, ISO 8601. */
    savedAt: z.iso.datetime(),
    page: PageAnnotationsSchema,
  })
  .refine((r) => r.url === r.page.url, { path: ['url'], message: 'does not match page.url' });
export type PageRecord = z.infer<typeof PageRecordSchema>;

interface ParallaxDB extends DBSchema {
  /** Values are `unknown` on purpose: what is on disk may have been written by another release, so it is parsed on read. */
  pages: { key: string; value: unknown };
}
type DB = IDBPDatabase<ParallaxDB>;

/** Why a store operation failed, for callers that want to react beyond showing the message. */
export type PageStoreFailure = 'unavailable' | 'blocked' | 'timeout' | 'newer-version' | 'full' | 'invalid' | 'write' | 'closed';

/** An error whose message can be shown to the user as it is. */
export class PageStoreError extends Error {
  override readonly name = 'PageStoreError';
  constructor(
    readonly reason: PageStoreFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface PageStore {
  /** Saves (or replaces) one page's annotations. */
  save(page: PageAnnotations, savedAt?: string): Promise<void>;
  /** A page's saved annotations; undefined when none are saved or the record cannot be read. */
  get(url: string): Promise<PageAnnotations | undefined>;
  /** Every readable page, by URL; `skipped` says which records could not be read and why. */
  all(): Promise<{ pages: PageAnnotations[]; skipped: string[] }>;
  /** Saves many pages (an import) in one transaction: all are saved or none is. */
  putMany(pages: PageAnnotations[]): Promise<void>;
  close(): void;
}

function errorName(e: unknown): string {
  return typeof e === 'object' && e !== null && 'name' in e && typeof e.name === 'string' ? e.name : '';
}

function errorText(e: unknown): string {
  if (e instanceof Error || (typeof e === 'object' && e !== null && 'message' in e)) {
    const name = errorName(e);
    const message = String((e as { message: unknown }).message);
    return name && name !== 'Error' ? `${name}: ${message}` : message;
  }
  return String(e);
}

function unavailable(cause?: unknown): PageStoreError {
  return new PageStoreError(
    'unavailable',
    `Parallax cannot save annotations in this window: the browser's IndexedDB storage is unavailable (as in a Firefox private window)${cause === undefined ? '' : ` (${errorText(cause)})`}.`,
    { cause },
  );
}

/** The message when opening fails for a reason other than `blocked` or the timeout. */
export function mapOpenError(e: unknown): PageStoreError {
  const name = errorName(e);
  if (name === 'VersionError') {
    return new PageStoreError('newer-version', 'The saved annotations were written by a newer version of Parallax; update Parallax to read them. Nothing was changed.', { cause: e });
  }
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') return unavailable(e);
  return new PageStoreError('unavailable', `Parallax could not open its saved annotations (${errorText(e)}).`, { cause: e });
}

function isQuotaError(e: unknown): boolean {
  const name = errorName(e);
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || (typeof DOMException !== 'undefined' && e instanceof DOMException && e.code === 22);
}

/**
 * The message when writing `what` (a URL, or "12 imported pages") failed. A full disk or exhausted
 * quota says so in plain words; the transaction was aborted, so what was stored before is unchanged.
 */
export function mapWriteError(e: unknown, what: string): PageStoreError {
  if (e instanceof PageStoreError) return e;
  if (isQuotaError(e)) return new PageStoreError('full', `Could not save: storage is full; annotations for ${what} were not saved.`, { cause: e });
  return new PageStoreError('write', `Annotations for ${what} were not saved (${errorText(e)}).`, { cause: e });
}

/**
 * Schema steps, one per version. `oldVersion` is what is on disk (0 for a new database); each case
 * brings it one version up and falls through to the next, so any older database reaches the current one.
 */
function upgrade(db: DB, oldVersion: number, _newVersion: number | null, _tx: IDBPTransaction<ParallaxDB, ['pages'], 'versionchange'>): void {
  switch (oldVersion) {
    case 0:
      db.createObjectStore(STORE, { keyPath: 'url' });
      break;
    // Version 2 adds `case 1:` here and turns the `break` above into a fall-through.
    default:
      break;
  }
}

/**
 * Opens the database at `version`: idb's `openDB`, but on the given factory (openDB always uses the
 * global `indexedDB`), and never hanging: it rejects as soon as another tab blocks an upgrade, or after
 * `timeoutMs`. Exported so tests can open at a later version; the extension uses `openPageStore`.
 */
export function openPagesDb(factory: IDBFactory | undefined, version: number, timeoutMs: number): Promise<DB> {
  return openWithin<DB, PageStoreError>(
    factory,
    DB_NAME,
    version,
    timeoutMs,
    (request, event) => {
      const tx = request.transaction;
      if (tx) upgrade(wrap(request.result) as DB, event.oldVersion, event.newVersion, wrap(tx) as unknown as IDBPTransaction<ParallaxDB, ['pages'], 'versionchange'>);
    },
    {
      unavailable,
      timeout: () =>
        new PageStoreError(
          'timeout',
          `Parallax could not open its saved annotations: the browser did not answer within ${Math.round(timeoutMs / 100) / 10} s. If Parallax is open in other tabs, reload them and try again.`,
        ),
      blocked: () =>
        new PageStoreError(
          'blocked',
          'Parallax could not open its saved annotations: another tab is blocking the upgrade (it still has an older version of Parallax open). Reload or close the other tabs, then try again. Nothing was lost.',
        ),
      failed: mapOpenError,
    },
  );
}

function closedError(why: string): PageStoreError {
  return new PageStoreError('closed', `The annotation store is closed${why}; reload the page and try again.`);
}

/** Opens (creating or upgrading as needed) the store of saved annotations. */
export async function openPageStore(factory: IDBFactory = globalThis.indexedDB, opts: { timeoutMs?: number } = {}): Promise<PageStore> {
  const db = await openPagesDb(factory, DB_VERSION, opts.timeoutMs ?? DEFAULT_OPEN_TIMEOUT_MS);
  let closed: string | null = null;
  // A newer Parallax in another tab wants to upgrade: step aside rather than block it.
  db.addEventListener('versionchange', () => {
    closed = closed ?? ' because Parallax was updated in another tab';
    db.close();
  });
  // The browser closed the connection (storage cleared, disk error).
  db.addEventListener('close', () => {
    closed = closed ?? ' because the browser closed the database';
  });
  const live = (): DB => {
    if (closed !== null) throw closedError(closed);
    return db;
  };

  /** All records written in one readwrite transaction; any failure aborts it, so nothing is half-written. */
  async function write(records: PageRecord[], what: string): Promise<void> {
    const tx = live().transaction(STORE, 'readwrite');
    // Every promise gets a no-op catch as soon as it exists: if a later put throws synchronously, the
    // abort below rejects the earlier ones, and that must not surface as an unhandled rejection.
    const pending: Promise<unknown>[] = [tx.done];
    try {
      for (const r of records) pending.push(tx.store.put(r));
      await Promise.all(pending);
    } catch (e) {
      for (const p of pending) p.catch(() => {});
      try {
        tx.abort();
      } catch {
        // Already aborted or finished.
      }
      throw mapWriteError(e, what);
    }
  }

  function record(page: PageAnnotations, savedAt: string): PageRecord {
    const parsed = PageRecordSchema.safeParse({ version: 1, url: page.url, savedAt, page });
    if (!parsed.success) throw new PageStoreError('invalid', `Annotations for ${page.url} were not saved: they are malformed (${describeZodError(parsed.error)}).`);
    return parsed.data;
  }

  return {
    async save(page, savedAt = new Date().toISOString()) {
      await write([record(page, savedAt)], page.url);
    },
    async get(url) {
      const raw = await live().get(STORE, url);
      if (raw === undefined) return undefined;
      const parsed = PageRecordSchema.safeParse(raw);
      return parsed.success ? parsed.data.page : undefined;
    },
    async all() {
      const tx = live().transaction(STORE, 'readonly');
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
      const pages: PageAnnotations[] = [];
      const skipped: string[] = [];
      values.forEach((raw, i) => {
        const parsed = PageRecordSchema.safeParse(raw);
        if (parsed.success) pages.push(parsed.data.page);
        else skipped.push(`Saved annotations for ${String(keys[i])} could not be read and were skipped (${describeZodError(parsed.error)}).`);
      });
      return { pages, skipped };
    },
    async putMany(pages) {
      if (pages.length === 0) return;
      const what = pages.length === 1 ? (pages[0] as PageAnnotations).url : `${pages.length} imported pages`;
      const savedAt = new Date().toISOString();
      // Validate everything before opening the transaction: a bad page rejects the whole import.
      const records = pages.map((p) => record(p, savedAt));
      await write(records, what);
    },
    close() {
      closed = closed ?? '';
      db.close();
    },
  };
}
