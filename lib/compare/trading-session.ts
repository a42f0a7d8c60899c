import type { Claim } from '../claims/schema';
import { oncePer } from '../memo';

/**
 * When in a market's day a price was taken: a move "in after-hours trading", "in extended trading" or
 * "premarket" is not the move "to close at" a price or "at the close" of a later session. Two outlets
 * giving a share's rise once after hours and once at the next close report two moves on two days,
 * not one move told two ways. The grammar of market reports, no company's words.
 */
const OUT_OF_HOURS = /\b(?:after[\s-]hours|extended\s+trading|pre-?market|before\s+the\s+(?:opening\s+)?bell|late\s+trading)\b/i;
const AT_CLOSE = /\b(?:to\s+close\s+at|at\s+the\s+close|closed\s+(?:up|down|at|higher|lower)|closing\s+(?:price|at|up|down))\b/i;

type Session = 'out-of-hours' | 'close' | undefined;

/** A claim's session, read once: numbers and dates both ask for it, for every link. */
const sessionOf = oncePer((c: Pick<Claim, 'text'>): Session => {
  const out = OUT_OF_HOURS.test(c.text);
  const close = AT_CLOSE.test(c.text);
  if (out === close) return undefined;
  return out ? 'out-of-hours' : 'close';
});

/** One sentence gives a price out of hours, the other at a close: two moves, not one (see the file's comment). */
export function sessionsApart(a: Pick<Claim, 'text'>, b: Pick<Claim, 'text'>): boolean {
  const x = sessionOf(a);
  const y = sessionOf(b);
  return x !== undefined && y !== undefined && x !== y;
}
