import type { Mention } from './entities';
import { entityDef } from './entities';

/** "first happened before second", read from before/after/prior to/following. */
export interface OrderRelation {
  first: string;
  second: string;
  /** The connective as written ("less than a month after", "prior to"). */
  text: string;
}

const CONNECTIVE = /\b(?:(?:shortly|just|right|soon|weeks|days|months|(?:less|more)\s+than\s+a\s+(?:week|month|year))\s+)?(after|before|prior\s+to|following|ahead\s+of|preceding)\b/gi;
/** Events are anchored on who or what they happened to: any named entity that is not a state. */
const ANCHOR_KINDS = new Set(['name']);

function anchorsIn(mentions: readonly Mention[], from: number, to: number): string[] {
  return mentions
    .filter((m) => m.start >= from && m.end <= to && !m.alias && ANCHOR_KINDS.has(entityDef(m.entity)?.kind ?? ''))
    .map((m) => m.entity);
}

/**
 * Before/after relations between the events a sentence anchors on a person or a place (the arrest of
 * Smith, the fire in Springfield). "X after Y" and "After Y, X" both mean Y came first; "X before Y"
 * and "Prior to Y, X" mean X came first.
 */
export function findOrder(text: string, mentions: readonly Mention[]): OrderRelation[] {
  const out: OrderRelation[] = [];
  for (const m of text.matchAll(CONNECTIVE)) {
    const at = m.index ?? 0;
    const word = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const afterConnective = at + m[0].length;
    const clauseEnd = (() => {
      const rest = text.slice(afterConnective);
      const stop = rest.search(/[,;:—–]|\b(?:but|and|while|when|which)\b/);
      return stop < 0 ? text.length : afterConnective + stop;
    })();
    const reference = anchorsIn(mentions, afterConnective, clauseEnd)[0];
    if (!reference) continue;
    const sentenceInitial = text.slice(0, at).replace(/^(?:however|then|and|but),?\s*/i, '').trim().length === 0;
    const eventAnchors = sentenceInitial
      ? anchorsIn(mentions, clauseEnd, text.length)
      : anchorsIn(mentions, 0, at).reverse();
    const event = eventAnchors.find((e) => e !== reference);
    if (!event) continue;
    const referenceFirst = word === 'after' || word === 'following';
    out.push({
      first: referenceFirst ? reference : event,
      second: referenceFirst ? event : reference,
      text: m[0],
    });
  }
  return out;
}
