/**
 * Key words that are not interchangeable although they fill the same slot: a "fine" is not a
 * "bounty" (a machine translation turned one into the other). Each field lists words of different
 * meaning; two sentences using different members disagree on the term.
 */
const TERM_FIELDS: Record<string, Record<string, RegExp>> = {
  payment: {
    // A reward for an attack is a bounty whatever it is called.
    bounties: /\b(?:bount(?:y|ies)|(?:cash\s+)?rewards?)\b/i,
    fines: /\bfines?\b/i,
    ransom: /\bransoms?\b/i,
    taxes: /\btax(?:es)?\b/i,
    bribes: /\bbribes?\b/i,
  },
};

export interface TermUse {
  field: string;
  term: string;
  /** As written. */
  text: string;
}

/** Key terms used in a sentence (text with quotations blanked: a quoted word is the source's). */
export function findTerms(text: string): TermUse[] {
  const out: TermUse[] = [];
  for (const [field, terms] of Object.entries(TERM_FIELDS)) {
    for (const [term, re] of Object.entries(terms)) {
      const m = text.match(re);
      if (m) out.push({ field, term, text: m[0] });
    }
  }
  return out;
}
