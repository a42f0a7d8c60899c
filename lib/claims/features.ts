import type { Mention } from './entities';
import type { Quantity } from './quantities';
import { conceptOf } from '../text/concepts';
import { STOPWORDS } from '../text/stopwords';
import { tokenize } from '../text/tokens';

/** Counted classes worth matching on; other counts ("5 bases", "19 years") are too incidental. */
const COUNTED_FEATURES = new Set(['people', 'us-personnel', 'civilians', 'attacks', 'fighters', 'usd']);

/** Words shorter than this carry no topic ("al", "de", "us"). */
const MIN_WORD_LENGTH = 3;

/**
 * The features two sentences are matched on: one `e:<id>` per entity mentioned and one concept per
 * content word outside the mentions (stop words, numbers and reporting verbs dropped). Numbers and
 * dates are deliberately not features: sharing "December 11" or "70" says nothing about sharing a fact.
 * What is counted is: two sentences that both count civilians and wounded people (`n:civilians`,
 * `n:people`) likely report one toll, whatever their figures.
 */
export function claimFeatures(text: string, mentions: readonly Mention[], quantities: readonly Quantity[] = []): string[] {
  const set = new Set<string>();
  for (const q of quantities) if (COUNTED_FEATURES.has(q.counted)) set.add(`n:${q.counted}`);
  let blanked = text;
  for (const m of mentions) {
    set.add(`e:${m.entity}`);
    blanked = blanked.slice(0, m.start) + ' '.repeat(m.end - m.start) + blanked.slice(m.end);
  }
  for (const t of tokenize(blanked)) {
    for (const part of t.lower.split('-')) {
      const w = part.replace(/\.$/, '');
      if (w.length < MIN_WORD_LENGTH || STOPWORDS.has(w) || /\d/.test(w)) continue;
      set.add(conceptOf(w));
    }
  }
  return [...set].sort();
}

/**
 * Where a sentence is cut into clauses: before a relative or subordinate clause, a list of examples,
 * a dash aside, a semicolon, or a comma + conjunction.
 */
const CLAUSE_BREAK = /,\s*(?=(?:which|who|including|while|whereas|although|but|and|after|before|because|as|according)\b)|;\s*|\s[—–]\s|,\s*(?=[“"])/gi;
/** A clause shorter than this many features is folded into its neighbour: too little to match on. */
const MIN_CLAUSE_FEATURES = 3;

/** Features of each clause of a sentence, or [] when it has one clause. */
export function clauseFeatures(text: string, mentions: readonly Mention[], quantities: readonly Quantity[]): string[][] {
  const cuts = [0, ...[...text.matchAll(CLAUSE_BREAK)].map((m) => m.index ?? 0), text.length];
  const clauses: string[][] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] ?? 0;
    const to = cuts[i + 1] ?? text.length;
    const inside = <T extends { start: number; end: number }>(x: T) => x.start >= from && x.end <= to;
    const local = (m: Mention) => ({ ...m, start: m.start - from, end: m.end - from });
    const f = claimFeatures(text.slice(from, to), mentions.filter(inside).map(local), quantities.filter(inside));
    const prev = clauses[clauses.length - 1];
    if (prev && (f.length < MIN_CLAUSE_FEATURES || prev.length < MIN_CLAUSE_FEATURES)) clauses[clauses.length - 1] = [...new Set([...prev, ...f])].sort();
    else clauses.push(f);
  }
  return clauses.length > 1 ? clauses : [];
}
