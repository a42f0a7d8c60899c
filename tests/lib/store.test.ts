import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { IDBFactory, IDBObjectStore, IDBOpenDBRequest } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageAnnotationsSchema, type PageAnnotations } from '../../lib/annotate/schema';
import { DB_VERSION, PageRecordSchema, PageStoreError, mapOpenError, mapWriteError, openPageStore, openPagesDb, type PageStore } from '../../lib/store/pages';
import { DEFAULT_SETTINGS, SettingsSchema, isEnabledOn, migrateSettings, siteOf, withHighlights, withRemember, withSite, type Settings } from '../../lib/store/settings';

// ---------------------------------------------------------------- settings

describe('settings: migrating what was stored', () => {
  it.each([undefined, null, 'on', 42, true, [], ['example.com'], { version: 3, highlights: false }, { version: '1' }])('%j → defaults', (raw) => {
    expect(migrateSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('defaults: highlights on, no site switched off, nothing remembered and not yet asked', () => {
    expect(DEFAULT_SETTINGS).toEqual({ version: 2, highlights: true, remember: false, rememberAsked: false, disabledSites: [] });
    expect(SettingsSchema.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });

  it('upgrades a version-0 record, keeping every value', () => {
    const v0 = { highlights: false, disabled: ['News.Example.com', 'https://www.bbc.co.uk/news/world-1', 'b.test.', 'news.example.com', 'http://localhost:8080/'] };
    const s = migrateSettings(v0);
    expect(s).toEqual({ version: 2, highlights: false, remember: false, rememberAsked: false, disabledSites: ['b.test', 'localhost', 'news.example.com', 'www.bbc.co.uk'] });
    for (const url of ['https://news.example.com/a', 'https://www.bbc.co.uk/', 'http://b.test/x', 'http://localhost:8080/']) expect(isEnabledOn(s, url), url).toBe(false);
  });

  it('upgrades a version-1 record: every value kept, remembering off and the reader not yet asked', () => {
    const v1 = { version: 1, highlights: false, disabledSites: ['a.test', 'news.example.com'] };
    expect(migrateSettings(v1)).toEqual({ version: 2, highlights: false, remember: false, rememberAsked: false, disabledSites: ['a.test', 'news.example.com'] });
  });

  it('remembering: off by default; switching it either way records that the reader was asked', () => {
    expect(DEFAULT_SETTINGS.remember).toBe(false);
    const on = withRemember(DEFAULT_SETTINGS, true);
    expect(on).toMatchObject({ remember: true, rememberAsked: true });
    expect(withRemember(on, false)).toMatchObject({ remember: false, rememberAsked: true });
    expect(DEFAULT_SETTINGS).toMatchObject({ remember: false, rememberAsked: false });
    expect(migrateSettings(JSON.parse(JSON.stringify(on)))).toEqual(on);
    // A damaged value falls back to off, never to on.
    expect(migrateSettings({ ...on, remember: 'yes' }).remember).toBe(false);
  });

  it('a version-0 record that never changed anything gives the defaults', () => {
    expect(migrateSettings({})).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettings({ highlights: true })).toEqual(DEFAULT_SETTINGS);
  });

  it('property: every version-0 value survives the upgrade', () => {
    fc.assert(
      fc.property(fc.option(fc.boolean(), { nil: undefined }), fc.array(fc.domain(), { maxLength: 6 }), fc.boolean(), (highlights, hosts, asUrls) => {
        const v0 = { ...(highlights === undefined ? {} : { highlights }), disabled: hosts.map((h) => (asUrls ? `https://${h}/page` : h.toUpperCase())) };
        const s = migrateSettings(v0);
        expect(SettingsSchema.safeParse(s).success).toBe(true);
        expect(s.highlights).toBe(highlights ?? true);
        expect(s.disabledSites).toEqual([...new Set(hosts.map((h) => h.toLowerCase()))].sort());
        for (const h of hosts) expect(isEnabledOn(s, `https://${h}/`)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the good parts of a damaged record: one bad site does not re-enable the others', () => {
    expect(migrateSettings({ version: 1, highlights: 'yes', disabledSites: ['a.test', 42, 'not a host!', 'A.test', 'c.test'] })).toEqual({
      version: 2,
      highlights: true,
      remember: false,
      rememberAsked: false,
      disabledSites: ['a.test', 'c.test'],
    });
    expect(migrateSettings({ highlights: false, disabled: 'a.test' })).toEqual({ version: 2, highlights: false, remember: false, rememberAsked: false, disabledSites: [] });
  });

  it('a current record comes back as it was, through JSON as storage.local keeps it', () => {
    const s: Settings = { version: 2, highlights: false, remember: true, rememberAsked: true, disabledSites: ['a.test', 'xn--bcher-kva.de'] };
    expect(migrateSettings(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  it('property: never throws, always gives valid settings, and is stable', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const s = migrateSettings(raw);
        expect(SettingsSchema.safeParse(s).success).toBe(true);
        expect(migrateSettings(s)).toEqual(s);
      }),
      { numRuns: 300 },
    );
  });

  it('the schema rejects unsorted or duplicate sites', () => {
    expect(SettingsSchema.safeParse({ version: 2, highlights: true, remember: false, rememberAsked: false, disabledSites: ['b.test', 'a.test'] }).success).toBe(false);
    expect(SettingsSchema.safeParse({ version: 2, highlights: true, remember: false, rememberAsked: false, disabledSites: ['a.test', 'a.test'] }).success).toBe(false);
    expect(SettingsSchema.safeParse({ version: 2, highlights: true, remember: false, rememberAsked: false, disabledSites: ['A.test'] }).success).toBe(false);
  });
});

describe('settings: sites', () => {
  it.each([
    ['https://Example.COM:8443/path?q=1#x', 'example.com'],
    ['http://localhost:3000/', 'localhost'],
    ['https://bücher.de/', 'xn--bcher-kva.de'],
    ['https://[::1]/', '[::1]'],
    ['https://example.com./a', 'example.com'],
    ['ftp://example.com/', null],
    ['file:///tmp/article.html', null],
    ['chrome://extensions/', null],
    ['about:blank', null],
    ['example.com', null],
    ['', null],
  ])('siteOf(%j) = %j', (url, host) => {
    expect(siteOf(url)).toBe(host);
  });

  it('switching a site off and on again', () => {
    const off = withSite(DEFAULT_SETTINGS, 'News.Example.com', false);
    expect(off.disabledSites).toEqual(['news.example.com']);
    expect(isEnabledOn(off, 'https://news.example.com/story')).toBe(false);
    expect(isEnabledOn(off, 'https://example.com/story')).toBe(true);
    expect(isEnabledOn(off, 'https://sports.news.example.com/')).toBe(true);
    const on = withSite(off, 'news.example.com', true);
    expect(on).toEqual(DEFAULT_SETTINGS);
    expect(isEnabledOn(on, 'https://news.example.com/story')).toBe(true);
  });

  it('is pure, keeps the list sorted and unique', () => {
    const before = { version: 2 as const, highlights: true, remember: false, rememberAsked: false, disabledSites: ['m.test'] };
    const after = withSite(withSite(withSite(before, 'z.test', false), 'a.test', false), 'z.test', false);
    expect(after.disabledSites).toEqual(['a.test', 'm.test', 'z.test']);
    expect(before.disabledSites).toEqual(['m.test']);
    expect(SettingsSchema.safeParse(after).success).toBe(true);
  });

  it('refuses something that is not a hostname', () => {
    expect(() => withSite(DEFAULT_SETTINGS, 'https://example.com/', false)).toThrow(/not a site's hostname/);
  });

  it('does not run on pages that are not http(s)', () => {
    expect(isEnabledOn(DEFAULT_SETTINGS, 'file:///tmp/a.html')).toBe(false);
    expect(isEnabledOn(DEFAULT_SETTINGS, 'https://example.com/')).toBe(true);
  });

  it('highlights switch is pure', () => {
    const off = withHighlights(DEFAULT_SETTINGS, false);
    expect(off.highlights).toBe(false);
    expect(DEFAULT_SETTINGS.highlights).toBe(true);
    expect(withHighlights(off, true)).toEqual(DEFAULT_SETTINGS);
  });
});

// ---------------------------------------------------------------- pages in IndexedDB

function page(url: string, extra = ''): PageAnnotations {
  return PageAnnotationsSchema.parse({
    url,
    title: `Title <b>${extra}</b> שלום`,
    excluded: ['ap'],
    claims: 7,
    annotations: [
      {
        id: 'urn:uuid:00000000-0000-8000-8000-000000000001',
        text: `More than 70 people died ${extra}`,
        start: 10,
        end: 40,
        prefix: 'before',
        suffix: 'after',
        kind: 'body',
        status: 'disputed',
        links: [
          {
            sourceId: 'hill',
            outlet: 'The Hill',
            url: 'https://thehill.test/a',
            claimId: 'hill#3',
            text: 'More than 75 people died',
            fact: 'fact:1',
            score: 0.875,
            relation: 'differs',
            differences: [{ kind: 'number', severity: 'conflict', here: 'more than 70', there: 'more than 75' }],
          },
        ],
      },
    ],
  });
}

async function rawDb(factory: IDBFactory) {
  return openPagesDb(factory, DB_VERSION, 1000);
}

async function message(p: Promise<unknown>): Promise<PageStoreError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(PageStoreError);
    return e as PageStoreError;
  }
  throw new Error('expected a rejection');
}

describe('page store', () => {
  let factory: IDBFactory;
  let store: PageStore | undefined;
  beforeEach(() => {
    factory = new IDBFactory();
  });
  afterEach(() => {
    store?.close();
    store = undefined;
    vi.restoreAllMocks();
  });

  it('saves and gets a page exactly, and keeps it across reopening', async () => {
    store = await openPageStore(factory);
    const p = page('https://a.test/1');
    await store.save(p, '2026-01-01T00:00:00.000Z');
    expect(await store.get(p.url)).toStrictEqual(p);
    expect(await store.get('https://a.test/unknown')).toBeUndefined();
    store.close();
    store = await openPageStore(factory);
    expect(await store.get(p.url)).toStrictEqual(p);
  });

  it('saving a page again replaces its annotations', async () => {
    store = await openPageStore(factory);
    await store.save(page('https://a.test/1', 'old'));
    await store.save(page('https://a.test/1', 'new'));
    const { pages } = await store.all();
    expect(pages).toHaveLength(1);
    expect(pages[0]?.annotations[0]?.text).toContain('new');
  });

  it('stores a dated, versioned record under the page URL', async () => {
    store = await openPageStore(factory);
    await store.save(page('https://a.test/1'), '2026-02-03T04:05:06.000Z');
    const db = await rawDb(factory);
    const rec = PageRecordSchema.parse(await db.get('pages', 'https://a.test/1'));
    db.close();
    expect(rec).toMatchObject({ version: 1, url: 'https://a.test/1', savedAt: '2026-02-03T04:05:06.000Z' });
  });

  it('refuses a malformed page, naming it, and stores nothing', async () => {
    store = await openPageStore(factory);
    const bad = { ...page('https://a.test/bad'), annotations: [{ ...page('https://a.test/bad').annotations[0]!, links: [] }] };
    const e = await message(store.save(bad));
    expect(e.reason).toBe('invalid');
    expect(e.message).toMatch(/^Annotations for https:\/\/a\.test\/bad were not saved: .*page\.annotations\[0\]\.links/);
    expect(await store.get('https://a.test/bad')).toBeUndefined();
  });

  it('all() loads every page in URL order', async () => {
    store = await openPageStore(factory);
    await store.putMany([page('https://b.test/'), page('https://a.test/'), page('https://c.test/')]);
    const { pages, skipped } = await store.all();
    expect(pages.map((p) => p.url)).toEqual(['https://a.test/', 'https://b.test/', 'https://c.test/']);
    expect(skipped).toEqual([]);
  });

  it('a corrupted record is skipped with its key named; the others still load', async () => {
    store = await openPageStore(factory);
    await store.putMany([page('https://a.test/'), page('https://c.test/')]);
    const db = await rawDb(factory);
    await db.put('pages', { url: 'https://b.test/broken', version: 1, savedAt: 'yesterday', page: { url: 'https://b.test/broken', claims: -1 } });
    await db.put('pages', { url: 'https://d.test/other', version: 1, savedAt: '2026-01-01T00:00:00.000Z', page: page('https://elsewhere.test/') });
    db.close();
    const { pages, skipped } = await store.all();
    expect(pages.map((p) => p.url)).toEqual(['https://a.test/', 'https://c.test/']);
    expect(skipped).toHaveLength(2);
    expect(skipped[0]).toMatch(/^Saved annotations for https:\/\/b\.test\/broken could not be read and were skipped \(savedAt: /);
    expect(skipped[1]).toMatch(/https:\/\/d\.test\/other .*url: does not match page\.url/);
    expect(await store.get('https://b.test/broken')).toBeUndefined();
    expect(await store.get('https://a.test/')).toStrictEqual(page('https://a.test/'));
  });

  it('putMany is all or nothing: one bad page and none is saved, what was stored stays', async () => {
    store = await openPageStore(factory);
    await store.save(page('https://kept.test/'));
    const bad = { ...page('https://b.test/'), claims: -3 };
    const e = await message(store.putMany([page('https://a.test/'), bad, page('https://c.test/')]));
    expect(e.message).toMatch(/https:\/\/b\.test\/.*claims/);
    expect((await store.all()).pages.map((p) => p.url)).toEqual(['https://kept.test/']);
  });

  it('a full disk during an import aborts it: storage is full, nothing half-written, nothing lost', async () => {
    store = await openPageStore(factory);
    await store.save(page('https://kept.test/', 'original'));
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const e = await message(store.putMany([page('https://a.test/'), page('https://kept.test/', 'replacement'), page('https://c.test/')]));
    expect(e.reason).toBe('full');
    expect(e.message).toBe('Could not save: storage is full; annotations for 3 imported pages were not saved.');
    vi.restoreAllMocks();
    const { pages } = await store.all();
    expect(pages.map((p) => p.url)).toEqual(['https://kept.test/']);
    expect(pages[0]?.annotations[0]?.text).toContain('original');
  });

  it('a full disk on save names the page', async () => {
    store = await openPageStore(factory);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const e = await message(store.save(page('https://a.test/x')));
    expect(e.message).toContain('storage is full; annotations for https://a.test/x were not saved');
  });

  it('close() makes later calls fail in plain words instead of a DOMException', async () => {
    store = await openPageStore(factory);
    store.close();
    const e = await message(store.get('https://a.test/'));
    expect(e.reason).toBe('closed');
    expect(e.message).toMatch(/closed/);
  });
});

describe('page store: when IndexedDB fails', () => {
  it('no IndexedDB at all (globalThis.indexedDB undefined)', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const e = await message(openPageStore().finally(() => vi.unstubAllGlobals()));
    expect(e.reason).toBe('unavailable');
    expect(e.message).toMatch(/IndexedDB storage is unavailable/);
  });

  it('open throws, as in some private windows', async () => {
    const factory = {
      open() {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      },
    } as unknown as IDBFactory;
    const e = await message(openPageStore(factory));
    expect(e.reason).toBe('unavailable');
    expect(e.message).toMatch(/private window.*InvalidStateError/);
  });

  it('another tab holding the old version blocks an upgrade: a clear message, no hang, nothing lost', async () => {
    const factory = new IDBFactory();
    const store = await openPageStore(factory);
    await store.save(page('https://a.test/'));
    store.close();
    // An old tab's connection that ignores `versionchange`.
    const old = await rawDb(factory);
    const started = Date.now();
    const e = await message(openPagesDb(factory, DB_VERSION + 1, 5_000));
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(e.reason).toBe('blocked');
    expect(e.message).toMatch(/another tab is blocking the upgrade/);
    old.close();
    // Once the old tab lets go, the upgrade finishes and the data is still there.
    const upgraded = await openPagesDb(factory, DB_VERSION + 1, 1000);
    expect(PageRecordSchema.parse(await upgraded.get('pages', 'https://a.test/')).page).toStrictEqual(page('https://a.test/'));
    upgraded.close();
  });

  it("an open store steps aside for a newer version instead of blocking it, then says it was closed", async () => {
    const factory = new IDBFactory();
    const store = await openPageStore(factory);
    const newer = await openPagesDb(factory, DB_VERSION + 1, 1000);
    newer.close();
    const e = await message(store.all());
    expect(e.message).toMatch(/updated in another tab/);
  });

  it('a database from a newer Parallax says to update', async () => {
    const factory = new IDBFactory();
    (await openPagesDb(factory, DB_VERSION + 1, 1000)).close();
    const e = await message(openPageStore(factory));
    expect(e.reason).toBe('newer-version');
    expect(e.message).toMatch(/newer version of Parallax/);
  });

  it('gives up after the timeout when the browser never answers', async () => {
    const factory = { open: () => new IDBOpenDBRequest() } as unknown as IDBFactory;
    const e = await message(openPageStore(factory, { timeoutMs: 50 }));
    expect(e.reason).toBe('timeout');
    expect(e.message).toMatch(/did not answer within 0\.1 s/);
  });

  it('maps write errors: quota in plain words, anything else with its name', () => {
    expect(mapWriteError(new DOMException('quota', 'QuotaExceededError'), 'https://a.test/').message).toBe('Could not save: storage is full; annotations for https://a.test/ were not saved.');
    expect(mapWriteError({ name: 'NS_ERROR_DOM_QUOTA_REACHED', message: 'x' }, 'https://a.test/').reason).toBe('full');
    const other = mapWriteError(new DOMException('gone', 'UnknownError'), 'https://a.test/');
    expect(other.reason).toBe('write');
    expect(other.message).toBe('Annotations for https://a.test/ were not saved (UnknownError: gone).');
  });

  it('maps open errors', () => {
    expect(mapOpenError(new DOMException('v', 'VersionError')).reason).toBe('newer-version');
    expect(mapOpenError(new DOMException('x', 'InvalidStateError')).reason).toBe('unavailable');
    expect(mapOpenError(new DOMException('x', 'AbortError')).message).toMatch(/could not open its saved annotations \(AbortError: x\)/);
  });
});
