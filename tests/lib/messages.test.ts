import { describe, expect, it } from 'vitest';
import { annotatePage } from '../../lib/annotate/annotate';
import { createMatcher } from '../../lib/match/matcher';
import { AnnotateReplySchema, parseAnnotateReply, REPLY_SLICE } from '../../lib/messages';
import { buildSeedIndex, SEEDS_DIR } from '../../scripts/seed-index';
import { readArticles } from '../../scripts/articles';

const matcher = createMatcher(buildSeedIndex());
/** A reply with more annotations than one slice: every seed page's annotations on one page. */
function bigReply() {
  const annotations = readArticles(SEEDS_DIR).flatMap((a) => annotatePage({ text: a.text, url: `https://example.test/${a.id}` }, matcher).annotations);
  const many = Array.from({ length: 3 }, () => annotations).flat();
  expect(many.length).toBeGreaterThan(REPLY_SLICE);
  return { ok: true, page: { url: 'https://example.test/all', excluded: [], claims: many.length, annotations: many } };
}

describe('parseAnnotateReply (the content script checks a long reply a slice at a time)', () => {
  it('gives what AnnotateReplySchema gives, pausing between slices', async () => {
    const reply = bigReply();
    let pauses = 0;
    const parsed = await parseAnnotateReply(JSON.parse(JSON.stringify(reply)), async () => void pauses++);
    expect(parsed).toEqual(AnnotateReplySchema.parse(reply));
    expect(pauses).toBe(Math.ceil(reply.page.annotations.length / REPLY_SLICE) - 1);
  });

  it('names the annotation that is malformed', async () => {
    const reply = JSON.parse(JSON.stringify(bigReply()));
    reply.page.annotations[150].status = 'maybe';
    await expect(parseAnnotateReply(reply, async () => {})).rejects.toThrow(/^annotate reply: page\.annotations\.150\.status: /);
  });
});
