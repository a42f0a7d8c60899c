import type { PageAnnotations, SentenceAnnotation } from './annotate/schema';
import { WorkClock } from './work-clock';
import { messageWeight, nextToken, packReply, PageStateSchema, parseAnnotateReply, type AnnotateReply, type AnnotateReplySlice, type AnnotateRequest, type PackedReply, type PageState } from './messages';

/**
 * Links (counting each sentence as one more) per annotate message. Chrome hands a message to the
 * content script in one task: a 100,000-word page's whole reply (1,388 sentences, 4,226 links) took
 * 34–52 ms to receive, the longest task of Parallax's run and over the 50 ms budget in one load of
 * three. At 1,000 a message takes about a fifth of that, and a 2,000-word page (104 links) still
 * travels in one.
 */
export const MESSAGE_LINKS = 1000;

/** How long the background keeps slices nobody fetched (ms): a tab that navigated away never asks. */
export const PENDING_TTL_MS = 60_000;

/** How many annotations from `from` on fit in one message of at most `maxLinks` links and sentences (at least one). */
function sliceEnd(annotations: readonly SentenceAnnotation[], from: number, maxLinks: number): number {
  let end = from;
  let size = 0;
  while (end < annotations.length) {
    const cost = messageWeight(annotations[end] as SentenceAnnotation);
    if (end > from && size + cost > maxLinks) break;
    size += cost;
    end++;
  }
  return end;
}

/**
 * A page's annotations packed into messages of at most `maxLinks` links and sentences, in reading
 * order (a sentence with more links than that still travels whole). Each is a complete PackedReply.
 */
export function sliceReply(page: PageAnnotations, maxLinks = MESSAGE_LINKS): PackedReply[] {
  const slices: PackedReply[] = [];
  let from = 0;
  do {
    const end = sliceEnd(page.annotations, from, maxLinks);
    slices.push(packReply({ ...page, annotations: page.annotations.slice(from, end) }));
    from = end;
  } while (from < page.annotations.length);
  return slices;
}

/** Runs `run` in a task of its own, `ms` from now (setTimeout in the extension; a fake clock in tests). */
export type Later = (run: () => void, ms: number) => void;

/**
 * The background's slices not yet fetched, by token, and what to do once a reply has gone out.
 *
 * `sent` (storing the page in IndexedDB and setting the badge) runs in a task after the last slice was
 * handed out, never before or between slices: storing a 2,000-word page's 3,343 links against the
 * 10,000-article index takes 35–60 ms of the worker's one thread. Run before the reply it delayed the
 * first slice by that much (round trip 111–124 ms, annotatePage being 70–80 of it); run right after the
 * first slice it delayed the second instead (9 → 18–36 ms).
 */
export class PendingReplies {
  private readonly waiting = new Map<string, Pending>();

  constructor(
    private readonly newToken: () => string,
    private readonly now: () => number = Date.now,
    private readonly later: Later = (run, ms) => void setTimeout(run, ms),
  ) {}

  /**
   * The first slice; when more follow, it ends with the token that fetches them. `more` makes the
   * slices after `slices` (at least one): it runs in a task of its own once this slice has gone out,
   * or when the tab asks for the next slice first, so the page gets its first sentences while the
   * background compares the rest.
   */
  first(slices: readonly PackedReply[], sent?: () => void, more?: () => readonly PackedReply[]): PackedReply {
    this.sweep();
    const [head, ...rest] = slices;
    if (!head) throw new Error('annotate reply: no slice to send');
    if (rest.length === 0 && !more) {
      if (sent) this.later(sent, 0);
      return head;
    }
    const token = this.newToken();
    const entry: Pending = { slices: rest, at: this.now(), sent, more, error: undefined };
    this.waiting.set(token, entry);
    if (more) this.later(() => fill(entry), 0);
    this.sweepLater();
    return { ...head, next: token };
  }

  /** The next slice for a token, or an error that says the rest is gone (expired, never made, or failed to be made). */
  take(token: string): PackedReply | { ok: false; error: string } {
    const entry = this.waiting.get(token);
    if (entry) fill(entry);
    const head = entry?.slices.shift();
    if (!entry || !head) {
      if (entry) this.waiting.delete(token);
      return { ok: false, error: entry?.error ?? `annotate reply: the rest of this page's annotations (${token}) is no longer kept; reload the page` };
    }
    if (entry.slices.length === 0) {
      this.waiting.delete(token);
      if (entry.sent) this.later(entry.sent, 0);
      return head;
    }
    entry.at = this.now();
    this.sweepLater();
    return { ...head, next: token };
  }

  /** Tokens waiting: a page that never fetched its rest does not keep it past PENDING_TTL_MS. */
  get size(): number {
    this.sweep();
    return this.waiting.size;
  }

  /** A tab that stops fetching (it navigated away) still has its page stored: the sweep after the TTL runs `sent`. */
  private sweepLater(): void {
    this.later(() => this.sweep(), PENDING_TTL_MS + 1);
  }

  private sweep(): void {
    const now = this.now();
    for (const [token, entry] of this.waiting) {
      if (now - entry.at <= PENDING_TTL_MS) continue;
      this.waiting.delete(token);
      fill(entry);
      if (entry.sent) this.later(entry.sent, 0);
    }
  }
}

/** A reply's slices not yet fetched, and what makes the rest of them. */
interface Pending {
  slices: PackedReply[];
  at: number;
  sent: (() => void) | undefined;
  more: (() => readonly PackedReply[]) | undefined;
  /** Why `more` failed: the tab is told when it asks for the next slice. */
  error: string | undefined;
}

/** Makes the rest of a reply's slices, once. */
function fill(entry: Pending): void {
  const more = entry.more;
  if (!more) return;
  entry.more = undefined;
  try {
    entry.slices.push(...more());
  } catch (e) {
    entry.error = `annotate reply: the rest of this page's annotations could not be made: ${e instanceof Error ? e.message : String(e)}`;
  }
}

/**
 * Asks the background for a page's annotations and gathers every slice (the content script's side):
 * each message is checked (parseAnnotateReply) and received in a task of its own. The next slice is
 * asked for as soon as a slice arrives, before this one is checked: the background hands it out and
 * the message travels while the page checks. A 2,000-word page against 10,000 articles comes in 4
 * slices, and the page sat idle 7–10 ms before each of the last 3 (traced in Chromium); asking ahead,
 * its match round trip went 124.0 → 118.2 ms and 128.3 → 122.7 ms (medians of 12 loads, alternated).
 */
export async function fetchAnnotations(
  send: (message: unknown) => Promise<unknown>,
  request: AnnotateRequest,
  pause: () => Promise<void>,
  /** Each slice's annotations once checked, in reading order, while the next travels: the page highlights them at once. */
  onSlice?: (annotations: readonly SentenceAnnotation[]) => void,
  /** Counts the page's own work here (the benchmark's page work): checking and `onSlice`. */
  clock: WorkClock = new WorkClock(),
): Promise<AnnotateReply> {
  // Nothing is warmed up while the background matches: warming the reply's check and a marker took
  // 10–12 ms of the page's main thread (Chromium, the 2,000-word page) on every page, the many that
  // get no highlight too; a page that gets highlights pays for code running the first time once, in
  // its first slice.
  const first = clock.time(() => send(request));
  let raw = await first;
  let head: Extract<AnnotateReplySlice, { ok: true }> | undefined;
  const annotations: SentenceAnnotation[] = [];
  for (;;) {
    const data = raw;
    const following = clock.time(() => {
      const token = nextToken(data);
      return token === undefined ? undefined : send({ type: 'annotate-more', token });
    });
    // Unread when this slice fails its check; a failure of the next is reported when it is read.
    following?.catch(() => undefined);
    const slice = await clock.timePaused((p) => parseAnnotateReply(data, p), pause);
    if (!slice.ok) return slice;
    head ??= slice;
    annotations.push(...slice.page.annotations);
    if (onSlice) clock.time(() => onSlice(slice.page.annotations));
    if (following === undefined) return { ok: true, page: { ...head.page, annotations } };
    raw = await following;
  }
}

/**
 * The content script's answer to `page-state` from annotation `from` on: an annotated page's
 * annotations a slice at a time, as the annotate reply travels. The answer is serialized in the page's
 * own task; a 100,000-word page's whole state took 42 ms of it.
 */
export function sliceState(state: PageState, from = 0, maxLinks = MESSAGE_LINKS): PageState {
  if (state.state !== 'annotated') return state;
  const all = state.page.annotations;
  const start = Math.min(from, all.length);
  const end = sliceEnd(all, start, maxLinks);
  const { next: _, ...rest } = state;
  return { ...rest, page: { ...state.page, annotations: all.slice(start, end) }, ...(end < all.length ? { next: end } : {}) };
}

/** Readings of the page a fetch may see change under it before it gives up. */
const STATE_ATTEMPTS = 3;

/**
 * A tab's whole page state, gathered slice by slice (the popup's and the tests' side); null when the
 * tab does not answer with a state. A page read again between two slices is fetched again.
 */
export async function fetchPageState(send: (message: unknown) => Promise<unknown>): Promise<PageState | null> {
  for (let attempt = 0; attempt < STATE_ATTEMPTS; attempt++) {
    const first = PageStateSchema.safeParse(await send({ type: 'page-state' }));
    if (!first.success) return null;
    const state = first.data;
    if (state.state !== 'annotated' || state.next === undefined) return state;
    const annotations = [...state.page.annotations];
    let next: number | undefined = state.next;
    while (next !== undefined) {
      const r = PageStateSchema.safeParse(await send({ type: 'page-state', from: next }));
      if (!r.success) return null;
      if (r.data.state !== 'annotated' || r.data.revision !== state.revision) break;
      annotations.push(...r.data.page.annotations);
      next = r.data.next;
    }
    if (next === undefined) {
      const { next: _, ...whole } = state;
      return { ...whole, page: { ...state.page, annotations } };
    }
  }
  return null;
}
