import { describe, expect, it } from 'vitest';
import { packReply, parseAnnotateReply, ReadPageReplySchema, REPLY_SLICE } from '../../lib/messages';
import { manyAnnotations, weightOf } from '../helpers';

/** A reply with more annotations than one slice: every seed page's annotations, four times, on one page. */
const bigReply = () => manyAnnotations(4);

describe('parseAnnotateReply (the content script checks a long reply a slice at a time)', () => {
  it('gives back the page the background packed, pausing between slices', async () => {
    const page = bigReply();
    expect(weightOf(page)).toBeGreaterThan(2 * REPLY_SLICE);
    const packed = JSON.stringify(packReply(page));
    // Each other outlet's sentence travels once.
    expect(packed.length).toBeLessThan(JSON.stringify({ ok: true, page }).length * 0.8);
    let pauses = 0;
    const parsed = await parseAnnotateReply(JSON.parse(packed), async () => void pauses++);
    expect(parsed).toEqual({ ok: true, page: JSON.parse(JSON.stringify(page)) });
    // A pause after every REPLY_SLICE links and sentences checked.
    const weight = weightOf(page);
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(weight / (REPLY_SLICE + 10)));
    expect(pauses).toBeLessThanOrEqual(Math.ceil(weight / REPLY_SLICE));
  });

  it('names the annotation that is malformed', async () => {
    const reply = JSON.parse(JSON.stringify(packReply(bigReply())));
    reply.page.annotations[150].status = 'maybe';
    await expect(parseAnnotateReply(reply, async () => {})).rejects.toThrow(/^annotate reply: page\.annotations\.150\.status: /);
    const dangling = JSON.parse(JSON.stringify(packReply(bigReply())));
    dangling.page.annotations[7].links[0].text = 99999;
    await expect(parseAnnotateReply(dangling, async () => {})).rejects.toThrow(/^annotate reply: page\.annotations\.7\.links\.0\.text: no text 99999/);
  });
});

describe('ReadPageReplySchema (where a long page read in the background says its characters are)', () => {
  const reply = (pieces: unknown[]) => ({ ok: true, article: { text: 'Seventy were injured.', pieces } });

  it('takes whole-number quadruples', () => {
    expect(ReadPageReplySchema.safeParse(reply([0, 3, 0, 21])).success).toBe(true);
  });

  it('refuses a piece that is not a whole number, naming the field', () => {
    for (const bad of [1.5, '3', null, Number.NaN, 2 ** 60]) {
      const r = ReadPageReplySchema.safeParse(reply([0, 3, bad, 21]));
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.path).toEqual(['article', 'pieces']);
    }
    expect(ReadPageReplySchema.safeParse({ ok: true, article: { text: 'x', pieces: '0,1,0,1' } }).success).toBe(false);
  });
});
