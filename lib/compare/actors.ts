import type { Claim } from '../claims/schema';
import { COMMON_ACTOR, DONE, type Act } from '../claims/actors';
import { oncePer } from '../memo';
import { NONE, type Difference } from './difference';
import { STOPWORDS } from '../text/stopwords';
import { nameKey } from '../claims/features';

/**
 * Acts only one body can do for a given fact: two outlets giving one decision to different bodies
 * cannot both be right. Several bodies can say, recommend, deny or assess the same thing.
 */
const EXCLUSIVE_ACTS = new Set(['decide']);

/**
 * Two names sharing a word (accents folded), or an acronym and the words it shortens, name one actor or
 * one body and a part of it ("European Union" / "European Commission", "Justice Department" /
 * "Department of Justice", "RWA" / "Ruritanian Water Authority", "Núñez" / "José Nunez"):
 * for an exclusive act which of them acted is a detail, not a contradiction; for any other act, no
 * difference (tuned stories: 21 actor details fewer that the gold does not label, none it does).
 */
function overlappingNames(a: Act, b: Act): boolean {
  const x = namesOf(a);
  const y = namesOf(b);
  if (y.words.some((w) => x.words.includes(w))) return true;
  return x.acronyms.some((s) => y.initials.includes(s)) || y.acronyms.some((s) => x.initials.includes(s));
}

/**
 * An act's name as overlappingNames compares it, read once per act (an index sentence's act is compared
 * with every page sentence linked to it): its capitalised words, accents folded ("Núñez" and "Nunez"
 * are one name); the initials of its capitalised words; the acronyms it writes ("RWA").
 */
const namesOf = oncePer((act: Act): { words: string[]; initials: string; acronyms: string[] } => {
  // Brackets are no part of a word: "Agency of Environmental Protection (EPA) ordered" writes EPA.
  const tokens = act.text.replace(/[()[\]]/g, ' ').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !STOPWORDS.has(w.toLowerCase()));
  return {
    words: tokens.filter((w) => /^\p{Lu}\p{L}{2,}/u.test(w)).map((w) => nameKey(w.toLowerCase())),
    initials: tokens.map((w) => w[0]).join(''),
    acronyms: act.text.match(/\b\p{Lu}{2,6}\b/gu) ?? [],
  };
});

/**
 * Who acted. An exclusive act given to different bodies ("the mayor's office decided" / "the city
 * council decided") is a conflict. Different bodies otherwise ("ministry officials said" / "the city
 * council decided"; two bodies recommending) is a detail: both can be true.
 */
export function compareActors(here: Claim, there: Claim): readonly Difference[] {
  if (here.acts.length === 0 || there.acts.length === 0) return NONE;
  // An act read from its verb that both sides give to one body ("Ruritania offered rewards") is the
  // fact both state: who reports or decides it is read from the other acts ("the ministry said" / "the
  // agency said"). Only such acts: a body deciding or saying on both sides is one source.
  const hereActs = unshared(here.acts, there.acts);
  const thereActs = unshared(there.acts, here.acts);
  if (hereActs.length === 0 || thereActs.length === 0) return NONE;
  // A body named on both sides: no difference of who acted. Plain loops: a sentence names a few acts,
  // and two sets per link were 340 KB per annotate of the 2k page against 10,000 articles.
  for (const a of hereActs) for (const b of thereActs) if (a.actor === b.actor) return NONE;
  for (const a of hereActs) {
    const b = thereActs.find((x) => x.act === a.act);
    // A body named by a common noun ("the port authority" / "the regulator") may be the other's under
    // another word: a detail, never a contradiction.
    if (b && EXCLUSIVE_ACTS.has(a.act)) return [{ kind: 'actor', severity: overlappingNames(a, b) || a.actor.startsWith(COMMON_ACTOR) || b.actor.startsWith(COMMON_ACTOR) ? 'detail' : 'conflict', here: a.text, there: b.text }];
    // One act read from its verb ("the Coast Guard suspended" / "the state police suspended"): two
    // doers of one act, a detail (joint acts are common: both may be true).
    if (b && a.act.startsWith(DONE) && !overlappingNames(a, b)) return [{ kind: 'actor', severity: 'detail', here: a.text, there: b.text }];
  }
  // Otherwise the first acts of a class read from reporting grammar (say, decide…): an act read from
  // its verb alone is compared only with the same act.
  const a = hereActs.find((x) => !x.act.startsWith(DONE));
  const b = thereActs.find((x) => !x.act.startsWith(DONE));
  if (!a || !b) return NONE;
  // One actor named twice ("José Núñez added" / "Nunez added", "the RWA declared" / "the Ruritanian Water Authority declared"): no difference.
  if (overlappingNames(a, b)) return NONE;
  // The words as written ("ministry officials said" / "the city council decided"): a reader sees who did what.
  return [{ kind: 'actor', severity: 'detail', here: a.text, there: b.text }];
}

/** The acts of `acts` but those read from a verb that `other` gives to the same body (most sentences share none: the list itself then). */
function unshared(acts: readonly Act[], other: readonly Act[]): readonly Act[] {
  const shared = (a: Act) => a.act.startsWith(DONE) && other.some((b) => b.actor === a.actor && b.act === a.act);
  return acts.some(shared) ? acts.filter((a) => !shared(a)) : acts;
}
