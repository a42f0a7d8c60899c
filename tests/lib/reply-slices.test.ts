import { describe, expect, it } from 'vitest';
import { parseAnnotateReply } from '../../lib/messages';
import type { PageState } from '../../lib/messages';
import { fetchAnnotations, fetchPageState, PENDING_TTL_MS, PendingReplies, sliceReply, sliceState } from '../../lib/reply-slices';
import { WorkClock } from '../../lib/work-clock';
import { manyAnnotations, weightOf } from '../helpers';

const page = manyAnnotations(6);
const request = { type: 'annotate' as const, url: page.url, text: 'the page' };

/** The background's side, as entrypoints/background.ts wires it, over a JSON round trip like a message's. */
function background(maxLinks: number, clock = { now: 0 }) {
  let n = 0;
  const pending = new PendingReplies(() => `token-${++n}`, () => clock.now);
  const sent: number[] = [];
  const send = async (message: unknown) => {
    const m = message as { type: string; token?: string };
    const reply = m.type === 'annotate' ? pending.first(sliceReply(page, maxLinks)) : pending.take(m.token ?? '');
    const json = JSON.stringify(reply);
    sent.push(json.length);
    return JSON.parse(json) as unknown;
  };
  return { pending, send, sent };
}

describe('a long reply travels in slices', () => {
  it('cuts the annotations into messages of at most the given links, in reading order', () => {
    expect(weightOf(page)).toBeGreaterThan(1000);
    const slices = sliceReply(page, 500);
    expect(slices.length).toBeGreaterThanOrEqual(Math.ceil(weightOf(page) / 500));
    for (const s of slices) expect(s.page.annotations.reduce((n, a) => n + 1 + a.links.length, 0)).toBeLessThanOrEqual(500);
    expect(slices.flatMap((s) => s.page.annotations.map((a) => a.id))).toEqual(page.annotations.map((a) => a.id));
  });

  it('gives the content script the very page the background annotated, whatever the slice size', async () => {
    for (const maxLinks of [1, 300, 100_000]) {
      const { send, sent, pending } = background(maxLinks);
      const reply = await fetchAnnotations(send, request, async () => {});
      expect(reply).toEqual({ ok: true, page: JSON.parse(JSON.stringify(page)) });
      expect(sent.length).toBe(sliceReply(page, maxLinks).length);
      // Nothing is left waiting once the last slice is fetched.
      expect(pending.size).toBe(0);
    }
  });

  it('sends a short page in one message, with no token', async () => {
    const short = { ...page, annotations: page.annotations.slice(0, 3) };
    const pending = new PendingReplies(() => 'unused');
    const first = pending.first(sliceReply(short));
    expect(first.next).toBeUndefined();
    const parsed = await parseAnnotateReply(JSON.parse(JSON.stringify(first)), async () => {});
    expect(parsed.ok && parsed.page.annotations).toHaveLength(3);
  });

  it('fails on a broken or missing slice with what broke, even with the next slice already asked for', async () => {
    const { send } = background(300);
    // The second slice arrives with a link that names no sentence; the third is asked for meanwhile.
    let calls = 0;
    const broken = async (m: unknown) => {
      const reply = (await send(m)) as { page: { annotations: { links: { text: number }[] }[] } };
      if (++calls === 2) (reply.page.annotations[0]!.links[0]!).text = 9999;
      return reply;
    };
    await expect(fetchAnnotations(broken, request, async () => {})).rejects.toThrow(/page\.annotations\.0\.links\.0\.text: no text 9999/);
    // The background is gone after the first slice: the error is the one the messaging gave.
    calls = 0;
    const gone = async (m: unknown) => {
      if (++calls > 1) throw new Error('Could not establish connection. Receiving end does not exist.');
      return send(m);
    };
    await expect(fetchAnnotations(gone, request, async () => {})).rejects.toThrow(/Receiving end does not exist/);
  });

  it('forgets slices nobody fetched, and says so to a late or forged request', async () => {
    const clock = { now: 0 };
    const { send, pending } = background(300, clock);
    const first = (await send(request)) as { next?: string };
    expect(first.next).toBe('token-1');
    expect(pending.size).toBe(1);
    clock.now = PENDING_TTL_MS + 1;
    expect(pending.size).toBe(0);
    expect(pending.take('token-1')).toEqual({ ok: false, error: expect.stringMatching(/no longer kept; reload the page/) });
    expect(pending.take('made-up')).toMatchObject({ ok: false });
  });
});

describe('the page state travels in slices too', () => {
  const annotated = (revision: number): PageState => ({ state: 'annotated', page, highlighted: page.annotations.length, notSaved: null, revision });
  /** The content script's side, over a JSON round trip; `reread` replaces the state after the given number of answers. */
  const tab = (states: PageState[], rereadAfter = Infinity) => {
    let answers = 0;
    return async (message: unknown) => {
      const m = message as { type: string; from?: number };
      const state = (answers++ < rereadAfter ? states[0] : states[1]) as PageState;
      return JSON.parse(JSON.stringify(sliceState(state, m.from ?? 0, 300))) as unknown;
    };
  };

  it('answers each page-state with one slice, and the popup puts the page back together', async () => {
    const first = sliceState(annotated(1), 0, 300);
    expect(first.state === 'annotated' && first.next).toBeGreaterThan(0);
    expect(first.state === 'annotated' && weightOf(first.page)).toBeLessThanOrEqual(300);
    expect(await fetchPageState(tab([annotated(1)]))).toEqual(JSON.parse(JSON.stringify(annotated(1))));
  });

  it('starts again when the page was read again between two slices, and never mixes two readings', async () => {
    const other = { ...annotated(2), page: { ...page, annotations: page.annotations.slice().reverse() } };
    expect(await fetchPageState(tab([annotated(1), other], 2))).toEqual(JSON.parse(JSON.stringify(other)));
  });

  it('passes other states through whole, and gives null for an answer that is not a state', async () => {
    const working: PageState = { state: 'working', url: 'https://example.test/' };
    expect(sliceState(working, 5)).toBe(working);
    expect(await fetchPageState(async () => working)).toEqual(working);
    expect(await fetchPageState(async () => null)).toBeNull();
  });
});

describe('the page is stored once its reply has gone out', () => {
  /** Tasks queued by PendingReplies, run when the test says (the worker's event loop). */
  function tasks() {
    const queue: { run: () => void; ms: number }[] = [];
    return {
      later: (run: () => void, ms: number) => void queue.push({ run, ms }),
      /** Runs the tasks due now (delay 0), as the worker would once the current message is answered. */
      runDue: () => {
        const due = queue.filter((t) => t.ms === 0);
        queue.splice(0, queue.length, ...queue.filter((t) => t.ms !== 0));
        for (const t of due) t.run();
      },
      /** Runs the timers set for later (the sweep after the TTL). */
      runTimers: () => {
        const timers = queue.filter((t) => t.ms > 0);
        queue.splice(0, queue.length, ...queue.filter((t) => t.ms === 0));
        for (const t of timers) t.run();
      },
    };
  }

  it('stores a sliced page after the last slice is taken, not before nor between slices, and once', () => {
    const t = tasks();
    const pending = new PendingReplies(() => 'token', () => 0, t.later);
    let stored = 0;
    const slices = sliceReply(page, 300);
    expect(slices.length).toBeGreaterThan(2);
    pending.first(slices, () => stored++);
    t.runDue();
    for (let i = 1; i < slices.length - 1; i++) {
      pending.take('token');
      t.runDue();
      expect(stored).toBe(0);
    }
    const last = pending.take('token');
    expect(last).not.toHaveProperty('next');
    // Not inside the message that carries the last slice: in a task after it.
    expect(stored).toBe(0);
    t.runDue();
    t.runDue();
    expect(stored).toBe(1);
  });

  it('stores a one-message page in the task after its reply', () => {
    const t = tasks();
    const pending = new PendingReplies(() => 'unused', () => 0, t.later);
    let stored = 0;
    pending.first(sliceReply({ ...page, annotations: page.annotations.slice(0, 3) }), () => stored++);
    expect(stored).toBe(0);
    t.runDue();
    expect(stored).toBe(1);
  });

  it('still stores the page when the tab never fetches the rest (it navigated away)', () => {
    const t = tasks();
    const clock = { now: 0 };
    const pending = new PendingReplies(() => 'token', () => clock.now, t.later);
    let stored = 0;
    pending.first(sliceReply(page, 300), () => stored++);
    t.runDue();
    expect(stored).toBe(0);
    clock.now = PENDING_TTL_MS + 1;
    t.runTimers();
    t.runDue();
    expect(stored).toBe(1);
    expect(pending.take('token')).toMatchObject({ ok: false });
    t.runDue();
    expect(stored).toBe(1);
  });
});

describe('the first sentences go out before the rest is made', () => {
  function tasks() {
    const queue: (() => void)[] = [];
    return { later: (run: () => void, ms: number) => void (ms === 0 && queue.push(run)), runDue: () => queue.splice(0).forEach((r) => r()) };
  }
  const head = sliceReply({ ...page, annotations: page.annotations.slice(0, 2) });
  const restOf = () => sliceReply({ ...page, annotations: page.annotations.slice(2) }, 300);

  it('makes the rest in the task after the first slice, and the tab gets the whole page, in order, with the page stored after the last', async () => {
    const t = tasks();
    const pending = new PendingReplies(() => 'token', () => 0, t.later);
    let made = 0;
    let stored = 0;
    const first = pending.first(head, () => stored++, () => (made++, restOf()));
    expect(made).toBe(0);
    expect(first.next).toBe('token');
    t.runDue();
    expect(made).toBe(1);
    const got = [first];
    for (let r = pending.take('token'); ; r = pending.take('token')) {
      got.push(r as typeof first);
      if (!('next' in r) || r.next === undefined) break;
    }
    const annotations = [];
    for (const r of got) {
      const parsed = await parseAnnotateReply(JSON.parse(JSON.stringify(r)), async () => {});
      if (parsed.ok) annotations.push(...parsed.page.annotations);
    }
    expect(annotations.map((a) => a.id)).toEqual(page.annotations.map((a) => a.id));
    expect(stored).toBe(0);
    t.runDue();
    expect(stored).toBe(1);
    expect(made).toBe(1);
  });

  it('makes the rest at once when the tab asks before its task ran', () => {
    const pending = new PendingReplies(() => 'token', () => 0, () => undefined);
    pending.first(head, undefined, restOf);
    const second = pending.take('token');
    expect(second).toMatchObject({ ok: true });
    expect((second as { page: { annotations: unknown[] } }).page.annotations.length).toBeGreaterThan(0);
  });

  it('tells the tab why when the rest could not be made', () => {
    const pending = new PendingReplies(() => 'token', () => 0, () => undefined);
    pending.first(head, undefined, () => {
      throw new Error('comparing failed');
    });
    expect(pending.take('token')).toEqual({ ok: false, error: expect.stringContaining('comparing failed') });
    expect(pending.size).toBe(0);
  });
});

describe('the content script gets each slice as it comes', () => {
  it('hands over the first slice before the last one has arrived', async () => {
    const pending = new PendingReplies(() => 'token', () => 0, () => undefined);
    const head = sliceReply({ ...page, annotations: page.annotations.slice(0, 2) });
    let asked = 0;
    const seen: { slice: number; asked: number }[] = [];
    const send = async (m: unknown) => {
      asked++;
      const x = m as { type: string; token?: string };
      const r = x.type === 'annotate' ? pending.first(head, undefined, () => sliceReply({ ...page, annotations: page.annotations.slice(2) }, 300)) : pending.take(x.token ?? '');
      return JSON.parse(JSON.stringify(r)) as unknown;
    };
    const reply = await fetchAnnotations(send, request, async () => {}, (annotations) => seen.push({ slice: annotations.length, asked }));
    expect(reply.ok && reply.page.annotations.map((a) => a.id)).toEqual(page.annotations.map((a) => a.id));
    expect(seen[0]).toEqual({ slice: 2, asked: 2 });
    expect(seen.length).toBe(asked);
    expect(seen.reduce((n, s) => n + s.slice, 0)).toBe(page.annotations.length);
  });
});

describe("the page's work on a reply is counted, its waits are not (the benchmark's page work)", () => {
  const busy = (ms: number): void => {
    const until = performance.now() + ms;
    while (performance.now() < until) {
      // The page highlighting a slice.
    }
  };

  it("counts the time the page spends on each slice and none of the background's time", async () => {
    const { send } = background(300);
    const slow = async (m: unknown): Promise<unknown> => {
      // The background matching: the page waits, free.
      await new Promise((ok) => setTimeout(ok, 60));
      return send(m);
    };
    const clock = new WorkClock();
    let slices = 0;
    const reply = await fetchAnnotations(slow, request, () => new Promise((ok) => setTimeout(ok, 0)), () => {
      slices++;
      busy(25);
    }, clock);
    expect(reply.ok).toBe(true);
    expect(slices).toBeGreaterThan(2);
    // Each slice's 25 ms is counted; the 60 ms waits for each of them are not.
    expect(clock.total).toBeGreaterThanOrEqual(25 * slices);
    expect(clock.total).toBeLessThan(60 * slices);
  });
});
