import { browser } from 'wxt/browser';
import { z } from 'zod';
import { annotatePage } from '../lib/annotate/annotate';
import type { PageAnnotations } from '../lib/annotate/schema';
import { parseIndex } from '../lib/index/schema';
import { statusOf } from '../lib/index/status';
import { createMatcher, type Matcher } from '../lib/match/matcher';
import { parseHTML } from 'linkedom/worker';
import { locateArticle, type LocatedArticle } from '../lib/extract/located';
import { RequestSchema, type AnnotateRequest, type ContentRequest, type IndexStatus, type PackedReply, type ReadPageReply, type Request as BackgroundRequest } from '../lib/messages';
import { openPageStore, type PageStore } from '../lib/store/pages';
import { PendingReplies, sliceReply } from '../lib/reply-slices';

/** Badge colours: the warning colour when any sentence on the page is disputed. */
const BADGE_DISPUTED = '#b45309';
const BADGE_CORROBORATED = '#2563eb';

/**
 * The bundled index, fetched from the extension's own files (never the network) and validated once
 * per background lifetime, then shared by every tab: tabs send their article text here to be matched.
 * (index.json is generated at build time by modules/seed-index.ts, so WXT's PublicPath type does not list it.)
 */
let loaded: Promise<{ matcher: Matcher; status: IndexStatus } | { error: string }> | undefined;
function loadIndex(): typeof loaded & object {
  loaded ??= fetch(browser.runtime.getURL('/index.json' as '/popup.html'))
    .then((r) => r.json())
    .catch((e: Error) => {
      throw new Error(`index.json: ${e.message}`);
    })
    .then((data: unknown) => {
      // Validated once: at 10,000 articles one zod pass over the index takes about 3 s.
      const index = parseIndex(data, 'index.json');
      return { matcher: createMatcher(index), status: statusOf(index) };
    })
    // parseIndex's errors already name the file.
    .catch((e: Error) => ({ error: e.message }));
  return loaded;
}

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

async function annotate(req: AnnotateRequest, tabId: number | undefined): Promise<PackedReply | { ok: false; error: string }> {
  const index = await loadIndex();
  if ('error' in index) {
    await setBadge(tabId, null).catch(() => undefined);
    return { ok: false, error: index.error };
  }
  const page = annotatePage({ text: req.text, url: req.url, ...(req.title ? { title: req.title } : {}), ...(req.date ? { date: req.date } : {}) }, index.matcher);
  // The page gets its annotations first; storing them and the badge follow once the last slice has
  // gone out (PendingReplies). A failed save is reported to the tab when it is known.
  return pending.first(sliceReply(page), () => void keep(page, tabId));
}

/** Stores a page's annotations and sets its badge; tells the tab when IndexedDB refused them. */
async function keep(page: PageAnnotations, tabId: number | undefined): Promise<void> {
  // Only pages with annotations are worth keeping; a page with none leaves nothing behind.
  const notSaved = page.annotations.length > 0 ? await save(page) : null;
  await setBadge(tabId, page).catch(() => undefined);
  if (notSaved !== null && tabId !== undefined) {
    await browser.tabs.sendMessage(tabId, { type: 'not-saved', url: page.url, error: notSaved } satisfies ContentRequest).catch(() => undefined);
  }
}

/**
 * A long page's article, read here from its HTML (parsed by linkedom, as the CLI reads files) so that
 * Readability's one long task does not freeze the page; the content script finds the characters in
 * its live text nodes.
 */
function readLongPage(html: string): LocatedArticle | null {
  const { document } = parseHTML(html);
  return locateArticle(document as unknown as Document);
}

// zod compiles no code at run time: extension pages forbid eval, and Parallax asks for no exception.
z.config({ jitless: true });

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    // Only Parallax's own content scripts and pages may ask.
    if (sender.id !== browser.runtime.id) return false;
    const msg = RequestSchema.safeParse(raw);
    if (!msg.success) return false;
    handle(msg.data, sender.tab?.id).then(sendResponse, () => sendResponse(undefined));
    return true;
  });
});

/** One request's reply; failures come back as `{ ok: false, error }` naming what failed. */
function handle(data: BackgroundRequest, tabId: number | undefined): Promise<unknown> {
  switch (data.type) {
    case 'index-status':
      return loadIndex().then((i) => ('error' in i ? { ok: false, error: i.error } : i.status));
    case 'annotate':
      return annotate(data, tabId).catch((e: Error) => ({ ok: false, error: `Parallax failed on this page: ${e.message}` }));
    case 'annotate-more':
      return Promise.resolve(pending.take(data.token));
    case 'read-page':
      return Promise.resolve()
        .then((): ReadPageReply => ({ ok: true, article: readLongPage(data.html) }))
        .catch((e: Error) => ({ ok: false, error: `Parallax could not read this page: ${e.message}` }));
    case 'page-off':
      return setBadge(tabId, null).then(() => ({ ok: true }));
  }
}
