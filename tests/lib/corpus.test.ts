// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import fs from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { annotatePage, linksByClaim, pageClaims } from '../../lib/annotate/annotate';
import { storiesOf } from '../../lib/corpus/stories';
import { NOT_REMEMBERED_TEXT, rememberDecision, type PageReading } from '../../lib/corpus/eligibility';
import { parseCorpusExport, recordsFromExport, toCorpusExport } from '../../lib/corpus/export';
import { corpusIdOf, normalizeUrl, textHashOf } from '../../lib/corpus/identity';
import { CorpusLibrary } from '../../lib/corpus/library';
import { filterSummaries, idsOfSite, importReport } from '../../lib/corpus/listing';
import { corpusIndex, mergeIndexes, selfIds } from '../../lib/corpus/merge';
import { notArticleReason, outletOf } from '../../lib/corpus/page-reading';
import { recordOf } from '../../lib/corpus/records';
import { CorpusRecordSchema, summaryOf, type CorpusRecord } from '../../lib/corpus/schema';
import { CORPUS_DB_VERSION, openCorpusDb, openCorpusStore } from '../../lib/corpus/store';
import { MARKS_PER_CHUNK, MarksChunkSchema, unpackMarks } from '../../lib/corpus/marks';
import { createMatcher } from '../../lib/match/matcher';
import { DEFAULT_SETTINGS, withRemember, withSite } from '../../lib/store/settings';
import { buildSeedIndex } from '../../scripts/seed-index';

const GEN = 'parallax test';
const FLOOD = 'tests/reader-corpus/flood';
const courier = {
  url: 'https://valleycourier.example/2026/03/10/harlow-river-floods-marston',
  outlet: 'The Valley Courier',
  title: 'Harlow River floods downtown Marston as levee gives way',
  date: '2026-03-10',
  text: fs.readFileSync(`${FLOOD}/a-valley-courier.txt`, 'utf8'),
};
const ledger = {
  url: 'https://northernledger.example/news/marston-flood-losses',
  outlet: 'Northern Ledger',
  title: 'Marston counts its losses as Harlow River recedes',
  date: '2026-03-12',
  text: fs.readFileSync(`${FLOOD}/b-northern-ledger.txt`, 'utf8'),
};
const SAVED = '2026-03-12T08:00:00.000Z';
const A = recordOf(courier, SAVED);
const B = recordOf(ledger, SAVED);

const seeds = buildSeedIndex();

describe('corpus identity', () => {
  it('one page whatever the fragment or tracking parameters it was reached with', () => {
    expect(normalizeUrl('https://a.test/story?id=3&utm_source=x&fbclid=y#comments')).toBe('https://a.test/story?id=3');
    expect(corpusIdOf('https://a.test/story?utm_medium=social')).toBe(corpusIdOf('https://a.test/story'));
    expect(corpusIdOf('https://a.test/story?id=3')).not.toBe(corpusIdOf('https://a.test/story?id=4'));
  });

  it('the same article under another address (print view, AMP) has the same text hash; another article does not', () => {
    const print = courier.text.replace(/\n\n/g, '\n').replace(/"/g, '“').toUpperCase();
    expect(textHashOf(print)).toBe(textHashOf(courier.text));
    expect(textHashOf(ledger.text)).not.toBe(textHashOf(courier.text));
  });

  it('a record holds outlet, title, date, URL, text and its claims as the index stores them', () => {
    expect(CorpusRecordSchema.parse(A)).toEqual(A);
    expect(A).toMatchObject({ id: corpusIdOf(courier.url), outlet: 'The Valley Courier', date: '2026-03-10', url: courier.url });
    expect(A.claims.length).toBeGreaterThan(8);
    expect(A.claims.every((c) => c.sourceId === A.id && !('id' in c) && !('end' in c))).toBe(true);
    // An undated page stays undated.
    expect(recordOf({ ...courier, date: undefined }, SAVED).date).toBeUndefined();
  });
});

describe('corpus store (IndexedDB)', () => {
  it('keeps articles, reads them back validated, and stores nothing twice', async () => {
    const store = await openCorpusStore(new IDBFactory());
    expect(await store.put([A])).toMatchObject({ added: [A.id] });
    expect(await store.get(A.id)).toEqual(A);
    // The same page again, and the same article under another address: nothing new.
    expect(await store.put([A])).toMatchObject({ added: [], unchanged: [A.id] });
    const amp = recordOf({ ...courier, url: 'https://valleycourier.example/amp/harlow-river-floods-marston' }, SAVED);
    expect(await store.put([amp])).toMatchObject({ added: [], duplicates: [{ id: amp.id, sameAs: A.id }] });
    // An update of the article at the same address replaces it.
    const updated = recordOf({ ...courier, text: `${courier.text}\n\nUpdate: the river fell below flood stage on Friday.` }, SAVED);
    expect(await store.put([updated])).toMatchObject({ replaced: [A.id] });
    expect((await store.all()).articles.map((a) => a.id)).toEqual([A.id]);
    expect(await store.count()).toBe(1);
    store.close();
  });

  it('a record damaged on disk is skipped with its reason, and stays on disk', async () => {
    const factory = new IDBFactory();
    const store = await openCorpusStore(factory);
    await store.put([A, B]);
    store.close();
    const db = await openCorpusDb(factory, CORPUS_DB_VERSION);
    await db.put('articles', { ...B, date: 'last Tuesday' });
    db.close();
    const again = await openCorpusStore(factory);
    const { articles, skipped } = await again.all();
    expect(articles.map((a) => a.id)).toEqual([A.id]);
    expect(skipped[0]).toMatch(new RegExp(`${B.id}.*date`));
    expect(await again.count()).toBe(2);
    again.close();
  });

  it('removing one, a site, all; each change bumps the revision and keeps the marks and the count in step', async () => {
    const factory = new IDBFactory();
    const store = await openCorpusStore(factory);
    const counted = async () => {
      const db = await openCorpusDb(factory, CORPUS_DB_VERSION);
      const n = await db.get('derived', 'count');
      db.close();
      return n;
    };
    // A new database has no count until its marks are first read; from then on every write keeps it.
    expect(await store.marks()).toEqual([]);
    expect(await counted()).toBe(0);
    await store.put([A, B]);
    expect(await counted()).toBe(2);
    const rev = await store.revision();
    expect((await store.marks()).map((m) => m.id).sort()).toEqual([A.id, B.id].sort());
    expect(await store.remove([A.id, 'reader-0000000000000000'])).toBe(1);
    expect(await store.revision()).toBe(rev + 1);
    expect((await store.marks()).map((m) => m.id)).toEqual([B.id]);
    expect(await counted()).toBe(1);
    expect(await store.clear()).toBe(1);
    expect((await store.all()).articles).toEqual([]);
    expect(await store.marks()).toEqual([]);
    store.close();
  });

  it('marks are kept 500 articles to a row: past a row the next one starts, and removing or replacing one edits its row only', async () => {
    const factory = new IDBFactory();
    const store = await openCorpusStore(factory);
    const many = Array.from({ length: MARKS_PER_CHUNK + 3 }, (_, i) => recordOf({ url: `https://wire.example/${i}`, outlet: 'Wire', title: `Brief ${i}`, date: '2026-03-10', text: `Brief number ${i}: the Harlow River rose ${i} centimetres at Marston.` }, SAVED));
    await store.put(many.slice(0, 10));
    for (const r of many.slice(10)) await store.put([r]);
    const db = await openCorpusDb(factory, CORPUS_DB_VERSION);
    expect(await db.getAllKeys('marks')).toEqual([0, 1]);
    db.close();
    expect(await store.remove([(many[3] as CorpusRecord).id])).toBe(1);
    expect(await store.put([{ ...(many[600 % many.length] as CorpusRecord), title: 'Brief, corrected' }])).toMatchObject({ replaced: [(many[600 % many.length] as CorpusRecord).id] });
    const marks = await store.marks();
    expect(marks).toHaveLength(MARKS_PER_CHUNK + 2);
    expect(marks.some((m) => m.id === (many[3] as CorpusRecord).id)).toBe(false);
    expect(marks.filter((m) => m.title === 'Brief, corrected')).toHaveLength(1);
    expect(marks.find((m) => m.id === (many[7] as CorpusRecord).id)).toMatchObject({ date: '2026-03-10', names: expect.arrayContaining(['marston']) });
    store.close();
  });

  it('an article remembered by an older engine keeps everything, its claims read again from its text', async () => {
    const factory = new IDBFactory();
    const db = await openCorpusDb(factory, CORPUS_DB_VERSION);
    await db.put('articles', { ...A, indexVersion: 1, claims: [{ sourceId: A.id, an: 'old claim shape' }] });
    db.close();
    const store = await openCorpusStore(factory);
    const { articles, skipped } = await store.all();
    expect(skipped).toEqual([]);
    expect(articles).toEqual([A]);
    store.close();
  });

  it('an article read by an older engine and matched against is stored again with this engine\'s claims, once', async () => {
    const factory = new IDBFactory();
    const store = await openCorpusStore(factory);
    await store.put([A]);
    store.close();
    let db = await openCorpusDb(factory, CORPUS_DB_VERSION);
    await db.put('articles', { ...A, indexVersion: 1, claims: [{ sourceId: A.id, an: 'old claim shape' }] });
    db.close();
    const again = await openCorpusStore(factory);
    expect(await again.getMany([A.id])).toEqual([A]);
    await again.settled();
    again.close();
    db = await openCorpusDb(factory, CORPUS_DB_VERSION);
    expect(await db.get('articles', A.id)).toEqual(A);
    db.close();
    const third = await openCorpusStore(factory);
    expect((await third.marks()).map((m) => m.id)).toEqual([A.id]);
    third.close();
  });

  it('a malformed article is refused before anything is written', async () => {
    const store = await openCorpusStore(new IDBFactory());
    await store.put([A]);
    await expect(store.put([B, { ...B, id: 'reader-x', textHash: 'nope' } as CorpusRecord])).rejects.toThrow(/textHash/);
    expect((await store.all()).articles.map((a) => a.id)).toEqual([A.id]);
    store.close();
  });
});

describe('corpus store upgrades', () => {
  it('a version-1 database (articles only) upgrades to the current one keeping every article', async () => {
    const factory = new IDBFactory();
    const v1 = await openCorpusDb(factory, 1);
    expect([...v1.objectStoreNames]).toEqual(['articles']);
    await v1.put('articles', A);
    await v1.put('articles', B);
    v1.close();
    const store = await openCorpusStore(factory);
    expect((await store.all()).articles.map((a) => a.id).sort()).toEqual([A.id, B.id].sort());
    // What version 2 added works on the old records: same-text lookup and the saved index.
    const amp = recordOf({ ...ledger, url: 'https://northernledger.example/amp/marston' }, SAVED);
    expect(await store.put([amp])).toMatchObject({ duplicates: [{ sameAs: B.id }] });
    // What version 3 added: each old article's marks, made from its record on first read.
    expect((await store.marks()).map((m) => m.id).sort()).toEqual([A.id, B.id].sort());
    store.close();
  });

  it('a version-2 database (with its whole saved index) upgrades keeping every article; the old index is deleted and marks are made', async () => {
    const factory = new IDBFactory();
    const v2 = await openCorpusDb(factory, 2);
    expect([...v2.objectStoreNames].sort()).toEqual(['articles', 'derived']);
    await v2.put('articles', A);
    await v2.put('articles', B);
    await v2.put('derived', 7, 'rev');
    await v2.put('derived', { revision: 7, index: { big: true }, catalog: [] }, 'index');
    await v2.put('articles', { ...B, id: 'reader-00000000000000aa', url: 'https://northernledger.example/x', textHash: '00000000000000aa', date: 'last Tuesday' });
    v2.close();
    const store = await openCorpusStore(factory);
    expect((await store.all()).articles.map((a) => a.id).sort()).toEqual([A.id, B.id].sort());
    expect(await store.revision()).toBe(7);
    // The manager's list comes from the marks: titles and dates without texts; the damaged record is named, and stays.
    const listed = await store.summaries();
    expect(listed.articles.map((a) => a.title).sort()).toEqual([courier.title, ledger.title].sort());
    expect(listed.skipped[0]).toMatch(/reader-00000000000000aa.*date/);
    expect(await store.count()).toBe(3);
    const marks = await store.marks();
    expect(marks.find((m) => m.id === A.id)?.names).toEqual(expect.arrayContaining(['marston']));
    store.close();
    const db = await openCorpusDb(factory, CORPUS_DB_VERSION);
    expect(await db.get('derived', 'index')).toBeUndefined();
    // The marks were written, not only made in memory.
    expect((await db.getAll('marks')).flatMap((c) => unpackMarks(MarksChunkSchema.parse(c)).map((m) => m.id)).sort()).toEqual([A.id, B.id].sort());
    db.close();
  });

  it('a new profile (no database) gets the current version', async () => {
    const factory = new IDBFactory();
    const store = await openCorpusStore(factory);
    store.close();
    const db = await openCorpusDb(factory, CORPUS_DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['articles', 'derived', 'marks']);
    expect([...db.transaction('articles').store.indexNames].sort()).toEqual(['textHash', 'url']);
    db.close();
  });

  it('a database of a newer Parallax is left alone, with a message saying so', async () => {
    const factory = new IDBFactory();
    (await openCorpusDb(factory, CORPUS_DB_VERSION + 1)).close();
    await expect(openCorpusStore(factory)).rejects.toThrow(/newer version of Parallax/);
  });
});

describe('corpus export and import', () => {
  it('export then import gives the same articles; importing twice adds nothing twice', async () => {
    const file = JSON.stringify(toCorpusExport([A, B], '2026-03-13T00:00:00.000Z'));
    const entries = parseCorpusExport(file, 'corpus.json');
    expect(entries.map((e) => e.title)).toEqual([A.title, B.title]);
    const store = await openCorpusStore(new IDBFactory());
    const first = await store.put(recordsFromExport(entries));
    expect(importReport(first, 'corpus.json')).toBe('Imported corpus.json: 2 added.');
    const second = await store.put(recordsFromExport(parseCorpusExport(file, "corpus.json")));
    expect(importReport(second, 'corpus.json')).toBe('Imported corpus.json: 0 added, 2 already remembered.');
    const back = (await store.all()).articles.sort((x, y) => x.id.localeCompare(y.id));
    expect(back).toEqual([A, B].sort((x, y) => x.id.localeCompare(y.id)));
    store.close();
  });

  it.each([
    ['not JSON', '{', /corpus\.json: not valid JSON/],
    ['another file', JSON.stringify({ format: 'w3c', articles: [] }), /corpus\.json: not a Parallax corpus export/],
    ['a bad date', null, /corpus\.json: articles\[1\] \("Marston counts its losses as Harlow River recedes"\): date: expected YYYY-MM-DD/],
    ['a missing text', 'text', /corpus\.json: articles\[0\] \("Harlow River floods downtown Marston as levee gives way"\): text: missing/],
  ])('%s: the error names the entry and the field, and nothing stored is lost', async (_, bad, message) => {
    const good = toCorpusExport([A, B], '2026-03-13T00:00:00.000Z');
    let text = bad ?? '';
    if (bad === null) text = JSON.stringify({ ...good, articles: [good.articles[0], { ...good.articles[1], date: '12/03/2026' }] });
    if (bad === 'text') text = JSON.stringify({ ...good, articles: [{ ...good.articles[0], text: undefined }, good.articles[1]] });
    const store = await openCorpusStore(new IDBFactory());
    await store.put([A]);
    await expect(async () => store.put(recordsFromExport(parseCorpusExport(text, "corpus.json")))).rejects.toThrow(message);
    expect((await store.all()).articles).toEqual([A]);
    store.close();
  });
});

describe('matching against seeds plus the corpus', () => {
  it('outlet B’s article is linked to outlet A’s sentences on the same facts, with A’s figures set against its own', () => {
    const index = mergeIndexes(seeds, corpusIndex([A], GEN));
    expect(index.sources.map((s) => s.id)).toEqual([...seeds.sources.map((s) => s.id), A.id].sort());
    const page = annotatePage({ text: ledger.text, url: ledger.url, date: ledger.date }, createMatcher(index));
    const linked = page.annotations.filter((a) => a.links.some((l) => l.outlet === 'The Valley Courier'));
    expect(linked.length).toBeGreaterThanOrEqual(5);
    const evacuated = page.annotations.find((a) => a.text.includes('1,500 residents'));
    expect(evacuated?.status).toBe('disputed');
    expect(evacuated?.links[0]?.text).toContain('About 1,200 residents');
    // Nothing from the seeds' story (Afghanistan, August 2020) is linked to a flood.
    expect(page.annotations.flatMap((a) => a.links).every((l) => l.sourceId === A.id)).toBe(true);
  });

  it('merging keeps each side’s links and facts: positions still name the same claims', () => {
    const corpus = corpusIndex([A, B], GEN);
    const merged = mergeIndexes(seeds, corpus);
    expect(merged.claims.length).toBe(seeds.claims.length + corpus.claims.length);
    for (const side of [seeds, corpus]) {
      side.claims.forEach((c, i) => {
        const j = merged.claims.findIndex((m) => m.id === c.id);
        expect(merged.facts[j]).toBe(side.facts[i]);
        expect((merged.neighbors[j] ?? []).map((n) => merged.claims[n]?.id)).toEqual((side.neighbors[i] ?? []).map((n) => side.claims[n]?.id));
      });
    }
    expect(() => mergeIndexes(corpus, corpus)).toThrow(/in both indexes/);
  });

  it('a page is never linked to itself: same URL, or the same text under another URL', () => {
    const catalog = [A, B].map((r) => ({ id: r.id, url: r.url, textHash: r.textHash }));
    expect(selfIds(catalog, { url: `${ledger.url}#comments`, text: 'anything' })).toEqual([B.id]);
    expect(selfIds(catalog, { url: 'https://syndicated.example/marston', text: ledger.text.replace(/\n+/g, ' ') })).toEqual([B.id]);
    const index = mergeIndexes(seeds, corpusIndex([A, B], GEN));
    const page = annotatePage({ text: ledger.text, url: 'https://syndicated.example/marston', date: ledger.date }, createMatcher(index), { exclude: selfIds(catalog, { url: 'https://syndicated.example/marston', text: ledger.text }) });
    expect(page.annotations.flatMap((a) => a.links).some((l) => l.sourceId === B.id)).toBe(false);
    expect(page.annotations.length).toBeGreaterThan(0);
  });
});

describe('the background’s library', () => {
  const annotateWith = async (lib: CorpusLibrary, page: { text: string; url: string; date?: string }) => {
    const claims = pageClaims(page);
    const { matcher, exclude } = await lib.matcherFor({ ...page, claims });
    return annotatePage(page, matcher, { claims, exclude });
  };

  it('remembers A, then B is matched against it; a woken worker reads marks, not a corpus index; forgetting A unlinks it', async () => {
    const factory = new IDBFactory();
    const lib = new CorpusLibrary(async () => seeds, () => openCorpusStore(factory));
    expect(await lib.remember(courier, undefined, SAVED)).toBe('added');
    expect(await lib.remember(courier, undefined, SAVED)).toBe('unchanged');
    const b = await annotateWith(lib, { text: ledger.text, url: ledger.url, date: ledger.date });
    expect(b.annotations.filter((a) => a.links.some((l) => l.sourceId === A.id)).length).toBeGreaterThan(4);
    expect(await lib.status(courier.url)).toEqual({ count: 1, remembered: true });

    // A new service worker on the same profile: the same links.
    const woken = new CorpusLibrary(async () => seeds, () => openCorpusStore(factory));
    expect((await woken.load()).catalog.size).toBe(1);
    expect((await annotateWith(woken, { text: ledger.text, url: ledger.url, date: ledger.date })).annotations).toEqual(b.annotations);

    expect(await woken.forget(courier.url)).toBe(true);
    expect((await annotateWith(woken, { text: ledger.text, url: ledger.url, date: ledger.date })).annotations).toEqual([]);
  });

  it('a page read and remembered keeps its links: the next outlet is corroborated through them, and the story holds all three', async () => {
    const factory = new IDBFactory();
    const lib = new CorpusLibrary(async () => seeds, () => openCorpusStore(factory));
    await lib.remember(courier, undefined, SAVED);
    // B is read (matched against A) and remembered with what its reading made.
    const bPage = { text: ledger.text, url: ledger.url, date: ledger.date };
    const bClaims = pageClaims(bPage);
    const bRead = await annotateWith(lib, bPage);
    expect(await lib.remember(ledger, { claims: bClaims, links: linksByClaim(bClaims, bRead) }, SAVED)).toBe('added');
    const stored = (await lib.matcherOf([A.id, B.id])).index;
    // B's links to A came from its reading: A's and B's linked sentences share facts, both ways.
    const aAt = stored.claims.findIndex((c) => c.sourceId === A.id && (stored.neighbors[stored.claims.indexOf(c)] ?? []).some((n) => stored.claims[n]?.sourceId === B.id));
    expect(aAt).toBeGreaterThanOrEqual(0);
    const story = storiesOf(stored).find((s) => s.articles.some((a) => a.id === A.id));
    expect(story?.articles.map((a) => a.id).sort()).toEqual([A.id, B.id].sort());
  });

  it('a page is never matched against its own remembered copy', async () => {
    const factory = new IDBFactory();
    const lib = new CorpusLibrary(async () => seeds, () => openCorpusStore(factory));
    await lib.remember(courier, undefined, SAVED);
    await lib.remember(ledger, undefined, SAVED);
    const page = await annotateWith(lib, { text: ledger.text, url: 'https://syndicated.example/marston', date: ledger.date });
    expect(page.annotations.flatMap((a) => a.links).some((l) => l.sourceId === B.id)).toBe(false);
    expect(page.annotations.some((a) => a.links.some((l) => l.sourceId === A.id))).toBe(true);
  });

  it('matching still works from the bundled index when IndexedDB is refused, and says why', async () => {
    const refusing = { open() { throw Object.assign(new Error('denied'), { name: 'SecurityError' }); } } as unknown as IDBFactory;
    const lib = new CorpusLibrary(async () => seeds, () => openCorpusStore(refusing));
    const loaded = await lib.load();
    expect(loaded.corpusError).toMatch(/IndexedDB storage is unavailable/);
    const claims = pageClaims({ text: ledger.text, url: ledger.url });
    expect((await lib.matcherFor({ text: ledger.text, url: ledger.url, claims })).matcher.index.sources.length).toBe(seeds.sources.length);
  });
});

describe('which pages are remembered', () => {
  const article: PageReading = { outlet: 'The Valley Courier', notArticle: null, incognito: false };
  const on = withRemember(DEFAULT_SETTINGS, true);
  it.each([
    ['remembering off', DEFAULT_SETTINGS, article, false, 'setting-off'],
    ['a private window (content script)', on, { ...article, incognito: true }, false, 'private-window'],
    ['a private window (sender tab)', on, article, true, 'private-window'],
    ['an excluded site', withSite(on, 'valleycourier.example', false), article, false, 'excluded-site'],
    ['a home page', on, { ...article, notArticle: 'home-page' }, false, 'home-page'],
    ['a news article', on, article, false, null],
  ] as const)('%s', (_, settings, reading, tabIncognito, why) => {
    expect(rememberDecision(settings, courier.url, reading, tabIncognito)).toBe(why);
    if (why) expect(NOT_REMEMBERED_TEXT[why]).toMatch(/\.$/);
  });

  const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>${courier.text.split('\n\n')[i + 1] ?? ''} ${'The water rose through the night and crews worked until morning. '.repeat(3)}</p>`).join('');
  const articleHtml = `<html><head><meta property="og:site_name" content="The Valley Courier"><meta property="article:published_time" content="2026-03-10T09:00:00Z"></head><body><article><h1>Flood</h1>${paragraphs}</article></body></html>`;
  const doc = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

  it.each([
    ['an article page', 'https://valleycourier.example/2026/03/10/flood', articleHtml, null],
    ['the home page', 'https://valleycourier.example/', articleHtml, 'home-page'],
    ['search results', 'https://valleycourier.example/search?q=flood', articleHtml, 'search-results'],
    ['web mail', 'https://mail.example.com/inbox/123', articleHtml, 'mail'],
    ['a sign-in form', 'https://valleycourier.example/account', articleHtml.replace('</article>', '<form><input type="password"></form></article>'), 'form'],
    ['a page without article markup', 'https://valleycourier.example/about', articleHtml.replace(/<\/?article>/g, '').replace(/<meta property="article[^>]*>/, ''), 'no-article-markup'],
    ['a short article-shaped page', 'https://valleycourier.example/2026/03/10/brief', '<html><body><article><p>Short.</p></article></body></html>', 'not-readerable'],
  ])('%s', (_, url, html, why) => {
    expect(notArticleReason(doc(html), url)).toBe(why);
  });

  it('the outlet is og:site_name, else the host', () => {
    expect(outletOf(doc(articleHtml), 'https://www.valleycourier.example/x')).toBe('The Valley Courier');
    expect(outletOf(doc('<html><body></body></html>'), 'https://www.valleycourier.example/x')).toBe('valleycourier.example');
  });
});

describe('the manager’s list', () => {
  const list = [A, B, recordOf({ ...ledger, url: 'https://northernledger.example/news/other', title: 'Council votes on budget', date: undefined, text: 'The council voted on the budget on Monday.' }, '2026-03-14T00:00:00.000Z')].map(summaryOf);
  it('searches outlet, title and date, newest first; a site’s articles are removed together', () => {
    expect(filterSummaries(list, '').map((s) => s.title)).toEqual(['Council votes on budget', B.title, A.title]);
    expect(filterSummaries(list, 'ledger 2026-03-12').map((s) => s.title)).toEqual([B.title]);
    expect(filterSummaries(list, 'COURIER').map((s) => s.outlet)).toEqual(['The Valley Courier']);
    expect(filterSummaries(list, 'undated').map((s) => s.title)).toEqual(['Council votes on budget']);
    expect(idsOfSite(list, 'northernledger.example')).toHaveLength(2);
  });
});
