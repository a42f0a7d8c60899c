// First: when the script began, before any other module is evaluated.
import { SCRIPT_BEGAN } from './started';
// Then zod's config, before any module that defines a schema (lib/zod-config.ts).
import '../../lib/zod-config';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fitsInTask, highlightBatches, lastGroupStart } from '../../lib/anchor/batches';
import { applyHighlights, type HighlightSpec, type Highlights } from '../../lib/anchor/highlight';
import { piecesHold, piecesOf } from '../../lib/anchor/pieces';
import type { SentenceAnnotation } from '../../lib/annotate/schema';
import { readArticle, type ArticleReading } from '../../lib/extract/read-article';
import type { PageText } from '../../lib/extract/article';
import { ContentRequestSchema, RememberReplySchema, type PageState, type RememberReply, type RevealReply } from '../../lib/messages';
import { readingOf } from '../../lib/corpus/page-reading';
import { fetchAnnotations, sliceState } from '../../lib/reply-slices';
import { WorkClock } from '../../lib/work-clock';
import { isEnabledOn, migrateSettings, SETTINGS_KEY, type Settings } from '../../lib/store/settings';
import { FLASH_MS, FLASH_STYLE, HIGHLIGHT_STYLE } from '../../lib/ui/highlight-style';
import { Overlay } from './overlay';

/**
 * Highlights applied per batch (lib/anchor/batches.ts). On a long page each batch is a task and the
 * browser's rendering update after it grows with the paragraphs it touched. On the 100,000-word page,
 * at 20 those updates took 20–30 ms (Layout 7–14, PrePaint 11–14) and the longest task per traced load
 * was 30–58 ms over 10 loads (over the 50 ms budget in 1); at 10 they take 10–20 ms and the longest
 * task was 28–38 ms over 10 loads. The price: Parallax's run there took 2.7–3.1 s, now 3.3–3.8 s.
 */
const HIGHLIGHT_BATCH = 10;
/**
 * On a page read in place, batches run in one task while the next fits in this much time at the rate
 * so far (lib/anchor/batches.ts fitsInTask), ms. The same task first received and checked the reply
 * (at most REPLY_SLICE links, 8 ms on a 2,000-word page): 30 leaves room under the 50 ms of a long
 * task. A fixed 12 ms cut-off split a 2,000-word page (30 sentences, 17 ms for the first 20 on a slow
 * run) into two tasks with a rendering update of 9 ms between them. A long article (LONG_ARTICLE_CHARS)
 * keeps one batch per task: rendering it after each batch costs 20–40 ms, and with 12 ms
 * of batches per task the rendering after them reached 42 ms and the heartbeat's blocks 68 ms on the
 * 100k-word page.
 */
const HIGHLIGHT_TASK_MS = 30;
/**
 * Articles longer than this (characters) are highlighted one batch per task, as long pages read in the
 * background were until every page was (session 29): this was the page-text limit of reading in the
 * page (20,000), and the 2,000-word page's article (about 14,000) stays under it.
 */
const LONG_ARTICLE_CHARS = 20_000;
/** Quiet time after the page's last change before it is read again (ms): lets infinite scroll settle. */
const RERUN_DEBOUNCE_MS = 600;
/** Least time between two readings of a page (ms), so a page that fights the highlights cannot keep Parallax busy. */
const MIN_RERUN_INTERVAL_MS = 2500;
/** Times Parallax puts back highlights that the page removed while its text stayed the same; then it lets the page be. */
const MAX_RESTORES = 3;
/** How often the address is checked for single-page navigation (ms): WXT's own watcher uses the same second. */
const LOCATION_POLL_MS = 1000;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // After DOMContentLoaded, not at document_idle: idle waits for the load event (up to 200 ms after
  // DOMContentLoaded in Chromium) and a news page's images can hold that back. Reading needs only the
  // parsed document; content a page adds later is read again (observe()). On the benchmark's 2k-word
  // page (no subresources) both start after the page's first paint, so it gains nothing there (issue 23).
  // Not at document_start either: evaluated before the page parses, the script moved the 2k-word
  // page's own DOMContentLoaded from 77 to 132 ms (median of 10 loads), and the first highlight came
  // later from navigation start (371 against 344 ms), though sooner after DOMContentLoaded (240 against
  // 270). Even an empty content script starts 17–198 ms (median about 70) after DOMContentLoaded there.
  runAt: 'document_end',
  noScriptStartedPostMessage: true,
  main(ctx) {
    void new PageSession(ctx).start();
  },
});

/** When this script's modules were evaluated (ms from navigation start): with SCRIPT_BEGAN, the benchmark's measure of the script's own start-up. */
const MODULES_EVALUATED = performance.now();

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Whether this page is in a private (incognito) window: such pages are never remembered. */
const incognito = (): boolean => (browser.extension as { inIncognitoContext?: boolean } | undefined)?.inIncognitoContext === true;

/** One tab's Parallax: reads the page, asks the background to match it, highlights, answers the popup. */
class PageSession {
  private settings: Settings = migrateSettings(undefined);
  private state: PageState = { state: 'working', url: location.href };
  /** The background's word that the annotations of a page could not be stored (it may come before highlighting ends). */
  private notSaved: { url: string; error: string } | null = null;
  private highlights: Highlights | null = null;
  private readonly byId = new Map<string, SentenceAnnotation>();
  private readonly overlay: Overlay;
  private observer: MutationObserver | null = null;
  private runTimer: ReturnType<typeof setTimeout> | undefined;
  private lastRun = 0;
  /** Bumped on every run; a run that finds it changed stops (a newer one took over). */
  private generation = 0;
  /** The article text and URL last annotated, to tell a real change from the page's own churn. */
  private lastText = '';
  private lastUrl = '';
  /** The article last read on this page, for the popup's "Add this page". */
  private article: { url: string; text: string; title?: string; date?: string } | null = null;
  private restores = 0;
  /** Parallax's own listeners, removed only when the extension really goes away. */
  private readonly alive = new AbortController();
  private on<E extends Event>(target: EventTarget, type: string, fn: (e: E) => void, opts: AddEventListenerOptions = {}): void {
    target.addEventListener(type, fn as EventListener, { ...opts, signal: this.alive.signal });
  }

  constructor(private readonly ctx: ContentScriptContext) {
    this.overlay = new Overlay(
      document,
      (id) => this.byId.get(id),
      (id) => this.highlights?.marks.get(id) ?? [],
      () => this.article?.date,
    );
  }

  async start(): Promise<void> {
    this.listen();
    const stored = await browser.storage.local.get(SETTINGS_KEY).catch(() => ({}));
    this.settings = migrateSettings((stored as Record<string, unknown>)[SETTINGS_KEY]);
    // The background (often a stopped service worker) loads the corpus while the article is read here.
    if (isEnabledOn(this.settings, location.href)) void browser.runtime.sendMessage({ type: 'wake' }).catch(() => undefined);
    await this.run();
    this.observe();
  }

  // ---- reading and highlighting -------------------------------------------------------------

  /** Reads and annotates the page; `force` re-does it even when the article text did not change (settings changed). */
  private async run(force = false): Promise<void> {
    const generation = ++this.generation;
    this.lastRun = Date.now();
    const url = location.href;
    if (!isEnabledOn(this.settings, url)) {
      this.article = null;
      this.clearPage();
      this.state = { state: 'disabled', url };
      this.lastText = '';
      await browser.runtime.sendMessage({ type: 'page-off' }).catch(() => undefined);
      return;
    }
    // Read once to compare; reused below unless highlights were in the page (removing them rejoins
    // the text nodes this reading points into).
    const r0 = performance.now();
    // The background starts matching what it read unless this reading only checks an annotated page for a change.
    const willAnnotate = this.state.state !== 'annotated' || url !== this.lastUrl;
    let reading = force ? null : await this.read(willAnnotate);
    // Timed whether or not the reading is reused below: the benchmark reports it as `read`.
    const firstRead = performance.now() - r0;
    if (!force && this.state.state === 'annotated' && url === this.lastUrl && reading?.text?.text === this.lastText) {
      // Same article text: the page changed elsewhere (a clock, an ad, comments). Keep what is there,
      // and put back highlights the page removed, a few times only.
      const marks = [...(this.highlights?.marks.values() ?? [])].flat();
      if (marks.every((m) => m.isConnected)) return;
      if (this.restores >= MAX_RESTORES) {
        // The page keeps removing the highlights: let it, and say so (no orphan markers, an honest count).
        this.overlay.clear();
        this.highlights?.remove();
        this.highlights = null;
        if (this.state.state === 'annotated') this.state = { ...this.state, highlighted: 0 };
        return;
      }
      this.restores++;
    } else this.restores = 0;
    const hadMarks = (this.highlights?.marks.size ?? 0) > 0;
    this.clearPage();
    this.state = { state: 'working', url };
    this.notSaved = null;
    const reused = reading?.text != null && !hadMarks;
    const t0 = performance.now() - (reused ? firstRead : 0);
    if (!reused) reading = await this.read(true);
    const t1 = performance.now();
    const text = reading?.text ?? null;
    this.lastUrl = url;
    this.lastText = text?.text ?? '';
    this.article = text && text.text.trim().length > 0 ? { url, text: text.text, ...(text.title ? { title: text.title.slice(0, 2000) } : {}), ...(text.date ? { date: text.date } : {}) } : null;
    if (!text || text.text.trim().length === 0) {
      this.state = { state: 'not-article', url };
      await browser.runtime.sendMessage({ type: 'page-off' }).catch(() => undefined);
      return;
    }
    // Each slice of the reply is highlighted as it arrives (the background sends the first sentences'
    // notes first and compares the rest meanwhile: lib/annotate/annotate.ts firstAnnotations).
    // Every step the page runs from here on counts as page work (lib/work-clock.ts), as reading did.
    const clock = new WorkClock();
    clock.add(reading?.work ?? 0);
    const highlighting = this.settings.highlights ? this.highlighter(text, generation, text.text.length > LONG_ARTICLE_CHARS ? 0 : HIGHLIGHT_TASK_MS) : null;
    let reply;
    try {
      reply = await fetchAnnotations(
        (message) => browser.runtime.sendMessage(message),
        {
          type: 'annotate',
          url,
          text: text.text,
          ...(text.title ? { title: text.title.slice(0, 2000) } : {}),
          ...(text.date ? { date: text.date } : {}),
          // What the background needs to decide whether to remember the page; read only when the reader asked for remembering.
          ...(this.settings.remember ? { reading: clock.time(() => readingOf(document, url, incognito())) } : {}),
        },
        nextTask,
        (annotations) => {
          if (generation !== this.generation) return;
          for (const a of annotations) this.byId.set(a.id, a);
          highlighting?.add(annotations);
        },
        clock,
      );
    } catch (e) {
      if (generation === this.generation) this.state = { state: 'index-error', url, error: `Parallax could not match this page: ${(e as Error).message}` };
      return;
    }
    const t2 = performance.now();
    if (generation !== this.generation) return;
    if (!reply.ok) {
      // A broken index changes nothing in the page (a slice that came before the failure is taken back).
      this.clearPage();
      this.state = { state: 'index-error', url, error: reply.error };
      return;
    }
    let highlighted = 0;
    if (highlighting) {
      const done = await highlighting.finish();
      if (done.count < 0) return;
      highlighted = done.count;
      clock.add(done.work);
    }
    const t3 = performance.now();
    this.state = {
      state: 'annotated',
      page: reply.page,
      highlighted,
      notSaved: this.notSavedFor(url),
      revision: generation,
      timings: {
        read: t1 - t0,
        match: t2 - t1,
        highlight: t3 - t2,
        total: t3 - t0,
        ...(reading?.elsewhere ? { readElsewhere: true } : {}),
        pageWork: clock.total,
        scriptStarted: SCRIPT_BEGAN,
        modulesEvaluated: MODULES_EVALUATED,
        runStarted: t0,
      },
    };
  }

  /**
   * The page's article, read in the background and found here (lib/extract/read-article.ts). With
   * `annotate`, the background starts matching the article as soon as it has read it, and the
   * `annotate` request that follows gets that work (less one round trip and the page's finding).
   */
  private read(annotate: boolean): Promise<ArticleReading> {
    const url = location.href;
    return readArticle(document, { readElsewhere: (html) => browser.runtime.sendMessage({ type: 'read-page', html, ...(annotate ? { url } : {}) }), nextTask });
  }

  /** Why the annotations of `url` could not be stored, when the background has said so (a method: TS narrows the field across awaits). */
  private notSavedFor(url: string): string | null {
    return this.notSaved?.url === url ? this.notSaved.error : null;
  }

  /**
   * Highlights the reply's slices as they come (`add`), in batches, in tasks of at most about `taskMs`
   * (0: one batch each); `finish` waits for the last batch and says how many annotations were
   * highlighted (-1 when superseded) and the main-thread time it took, waits left out. A slice's last
   * sentences sharing a text node wait for the next slice (lastGroupStart): highlighting splits text
   * nodes, and the next slice's first sentence in the same node would no longer be where it was read.
   */
  private highlighter(text: PageText, generation: number, taskMs: number): { add(annotations: readonly SentenceAnnotation[]): void; finish(): Promise<{ count: number; work: number }> } {
    const parts: Highlights[] = [];
    const marks = new Map<string, HTMLElement[]>();
    const owned = new WeakSet<Element>();
    this.highlights = {
      marks,
      owned,
      remove: () => {
        for (const p of parts.reverse()) p.remove();
        parts.length = 0;
        marks.clear();
      },
    };
    let queue: HighlightSpec[] = [];
    let work = 0;
    let superseded = false;
    let running: Promise<void> | null = null;
    const drain = async (): Promise<void> => {
      // Highlighting starts in a task of its own: with the reply's check before it, the 2k-word page's
      // first batch made a task of 45–50 ms (traced).
      await nextTask();
      let taskStart = performance.now();
      let doneInTask = 0;
      while (queue.length > 0) {
        const batches = highlightBatches(queue, HIGHLIGHT_BATCH);
        queue = [];
        for (const all of batches) {
          // Each batch, the first of a later slice's too, runs in this task only while it fits.
          if (doneInTask > 0 && !fitsInTask(performance.now() - taskStart, doneInTask, all.length, taskMs)) {
            work += performance.now() - taskStart;
            await nextTask();
            taskStart = performance.now();
            doneInTask = 0;
          }
          if (generation !== this.generation) {
            superseded = true;
            running = null;
            return;
          }
          // The page may have rewritten a sentence while it was matched or between batches: drop it rather than mark the wrong words.
          const batch = all.filter((s) => piecesHold(s.pieces, this.byId.get(s.id)?.text ?? ''));
          const h = applyHighlights(document, batch, (mark, spec) => mark.setAttribute('style', HIGHLIGHT_STYLE[spec.status]));
          parts.push(h);
          for (const [id, list] of h.marks) {
            marks.set(id, [...list]);
            for (const m of list) owned.add(m);
            const a = this.byId.get(id);
            const last = list[list.length - 1];
            if (a && last) this.overlay.addMarker(a, last);
          }
          // Our own changes are not the page changing.
          this.observer?.takeRecords();
          doneInTask += all.length;
        }
      }
      work += performance.now() - taskStart;
      running = null;
    };
    /** The slice's last sentences, held back until the next slice (lastGroupStart) or the end. */
    let held: HighlightSpec[] = [];
    return {
      add: (annotations) => {
        const specs = held;
        for (const a of annotations) {
          const pieces = piecesOf(text, a.start, a.end);
          // Editors own their DOM (and the caret): never split nodes inside one.
          if (pieces.some((p) => p.node.parentElement?.isContentEditable)) continue;
          specs.push({ id: a.id, status: a.status, pieces });
        }
        const cut = lastGroupStart(specs);
        held = specs.slice(cut);
        if (cut === 0) return;
        queue.push(...specs.slice(0, cut));
        running ??= drain();
      },
      finish: async () => {
        if (held.length > 0) {
          queue.push(...held);
          held = [];
          running ??= drain();
        }
        while (running) await running;
        return superseded || generation !== this.generation ? { count: -1, work } : { count: marks.size, work };
      },
    };
  }

  /** Removes every highlight, marker and note: the page is exactly as it was. */
  private clearPage(): void {
    this.overlay.clear();
    this.highlights?.remove();
    this.highlights = null;
    this.byId.clear();
    this.observer?.takeRecords();
  }

  // ---- the page changing -------------------------------------------------------------------

  private observe(): void {
    this.observer = new MutationObserver((records) => {
      if (records.some((r) => !this.overlay.contains(r.target))) this.schedule();
    });
    this.observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
    this.ctx.onInvalidated(() => {
      // WXT invalidates on a document event any page can dispatch: only a real one (the extension reloaded) counts.
      if (browser.runtime?.id) return;
      this.alive.abort();
      this.observer?.disconnect();
      clearTimeout(this.runTimer);
      this.clearPage();
    });
    // Single-page navigation (history.pushState, popstate): a new page in the same document. The page's
    // pushState is invisible from the content script's world, so the address is compared once a second
    // (Parallax's own timer: WXT's watcher stops when a page replays WXT's public invalidation event).
    let href = location.href;
    const check = (): void => {
      if (location.href === href) return;
      href = location.href;
      this.schedule(0);
    };
    const watcher = setInterval(check, LOCATION_POLL_MS);
    this.alive.signal.addEventListener('abort', () => clearInterval(watcher));
    this.on(window, 'popstate', check);
  }

  private schedule(delay = RERUN_DEBOUNCE_MS): void {
    clearTimeout(this.runTimer);
    const wait = Math.max(delay, this.lastRun + MIN_RERUN_INTERVAL_MS - Date.now());
    this.runTimer = setTimeout(() => void this.run(), wait);
  }

  // ---- events: hover, keyboard, popup, settings ----------------------------------------------

  private ownMarkOf(target: EventTarget | null): string | undefined {
    if (!(target instanceof Element)) return undefined;
    const mark = target.closest('mark');
    // Page elements that merely copy the highlight attributes are ignored.
    if (!mark || !this.highlights?.owned.has(mark)) return undefined;
    return mark.getAttribute('data-parallax-annotation') ?? undefined;
  }

  private listen(): void {
    // Only the reader's own pointer: events a page script dispatches (isTrusted false) open nothing.
    this.on(document, 'mouseover', (e) => {
      if (!e.isTrusted) return;
      const id = this.ownMarkOf(e.target) ?? this.overlay.isMarker(e.target);
      if (id) this.overlay.show(id, false);
    });
    this.on<MouseEvent>(document, 'mouseout', (e) => {
      if (!e.isTrusted) return;
      const from = this.ownMarkOf(e.target) ?? this.overlay.isMarker(e.target);
      const to = this.ownMarkOf(e.relatedTarget) ?? this.overlay.isMarker(e.relatedTarget);
      if (from && to !== from) this.overlay.scheduleClose();
    });
    this.on<KeyboardEvent>(
      document,
      'keydown',
      (e) => {
        // Only the reader's own key presses: a page script's synthetic Escape does nothing.
        if (!e.isTrusted) return;
        if (e.key !== 'Escape' || !this.overlay.openId) return;
        const id = this.overlay.close(true);
        if (id) this.overlay.markerButton(id)?.focus();
      },
      { capture: true },
    );
    const reposition = (): void => this.overlay.position();
    this.on(window, 'scroll', reposition, { passive: true, capture: true });
    this.on(window, 'resize', reposition, { passive: true });

    browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
      // Only Parallax's own popup may ask; a page's scripts cannot reach runtime messaging at all.
      if (sender.id !== browser.runtime.id) return false;
      const msg = ContentRequestSchema.safeParse(raw);
      if (!msg.success) return false;
      if (msg.data.type === 'page-state') {
        sendResponse(sliceState(this.state, msg.data.from));
        return false;
      }
      if (msg.data.type === 'remember-page') {
        this.rememberPage().then(sendResponse, (e: Error) => sendResponse({ ok: false, error: e.message } satisfies RememberReply));
        return true;
      }
      if (msg.data.type === 'not-saved') {
        this.notSaved = { url: msg.data.url, error: msg.data.error };
        if (this.state.state === 'annotated' && this.state.page.url === msg.data.url) this.state = { ...this.state, notSaved: msg.data.error };
        return false;
      }
      if (msg.data.type === 'reveal') sendResponse(this.reveal(msg.data.id) satisfies RevealReply);
      return false;
    });

    browser.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
      this.settings = migrateSettings(changes[SETTINGS_KEY]?.newValue);
      clearTimeout(this.runTimer);
      void this.run(true);
    });
  }

  /** "Add this page": the article as read here goes to the background to be remembered. */
  private async rememberPage(): Promise<RememberReply> {
    const a = this.article;
    if (!a || a.url !== location.href) return { ok: false, error: 'Parallax has not read an article on this page.' };
    const raw = await browser.runtime.sendMessage({ type: 'remember', ...a, reading: readingOf(document, a.url, incognito()) });
    const r = RememberReplySchema.safeParse(raw);
    return r.success ? r.data : { ok: false, error: 'The background did not answer.' };
  }

  /** Scrolls to an annotation's highlight and flashes it. */
  private reveal(id: string): RevealReply {
    const marks = this.highlights?.marks.get(id);
    const first = marks?.[0];
    if (!marks || !first) return { ok: false };
    first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    for (const m of marks) m.setAttribute('style', `${m.getAttribute('style') ?? ''} ${FLASH_STYLE}`);
    setTimeout(() => {
      const status = this.byId.get(id)?.status ?? 'corroborated';
      for (const m of marks) m.setAttribute('style', HIGHLIGHT_STYLE[status]);
      this.observer?.takeRecords();
    }, FLASH_MS);
    this.observer?.takeRecords();
    return { ok: true };
  }
}
