import { wrap } from 'idb';

/** The errors a store gives for each way opening its database can fail, in its own words. */
export interface OpenFailures<E> {
  /** No IndexedDB, or it refused to open. */
  unavailable(cause?: unknown): E;
  /** The browser did not answer within the time allowed. */
  timeout(): E;
  /** Another tab holds an older version open and blocks the upgrade. */
  blocked(): E;
  /** The open request failed (a newer version on disk, a quota, …). */
  failed(cause: unknown): E;
}

/**
 * Opens `name` at `version` on the given factory (idb's `openDB` always uses the global `indexedDB`),
 * never hanging: it rejects as soon as another tab blocks an upgrade, or after `timeoutMs`, and closes
 * a connection that arrives after it gave up. `upgrade` runs on `upgradeneeded` with the raw request.
 */
export function openWithin<DB, E>(
  factory: IDBFactory | undefined,
  name: string,
  version: number,
  timeoutMs: number,
  upgrade: (request: IDBOpenDBRequest, event: IDBVersionChangeEvent) => void,
  failures: OpenFailures<E>,
): Promise<DB> {
  if (!factory) return Promise.reject(failures.unavailable());
  let request: IDBOpenDBRequest;
  try {
    request = factory.open(name, version);
  } catch (e) {
    return Promise.reject(failures.unavailable(e));
  }
  return new Promise<DB>((resolve, reject) => {
    let settled = false;
    const fail = (err: E): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(err);
    };
    const timer = setTimeout(() => fail(failures.timeout()), timeoutMs);
    request.addEventListener('upgradeneeded', (event) => upgrade(request, event));
    request.addEventListener('blocked', () => fail(failures.blocked()));
    (wrap(request) as unknown as Promise<DB & { close(): void }>).then(
      (db) => {
        // We already gave up (blocked or timed out): do not keep a connection nobody will close.
        if (settled) return db.close();
        settled = true;
        clearTimeout(timer);
        resolve(db);
      },
      (e: unknown) => fail(failures.failed(e)),
    );
  });
}
