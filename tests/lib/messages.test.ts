import { describe, expect, it } from 'vitest';
import { packReply, parseAnnotateReply, REPLY_SLICE } from '../../lib/messages';
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
