import type { Claim } from './schema';
import { oncePer } from '../memo';
import { statesOf } from './entities';

/**
 * Both sentences name someone and share none of the names: each speaks of others. `states` says
 * whether states count as names.
 * - Matching counts them (lib/match/evidence-links.ts): "Twitter… Lyft cut 14% and 13% of their staff"
 *   / "Meta… roughly 13 per cent" share a figure but no name, so the figure is no evidence of one fact.
 * - Comparing leaves them out (lib/compare): two sentences naming people or organisations and none in
 *   common give figures or dates whose owner is a guess ("Twitter… 7,500 employees" / "Meta… about
 *   11,000 employees"; "the FDA… 50 milligrams" / "the committee… 40 milligrams"), so two that cannot
 *   both be true are a difference in detail, never a contradiction.
 */
export function namesApart(a: Pick<Claim, 'entities'>, b: Pick<Claim, 'entities'>, states: boolean): boolean {
  const x = states ? a.entities : peopleAndBodies(a);
  const y = states ? b.entities : peopleAndBodies(b);
  return x.length > 0 && y.length > 0 && !x.some((e) => y.includes(e));
}

/**
 * namesApart without states and without who is only said to speak ("…, the minister said", "according
 * to analysts at Acme Energy"): a speaker reports a figure and is no participant of it, so "about 15
 * gigawatts…, the prime minister said" and "about 12 gigawatts…, according to analysts at Acme" may
 * still be one figure told by two sources (lib/match/matcher.ts figuresOfOthers).
 */
export function participantsApart(a: Pick<Claim, 'entities' | 'acts'>, b: Pick<Claim, 'entities' | 'acts'>): boolean {
  const x = participants(a);
  const y = participants(b);
  return x.length > 0 && y.length > 0 && !x.some((e) => y.includes(e));
}

/** A claim's people and bodies that are not only the speaker of a saying act, read once per claim. */
export const participants = oncePer((c: Pick<Claim, 'entities' | 'acts'>): readonly string[] => {
  const speakers = new Set(c.acts.filter((x) => x.act === 'say').map((x) => x.actor));
  return speakers.size === 0 ? peopleAndBodies(c) : peopleAndBodies(c).filter((e) => !speakers.has(e));
});

/** A claim's names that are not states, read once per claim: matching asks for them on thousands of candidate pairs. */
export const peopleAndBodies = oncePer((c: Pick<Claim, 'entities'>): readonly string[] => c.entities.filter((e) => statesOf([e]).length === 0));
