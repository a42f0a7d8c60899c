// First: zod's config must run before any module that defines a schema (lib/zod-config.ts).
import '../lib/zod-config';
import { browser } from 'wxt/browser';
import { annotatePage, annotationsOf, firstAnnotations, linksByClaim, matchPage, pageAnnotationsOf, pageClaims, type MatchedPage } from '../lib/annotate/annotate';
import type { PageAnnotations } from '../lib/annotate/schema';
import { parseIndex, type Index } from '../lib/index/schema';
import { statusOf } from '../lib/index/status';
import { parseHTML } from 'linkedom/worker';
import { locateArticle, type LocatedArticle } from '../lib/extract/located';
import { RequestSchema, type AnnotateRequest, type ContentRequest, type CorpusStatus, type IndexStatus, type PackedReply, type ReadPageReply, type RememberReply, type RememberRequest, type Request as BackgroundRequest } from '../lib/messages';
import { openPageStore, type PageStore } from '../lib/store/pages';
import { CorpusLibrary } from '../lib/corpus/library';
import { openCorpusStore } from '../lib/corpus/store';
import { NOT_REMEMBERED_TEXT, rememberDecision } from '../lib/corpus/eligibility';
import { migrateSettings, SETTINGS_KEY } from '../lib/store/settings';
import { PARALLAX_VERSION } from '../lib/version';
import { PendingReplies, sliceReply } from '../lib/reply-slices';
import { byDate, storiesOf, storyOfPage, type Story } from '../lib/corpus/stories';
import { corpusIdOf, textHashOf } from '../lib/corpus/identity';
import type { ArticleRead } from '../lib/corpus/records';
import { MAX_STORY_ARTICLES, type StoryReply } from '../lib/messages';
import { createMatcher, type Matcher } from '../lib/match/matcher';

/** Badge colours: the warning colour when any sentence on the page is disputed. */
const BADGE_DISPUTED = '#b45309';
const BADGE_CORROBORATED = '#2563eb';

/**
 * The bundled index, fetched from the extension's own files (never the network) and validated once
 * per background lifetime, then shared by every tab: tabs send their article text here to be matched.
 * (index.json is generated at build time by modules/seed-index.ts, so WXT's PublicPath type does not list it.)
 */
let loaded: Promise<{ index: Index; status: IndexStatus } | { error: string }> | undefined;
function loadIndex(): typeof loaded & object {
  loaded ??= fetch(browser.runtime.getURL('/index.json' as '/popup.html'))
    .then((r) => r.json())
    .catch((e: Error) => {
      throw new Error(`index.json: ${e.message}`);
    })
    .then((data: unknown) => {
      // Validated once: at 10,000 articles one zod pass over the index takes about 3 s.
      const index = parseIndex(data, 'index.json');
      return { index, status: statusOf(index) };
    })
    // parseIndex's errors already name the file.
    .catch((e: Error) => ({ error: e.message }));
  return loaded;
}

/**
 * The reader's corpus (lib/corpus): pages are matched against the bundled index merged with it. Its
 * index is kept in IndexedDB, so a woken service worker loads it rather than building it.
 */
const library = new CorpusLibrary(
  () => loadIndex().then((i) => {
    if ('error' in i) throw new Error(i.error);
    return i.index;
  }),
  () => openCorpusStore(),
);
/** The last remembering still under way: the next page waits for it, so it is matched against the corpus that includes it. */
let remembering: Promise<unknown> = Promise.resolve();

/** IndexedDB, opened on first use; when it cannot be, annotations still work from memory and the popup says why nothing was saved. */
let store: Promise<PageStore> | undefined;
async function save(page: PageAnnotations): Promise<string | null> {
  try {
    store ??= openPageStore();
    await (await store).save(page);
    return null;
  } catch (e) {
    store = undefined;
    return (e as Error).message;
  }
}

/** Chrome MV3 has `action`; Firefox MV2 has `browserAction`. */
function toolbar(): typeof browser.action | undefined {
  return browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
}

async function setBadge(tabId: number | undefined, page: PageAnnotations | null): Promise<void> {
  const action = toolbar();
  if (tabId === undefined || !action) return;
  const n = page?.annotations.length ?? 0;
  const disputed = page?.annotations.some((a) => a.status === 'disputed') ?? false;
  await action.setBadgeText({ tabId, text: n > 0 ? String(n) : '' });
  if (n > 0) await action.setBadgeBackgroundColor({ tabId, color: disputed ? BADGE_DISPUTED : BADGE_CORROBORATED });
}

/** Long replies travel in slices (lib/reply-slices.ts); the rest waits here until the tab fetches it. */
const pending = new PendingReplies(() => crypto.randomUUID());

/** A page's article as it is matched: what `annotate` sends, or what the background read from its HTML. */
interface PageInput {
  url: string;
  text: string;
  title?: string;
  date?: string;
}

/** A page matched (its annotations not yet built: annotate() compares their links in parts), and the steps' times. */
type Matched = { ok: true; matched: MatchedPage; timings: Record<string, number> } | { ok: false; error: string };

/** Matches a page's article against the bundled index and the reader's corpus. */
async function matchInput(input: PageInput): Promise<Matched> {
  const entered = performance.now();
  const index = await loadIndex();
  if ('error' in index) return { ok: false, error: index.error };
  const indexed = performance.now();
  firstTime('indexReady');
  await remembering;
  const waited = performance.now();
  // The page's claims first: they choose the remembered articles it is matched against (its story).
  const started = performance.now();
  const claims = pageClaims(input);
  const read0 = performance.now() - started;
  firstTime('claimsRead');
  // Never linked to itself: the remembered copy of this page, at this URL or under another.
  const { matcher, exclude, timings, candidates } = await library.matcherFor({ ...input, claims });
  const before = performance.now();
  firstTime('matcherReady');
  const matched = matchPage(input, matcher, { claims, ...(exclude.length > 0 ? { exclude } : {}) });
  const times = { index: indexed - entered, remembering: waited - indexed, claims: read0, ...timings, match: performance.now() - before, candidates: candidates.length };
  return { ok: true, matched, timings: times };
}

/** A page's input from its address and what was read of it, title and date only when there are ones. */
const pageInput = (url: string, a: { text: string; title?: string | undefined; date?: string | undefined }): PageInput => ({ url, text: a.text, ...(a.title ? { title: a.title } : {}), ...(a.date ? { date: a.date } : {}) });

const sameInput = (a: PageInput, b: PageInput): boolean => a.url === b.url && a.text === b.text && a.title === b.title && a.date === b.date;

/**
 * Matching begun when a page's article was read here (`read-page` with the page's URL), before the tab
 * asks for it: the `annotate` request for the same article takes it instead of starting again, so the
 * page's check of the reading and its finding of the characters overlap the matching. By URL, the last
 * few only; an entry is used once.
 */
const begun = new Map<string, { input: PageInput; matched: Promise<Matched> }>();
const BEGUN_KEPT = 4;
function beginMatching(input: PageInput): void {
  const matched = matchInput(input);
  // A failure is the annotate request's to report; unasked, it is dropped with its entry.
  matched.catch(() => undefined);
  begun.delete(input.url);
  begun.set(input.url, { input, matched });
  for (const key of begun.keys()) {
    if (begun.size <= BEGUN_KEPT) break;
    begun.delete(key);
  }
}
function matchingOf(input: PageInput): Promise<Matched> {
  const b = begun.get(input.url);
  begun.delete(input.url);
  return b && sameInput(b.input, input) ? b.matched : matchInput(input);
}

async function annotate(req: AnnotateRequest, tabId: number | undefined, tabIncognito: boolean): Promise<PackedReply | { ok: false; error: string }> {
  const entered = performance.now();
  const result = await matchingOf(pageInput(req.url, req));
  if (!result.ok) {
    await setBadge(tabId, null).catch(() => undefined);
    return { ok: false, error: result.error };
  }
  const { matched } = result;
  const times: Record<string, number> = (lastMatchMs = { ...result.timings });
  firstTime('annotateMatched');
  // The first sentences' notes go out as soon as their links are compared; the rest are compared in
  // the next task (PendingReplies), while the page highlights the first. Storing the page, the badge
  // and remembering the article follow once the last slice has gone out, with the whole page.
  const compared = performance.now();
  // A long article (FIRST_PART_MAX_CHARS) is compared whole before the reply, as before parts.
  const first = req.text.length > FIRST_PART_MAX_CHARS ? { annotations: annotationsOf(matched), next: matched.claims.length } : firstAnnotations(matched);
  times.firstPart = performance.now() - compared;
  firstTime('firstPartCompared');
  let whole: PageAnnotations = pageAnnotationsOf(matched, first.annotations);
  const head = sliceReply(whole);
  const finish = (): void => {
    const read = { claims: matched.claims, links: linksByClaim(matched.claims, whole) };
    keepRead(req.url, req.text, read, matched.matcher);
    void keep(whole, tabId, req, tabIncognito, read);
  };
  times.total = performance.now() - entered;
  if (first.next >= matched.claims.length) {
    times.slices = head.length;
    return pending.first(head, finish);
  }
  return pending.first(head, finish, () => {
    const t = performance.now();
    whole = pageAnnotationsOf(matched, [...first.annotations, ...annotationsOf(matched, first.next)]);
    const rest = sliceReply(pageAnnotationsOf(matched, whole.annotations.slice(first.annotations.length)));
    times.rest = performance.now() - t;
    times.slices = head.length + rest.length;
    return rest;
  });
}

/**
 * Articles longer than this (characters) get their annotations in one reply, compared whole: on the
 * 100,000-word page, replying with the first part and comparing the rest meanwhile went with longer
 * main-thread tasks in the page (the longest per traced load: medians 52 against 41 ms over 12 loads
 * each, alternated with the build before; the content script alone swapped back did not change it).
 * The same limit as the content script's LONG_ARTICLE_CHARS, where highlighting goes a batch per task.
 */
const FIRST_PART_MAX_CHARS = 20_000;

/**
 * What the last pages read made of them, by URL: "Add this page" remembers a page with the claims and
 * links its annotation made (when the text is the same), and the popup's story view reads the page's
 * story from the articles its matcher held. The last few pages only.
 */
const lastRead = new Map<string, { textHash: string; read: ArticleRead; matcher: Matcher }>();
const LAST_READ_KEPT = 8;
function keepRead(url: string, text: string, read: ArticleRead, matcher: Matcher): void {
  lastRead.delete(url);
  lastRead.set(url, { textHash: textHashOf(text), read, matcher });
  for (const key of lastRead.keys()) {
    if (lastRead.size <= LAST_READ_KEPT) break;
    lastRead.delete(key);
  }
}
function readOf(url: string, text: string): ArticleRead | undefined {
  const r = lastRead.get(url);
  return r && r.textHash === textHashOf(text) ? r.read : undefined;
}

/**
 * Getting ready while a page reads its article (`wake`): the bundled index and the corpus's marks are
 * loaded, and the engine runs once on a short text, so that its first real page does not pay for the
 * engine's one-time set-up (tables built on first use, code compiled). Once per service worker.
 */
let ready: Promise<void> | undefined;
const WARM_UP_TEXT = 'Officials said on Tuesday that 12 people were killed and more than 40 injured when the river flooded the town, according to the mayor.\n\nThe company said it would cut 1,200 jobs, about 5% of its workforce, by March.';
function getReady(): Promise<void> {
  ready ??= (async () => {
    // The marks are read from IndexedDB while the engine warms up on the bundled index: the warm-up
    // waits for the store to open and the marks to be asked for, so that IndexedDB reads them while
    // it runs. Started the other way round, the store's opening waited behind the warm-up and the
    // page's reading, and a cold page then waited 150–170 ms for the marks after its claims were read.
    const loading = library.load().catch(() => undefined);
    await library.opened();
    firstTime('storeOpened');
    const i = await loadIndex();
    firstTime('warmUpStarts');
    if (!('error' in i)) {
      const input = { text: WARM_UP_TEXT, url: 'https://parallax.invalid/warm-up' };
      annotatePage(input, createMatcher(i.index), { claims: pageClaims(input) });
    }
    firstTime('warmedUp');
    await loading;
    firstTime('marksLoaded');
  })().catch(() => undefined);
  return ready;
}

/** Pages whose article could not be remembered (storage full, IndexedDB refused), and why: the popup says so. The last few only. */
const notRemembered = new Map<string, string>();
const NOT_REMEMBERED_KEPT = 20;
function noteNotRemembered(url: string, error: string): void {
  notRemembered.delete(url);
  notRemembered.set(url, error);
  for (const key of notRemembered.keys()) {
    if (notRemembered.size <= NOT_REMEMBERED_KEPT) break;
    notRemembered.delete(key);
  }
}

/** Remembers the page's article when the reader asked for it and the page is one (lib/corpus/eligibility.ts). */
async function rememberIfWanted(req: AnnotateRequest, tabIncognito: boolean, read: ArticleRead): Promise<void> {
  if (!req.reading) return;
  const stored = (await browser.storage.local.get(SETTINGS_KEY).catch(() => ({}))) as Record<string, unknown>;
  if (rememberDecision(migrateSettings(stored[SETTINGS_KEY]), req.url, req.reading, tabIncognito) !== null) return;
  const started = performance.now();
  const task = library.remember({ url: req.url, outlet: req.reading.outlet, title: req.title, date: req.date, text: req.text }, read);
  remembering = task.catch(() => undefined);
  await task;
  lastRememberMs = performance.now() - started;
}

/** How long the last remembering of a read page took in the background (ms), for `npm run bench`. */
let lastRememberMs: number | undefined;
/** The last page's matching, step by step (ms), for `npm run bench`. */
let lastMatchMs: Record<string, number> | undefined;
/**
 * When this worker first did each thing, on its own clock (ms since it started), for `npm run bench`:
 * where a cold start's time goes. A few numbers, set once per wake.
 */
const wokeAt: Record<string, number> = {};
const firstTime = (what: string): void => void (wokeAt[what] ??= performance.now());

/** Stores a page's annotations, sets its badge and remembers its article; tells the tab when IndexedDB refused the annotations. */
async function keep(page: PageAnnotations, tabId: number | undefined, req: AnnotateRequest, tabIncognito: boolean, read: ArticleRead): Promise<void> {
  // Only pages with annotations are worth keeping; a page with none leaves nothing behind.
  const notSaved = page.annotations.length > 0 ? await save(page) : null;
  await setBadge(tabId, page).catch(() => undefined);
  // A corpus that cannot be written loses this page only; the reader sees why in the popup's corpus line.
  await rememberIfWanted(req, tabIncognito, read).then(
    () => notRemembered.delete(req.url),
    (e: Error) => noteNotRemembered(req.url, e.message),
  );
  if (notSaved !== null && tabId !== undefined) {
    await browser.tabs.sendMessage(tabId, { type: 'not-saved', url: page.url, error: notSaved } satisfies ContentRequest).catch(() => undefined);
  }
}

/**
 * A page's article, read here from its HTML (parsed by linkedom, as the CLI reads files) so that
 * Readability's parse is not the page's work; the content script finds the characters in its live
 * text nodes (lib/extract/read-article.ts).
 */
function readPageHtml(html: string): LocatedArticle | null {
  const { document } = parseHTML(html);
  return locateArticle(document as unknown as Document);
}

export default defineBackground(() => {
  firstTime('evaluated');
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    // Only Parallax's own content scripts and pages may ask.
    if (sender.id !== browser.runtime.id) return false;
    const msg = RequestSchema.safeParse(raw);
    if (!msg.success) return false;
    handle(msg.data, sender.tab?.id, sender.tab?.incognito === true).then(sendResponse, () => sendResponse(undefined));
    return true;
  });
});

/** One request's reply; failures come back as `{ ok: false, error }` naming what failed. */
function handle(data: BackgroundRequest, tabId: number | undefined, tabIncognito: boolean): Promise<unknown> {
  firstTime(`got.${data.type}`);
  switch (data.type) {
    case 'index-status':
      return loadIndex().then((i) => ('error' in i ? { ok: false, error: i.error } : i.status));
    case 'annotate':
      return annotate(data, tabId, tabIncognito).catch((e: Error) => ({ ok: false, error: `Parallax failed on this page: ${e.message}` }));
    case 'annotate-more':
      return Promise.resolve(pending.take(data.token));
    case 'read-page':
      return Promise.resolve()
        .then((): ReadPageReply => {
          const article = readPageHtml(data.html);
          firstTime('pageRead');
          if (article && data.url) beginMatching(pageInput(data.url, article));
          return { ok: true, article };
        })
        .catch((e: Error) => ({ ok: false, error: `Parallax could not read this page: ${e.message}` }));
    case 'page-off':
      return setBadge(tabId, null).then(() => ({ ok: true }));
    case 'wake':
      return Promise.resolve(getReady()).then(() => ({ ok: true }));
    case 'remember':
      return rememberPage(data, tabIncognito);
    case 'forget':
      return forgetPage(data.url);
    case 'corpus-status':
      return library.status(data.url).then(
        (s): CorpusStatus => {
          const why = data.url ? notRemembered.get(data.url) : undefined;
          return { ok: true, ...s, ...(why && !s.remembered ? { notRemembered: why } : {}), ...(lastRememberMs !== undefined ? { lastRememberMs } : {}), ...(lastMatchMs ? { lastMatchMs: { ...lastMatchMs, ...Object.fromEntries(Object.entries(wokeAt).map(([k, v]) => [`at.${k}`, v])) } } : {}) };
        },
        (e: Error): CorpusStatus => ({ ok: false, error: e.message }),
      );
    case 'corpus-changed':
      library.invalidate();
      return Promise.resolve({ ok: true });
    case 'story':
      return storyOf(data.url, data.seeds);
  }
}

/** The stories of each matcher's index (bundled plus the page's candidates), grouped once. */
const storiesByIndex = new WeakMap<Matcher, Story[]>();

/** The popup's story view: the articles on the page's story, earliest first, its own remembered copy marked. */
async function storyOf(url: string, seeds: readonly string[]): Promise<StoryReply> {
  try {
    // The matcher the page was annotated with holds its story; after a restart, the linked articles' own.
    const matcher = lastRead.get(url)?.matcher ?? (await library.matcherOf(seeds));
    let stories = storiesByIndex.get(matcher);
    if (!stories) storiesByIndex.set(matcher, (stories = storiesOf(matcher.index)));
    const self = corpusIdOf(url);
    const found = storyOfPage(stories, matcher.index.sources, seeds);
    // The page's own remembered copy is on its story (it is never in the page's own matcher).
    const own = found.length > 0 && !found.some((a) => a.id === self) ? await library.article(self) : undefined;
    const articles = (own ? [...found, own].sort(byDate) : found).slice(0, MAX_STORY_ARTICLES);
    return {
      ok: true,
      articles: articles.map((a) => ({ id: a.id, outlet: a.outlet, title: a.title, ...(a.date ? { date: a.date } : {}), ...(a.url ? { url: a.url } : {}), self: a.id === self })),
    };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

/** "Add this page": remembered whatever the setting, but never from a private window. */
async function rememberPage(req: RememberRequest, tabIncognito: boolean): Promise<RememberReply> {
  if (req.reading.incognito || tabIncognito) return { ok: false, error: NOT_REMEMBERED_TEXT['private-window'] };
  try {
    const task = library.remember({ url: req.url, outlet: req.reading.outlet, title: req.title, date: req.date, text: req.text }, readOf(req.url, req.text));
    remembering = task.catch(() => undefined);
    const outcome = await task;
    return { ok: true, outcome, count: (await library.status(undefined)).count };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

/** "Remove this page". */
async function forgetPage(url: string): Promise<RememberReply> {
  try {
    const removed = await library.forget(url);
    return { ok: true, outcome: removed ? 'removed' : 'absent', count: (await library.status(undefined)).count };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}
