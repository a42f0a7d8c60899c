/**
 * How sure a sentence is of what it states: hedges ("may have", "allegedly"), attribution ("according
 * to CNN", "two sources said"), and whether a payment is only offered or said to be paid.
 */
export interface Certainty {
  /** Hedge words as written, outside quotations. */
  hedges: string[];
  /** Attribution phrases as written, outside quotations. */
  attributions: string[];
  /** The sentence speaks of an offer ("offered bounties", "promised"). */
  offered: boolean;
  /** The sentence says a payment was made ("paid", "payments"). */
  paid: boolean;
}

const HEDGES =
  /\b(may(?:\s+have)?|might(?:\s+have)?|could\s+have|possibly|probably|likely|allegedly|alleged|reportedly|purported(?:ly)?|suspected|believed\s+to|suggests?|appears?\s+to|claims?|claimed|thought\s+to|arguably|apparently|presumably|perhaps|seemingly)\b/gi;
const ATTRIBUTIONS =
  /\b(according\s+to\s+(?:the\s+)?[\p{L}.]+(?:\s+[\p{Lu}][\p{L}.]*)*|(?:CNN|the\s+network|the\s+report|the\s+paper|officials?|sources?|intelligence)\s+(?:reported|said|says|states|stated|claimed|noted|confirmed|suggests)|(?:reported|told|said\s+to|confirmed\s+to)\s+(?:CNN|the\s+network)|(?:CNN|[\p{Lu}][\p{L}]+)\s+reported|the\s+report\s+said|sources?\s+familiar|have\s+assessed|intelligence\s+(?:reports|concluded|suggests|indicates)|\b(?:he|she|they|officials?|sources?|spokes(?:person|man|woman)|investigators)\s+(?:said|says|told|added|acknowledged|conceded)|in\s+a\s+recent\s+report|report\s+indicates|^report:|(?:document|memo|briefing|report)\s+(?:showed|shows|said|says|states|stated|indicated|indicates|suggested|suggests)|CNN\s+states|(?:CNN|the\s+network)\s+cited|citing\s+[\p{L}\s]+sources)/giu;
const OFFER = /\b(offer(?:ed|ing|s)?|promised)\b/i;
/** Verbs of a completed payment; the noun "payments" alone does not say who paid or whether it was only offered. */
const PAID = /\b(paid|pays|paying|received\s+payments?|funded|financed)\b/i;

/** Reads the certainty of a sentence; pass the text with quotations blanked out. */
export function readCertainty(textOutsideQuotes: string): Certainty {
  const hedges = [...textOutsideQuotes.matchAll(HEDGES)].map((m) => m[0]);
  const attributions = [...textOutsideQuotes.matchAll(ATTRIBUTIONS)].map((m) => m[0].replace(/\s+/g, ' '));
  const paid = PAID.test(textOutsideQuotes);
  const offered = OFFER.test(textOutsideQuotes);
  return { hedges, attributions, offered, paid };
}
