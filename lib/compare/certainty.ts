import { readCertainty, type Certainty } from '../claims/certainty';
import type { Claim } from '../claims/schema';
import { oncePer } from '../memo';
import { factCertainty } from './certainty-scope';
import { NONE, type Difference } from './difference';
import { compareDenial } from './denial';

const AS_FACT = '(stated as fact)';

/**
 * What a hedge does: a modal weighs the fact itself ("may have paid"), a distancing word leaves it to
 * whoever said it ("claims", "allegedly"), an inference reads it from evidence ("suggests", "appears
 * to"), an intention has not happened yet ("plans to", "intended to"). A headline's "Agency Claims Country A Paid" and another's "Country A may have paid" are both
 * hedged, but not alike: a certainty detail a reader should see.
 */
function hedgeKind(h: string): 'modal' | 'distancing' | 'inferred' | 'intended' {
  const w = h.toLowerCase();
  // A plan is not yet an act: "planned to launch" against "launched".
  if (/^(plan|intend)/.test(w)) return 'intended';
  if (/^(may|might|could|possibly|probably|likely|unlikely|perhaps|arguably|presumably|if\s)/.test(w)) return 'modal';
  if (/^(alleged|reportedly|purported|suspected|claim)/.test(w)) return 'distancing';
  return 'inferred';
}

/**
 * The kinds of a certainty's hedges, sorted and joined ('' without a hedge, as most sentences are).
 * Read once per certainty: a claim's (and each scope's) certainty is kept with it and compared with
 * every sentence linked to it, thousands of links against a large index.
 */
const kindsOf = oncePer((c: Certainty) => [...new Set(c.hedges.map(hedgeKind))].sort().join(','));
const hedgeKinds = (c: Certainty) => (c.hedges.length === 0 ? '' : kindsOf(c));

function describe(c: Certainty): string {
  // Most sentences have one hedge or attribution or none: no set to build for them.
  const n = c.hedges.length + c.attributions.length;
  if (n === 0) return AS_FACT;
  if (n === 1) return (c.hedges[0] ?? c.attributions[0]) as string;
  const parts = [...new Set([...c.hedges, ...c.attributions])].filter(
    (p, _, all) => !all.some((q) => q !== p && q.includes(p)),
  );
  return parts.length > 0 ? parts.join('; ') : AS_FACT;
}

/**
 * Confidence as the fact travels: a hedge or an attribution present on one side only ("may have
 * received payments" / "fees were paid"; "according to the agency" / stated as fact), hedges of a
 * different kind ("claims" / "may have"), each read where the shared fact is stated (factCertainty):
 * a detail, since a hedged and a plain statement can both be true. A denial on one side only is a
 * conflict.
 */
// Module-level, not closures made per call: a page compares thousands of links against a large index.
const hedged = (c: Certainty) => c.hedges.length > 0;
const attributed = (c: Certainty) => c.attributions.length > 0;

/**
 * The hedges inside a claim's quotations ("“likely the largest natural disaster”", "“seems most
 * likely”"): the speaker's, which the outlet quoting them reports. Read once per claim.
 */
const quotedHedges = oncePer((c: Claim): string[] => (c.quotes.length === 0 ? [] : c.quotes.flatMap((q) => readCertainty(q.text).hedges)));

/**
 * Share of a claim's characters inside its quotations from which the claim reports a statement. Tuned
 * stories: certainty details the gold does not label 983 → 903, those it does 593 → 591
 * (tests/corpus/TUNING.md).
 */
const MOSTLY_QUOTED = 0.5;
/** Whether most of a claim's text is quoted (read once per claim). */
const mostlyQuoted = oncePer((c: Claim): boolean => c.quotes.reduce((n, q) => n + q.text.length, 0) >= MOSTLY_QUOTED * c.text.length);

export function compareCertainty(hereClaim: Claim, thereClaim: Claim): readonly Difference[] {
  const [here, there] = factCertainty(hereClaim, thereClaim);
  const denial = compareDenial(hereClaim, thereClaim);
  if (denial) return [denial];
  // Two quotations of one statement: each is its speaker's words whether or not the sentence names the speaker
  // (a tag one outlet leaves to the sentence before, or a translation's "so a spokeswoman"): who said it is
  // no difference of certainty there.
  const quotedBoth = mostlyQuoted(hereClaim) && mostlyQuoted(thereClaim);
  if (hedged(here) !== hedged(there) || (!quotedBoth && attributed(here) !== attributed(there)) || hedgeKinds(here) !== hedgeKinds(there)) {
    return [{ kind: 'certainty', severity: 'detail', here: describe(here), there: describe(there) }];
  }
  // A speaker's hedge one outlet quotes and the other leaves out ("“likely the largest”" / "“biggest”").
  const qh = quotedHedges(hereClaim);
  const qt = quotedHedges(thereClaim);
  if ((qh.length > 0) !== (qt.length > 0) && !hedged(here) && !hedged(there)) {
    return [{ kind: 'certainty', severity: 'detail', here: qh.length ? `“${qh.join(', ')}” (quoted)` : AS_FACT, there: qt.length ? `“${qt.join(', ')}” (quoted)` : AS_FACT }];
  }
  return NONE;
}
