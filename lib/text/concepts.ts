import { stem } from './tokens';

/**
 * Words that say the same thing in news prose, folded to one concept so paraphrases align
 * ("injured"/"wounded", "killed"/"assassinated", "bounties"/"payments"/"fines"). A swapped term of
 * another meaning (bounties vs fines) still aligns here; comparison reports it as a `term` difference.
 * Keys are written as plain words and stemmed when the table is built.
 */
const SYNONYMS: Record<string, readonly string[]> = {
  injure: ['injure', 'injured', 'injuring', 'wound', 'wounded', 'wounding', 'hurt', 'casualties'],
  kill: ['kill', 'killed', 'killing', 'killings', 'assassinate', 'assassinated', 'assassination', 'eliminate', 'eliminated', 'slain', 'dead', 'death', 'deaths'],
  pay: ['pay', 'pays', 'paid', 'paying', 'payment', 'payments', 'bounty', 'bounties', 'fine', 'fines', 'money', 'reward', 'rewards', 'funding', 'funded', 'finance', 'financed', 'financier', 'cash', 'reimbursement', 'compensation'],
  troops: ['troop', 'troops', 'soldier', 'soldiers', 'forces', 'force', 'personnel', 'servicemen', 'marines', 'service', 'member', 'members'],
  attack: ['attack', 'attacks', 'attacked', 'attacking', 'assault', 'assaults', 'bombing', 'bombings', 'bomber', 'raid', 'raids', 'explosion', 'blast', 'bomb', 'bombs', 'bombed'],
  militant: ['militant', 'militants', 'fighter', 'fighters', 'insurgent', 'insurgents', 'jihadist', 'jihadists'],
  target: ['target', 'targeting', 'targeted', 'targets'],
  decide: ['decide', 'decided', 'decision', 'decisions', 'chose'],
  action: ['action', 'actions', 'step', 'steps', 'measure', 'measures', 'response', 'respond'],
  talks: ['talks', 'process', 'negotiations', 'negotiation', 'deal', 'agreement', 'accord', 'initiative'],
  assess: ['assess', 'assessed', 'assessment', 'conclude', 'concluded', 'conclusion', 'identified', 'identify', 'find', 'found', 'determined'],
  link: ['link', 'linked', 'links', 'tie', 'tied', 'ties', 'relation', 'relations', 'relationship', 'connection', 'connected'],
  justify: ['justification', 'justify', 'justified', 'argument', 'rationale', 'reason'],
  deny: ['deny', 'denied', 'denies', 'dismiss', 'dismissed', 'reject', 'rejected', 'fake'],
  document: ['document', 'memo', 'briefing', 'paper'],
  airbase: ['base', 'airbase', 'airfield'],
  secret: ['classified', 'secret', 'undisclosed'],
  name: ['name', 'named', 'names', 'naming', 'unnamed'],
  allegation: ['report', 'reports', 'allegation', 'allegations', 'claim', 'claims', 'accusation', 'accusations', 'invention', 'fabrication', 'hoax'],
  offer: ['offer', 'offered', 'offering', 'offers', 'promised'],
  intelligence: ['intelligence', 'spy', 'spies'],
  official: ['official', 'officials', 'spokesperson', 'spokesman', 'spokeswoman'],
  drone: ['drone', 'airstrike', 'air-strike'],
  come: ['come', 'comes', 'came', 'coming', 'surface', 'surfaced', 'surfaces', 'emerge', 'emerged', 'emerges', 'transpire', 'transpired'],
  recommend: ['recommend', 'recommended', 'advised', 'urged'],
  affiliate: ['affiliated', 'backed', 'allied', 'offshoot', 'proxy'],
};

const CONCEPT_OF = new Map<string, string>();
for (const [concept, words] of Object.entries(SYNONYMS)) {
  for (const w of words) CONCEPT_OF.set(stem(w), concept);
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
