/**
 * How sure a sentence is of what it states: hedges ("may have", "allegedly"), attribution ("according
 * to officials", "the agency said"), and whether it denies what it speaks of ("no injuries were
 * reported", "did not survive").
 */
export interface Certainty {
  /** Hedge words as written, outside quotations. */
  hedges: string[];
  /** Attribution phrases as written, outside quotations. */
  attributions: string[];
  /** Negations as written, outside quotations ("no", "did not", "denied"). */
  negations: string[];
}

const HEDGES =
  /\b(may(?:\s+have)?|might(?:\s+have)?|could(?:\s+have)?(?!\s+not\b)|possibly|probably|unlikely|likely|allegedly|alleged|reportedly|purported(?:ly)?|suspected|believed\s+to|(?:is|are|was|were)\s+(?:widely\s+)?(?:seen|regarded|viewed)\s+as|suggest(?:s|ed)?|appear(?:s|ed)?\s+(?:not\s+)?to|seem(?:s|ed)?\s+(?:not\s+)?to|presumed|understood\s+to|plan(?:s|ned)?\s+to|intend(?:s|ed)?\s+to|claims?|claimed|thought\s+to|arguably|apparently|presumably|perhaps|seemingly|expected\s+to|is\s+said\s+to|are\s+said\s+to|estimated|if\s[^,;.]{3,80},[^,;.]{0,60}?\bwould)\b/gi;
/**
 * Who a sentence says the fact comes from: "according to …", "<a name> reported", "officials said",
 * "sources familiar …", "the report said", "citing …". Reporting grammar, no outlet's name.
 */
const ATTRIBUTIONS =
  /\b(according\s+to\s+(?:the\s+)?[\p{L}.]+(?:\s+[\p{Lu}][\p{L}.]*)*|(?:the\s+network|the\s+report|the\s+paper|the\s+agency|officials?|sources?|authorities|intelligence|police|analysts|experts|investigators)\s+(?:reported|said|says|states|stated|claimed|noted|confirmed|suggests|estimated|estimate|believe)|[\p{Lu}][\p{L}]+\s+(?:reported|reports)|the\s+report\s+said|sources?\s+familiar|have\s+assessed|intelligence\s+(?:reports|concluded|suggests|indicates)|\b(?:he|she|they|it|officials?|sources?|spokes(?:person|man|woman)|investigators)\s+(?:has\s+|have\s+|had\s+)?(?:said|says|told|added|acknowledged|conceded)|in\s+a\s+recent\s+report|report\s+indicates|^report:|(?:document|memo|briefing|report|study|statement|filing)\s+(?:showed|shows|said|says|states|stated|indicated|indicates|suggested|suggests)|citing\s+[\p{L}\s]+sources|media\s+reports?|(?:news\s+|press\s+)?reports\s+(?:[\p{L}]+\s+){0,3}?(?:suggested|suggest|said|say|indicated|indicate|showed|show))/giu;
/**
 * A named speaker: "Governor Jane Roe said", "the NTSB has said", "said Jane Roe", "Acme & Co admits", "3M
 * disclosed" ("the agency announced" is above), with an apposition between name and verb ("Jane Roe,
 * 44, the company's chief executive, said"). Case matters: the name is capitalised. A company that
 * discloses, admits or reveals a fact about itself is the source of it, as one that says it; one that
 * notes, warns or points out a fact is its source too.
 */
const NAMED_SPEAKER = /[\p{Lu}][\p{L}\p{N}&’'-]+(?:\s+[\p{Lu}][\p{L}\p{N}&’'-]+){0,3}(?:(?:,[^,;:.!?"“”]{1,60}){1,3},)?\s+(?:has\s+|have\s+|had\s+)?(?:said|says|told|announced|added|stated|confirmed|estimated|disclosed|discloses|admitted|admits|acknowledged|acknowledges|revealed|reveals|noted|notes|warned|warns|cautioned|pointed\s+out|assessed|assesses|judged|judges|evaluated|evaluates|deemed|deems|informed(?=\s+that\b)|identified(?=\s+(?:\S+\s+){1,4}?as\b))\b|\b(?:said|says|told|announced|added)\s+(?:the\s+)?[\p{Lu}][\p{L}\p{N}&’'-]+(?:\s+[\p{Lu}][\p{L}\p{N}&’'-]+){0,3}/gu;
/**
 * Who said it, named by a common noun: "the airline said", "The company has said" (opening the
 * sentence), "one passenger told us", "chemists have pointed out", "Race organizers said", "…, said the
 * report.", "videos posted by passengers show", "official results showed". Reporting grammar: a noun
 * phrase of at most three words as subject of a verb of saying or showing; after the verb only where
 * the clause ends ("said the fire was…" reports what was said, not who said it). Not a count of those
 * confirmed ("the number of people confirmed dead"), nor "is said to" (a hedge, above). The speaker
 * after its verb at the clause's end, as translated reports write it ("…, informed the minister of the
 * Interior."; "…, has specified the prosecutor."), and analysts or experts who expect, predict or call
 * it so ("Industry analysts expect little change", "Some experts have called it the biggest…").
 */
const NOUN_SPEAKER =
  /\b(?:[Tt]he|[Aa]n?|[Oo]ne|[Ss]ome|[Ss]everal|[Mm]any|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+\s+(?:has\s+|have\s+|had\s+)?(?:said|says|told|stated|reported|reports|confirmed|noted|estimated|estimates|pointed\s+out|wrote|writes|disclosed|admitted|admits|acknowledged|revealed)\b(?!\s+(?:dead|killed|missing|injured|cases|deaths|infected))|\b(?!(?:[Ii]s|[Ww]as|[Hh]as|[Tt]his|[Ii]ts|[Aa]s|[Uu]s|[Hh]is|[Yy]es|[Tt]hus|[Pp]lus)\b)\p{L}+s\s+(?:have\s+|had\s+)?(?:said|say|pointed\s+out|noted|warned|cautioned)\b|\b(?:said|says|indicated|indicates|according\s+to)\s+the\s+[\p{Ll}]+(?=\s*(?:[,.;:]|$))|\b(?:[Vv]ideos?|[Pp]hotos?|[Ii]mages?|[Ff]ootage|[Pp]ictures|[Rr]ecordings?|[Dd]ata|[Rr]ecords|[Rr]esults|[Ff]igures|[Ss]tatistics|[Pp]olls?|[Ss]urveys?|[Tt]all(?:y|ies)|[Cc]ounts?)\s+(?:[\p{L}]+\s+){0,6}?(?:show|shows|showed|suggest|suggests|indicate|indicates)\b|\b(?:has\s+|have\s+|had\s+)?(?:put|puts|placed|places)\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+){0,5}?at(?=\s+(?:about|around|some|nearly|almost|roughly|more|less|over|under|up|at|[$£€₹\d]))|\b[Ii]t\s+(?:is|was|has\s+been|had\s+been)\s+(?:known|reported|learned|learnt|understood|believed|thought|said|claimed|alleged)\s+that\b|(?<=,\s+)(?:has\s+|had\s+)?(?:informed|specified|explained|declared|indicated|affirmed|assured|detailed)\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+(?=\s*(?:[,.;:]|$))|\b(?:analysts|experts|economists|observers|forecasters)\s+(?:have\s+)?(?:expect|expects|predict|predicted|called\s+it|describe[sd]?\s+it)\b/gu;
/** Words that deny what the clause states. */
export const NEGATIONS = /\b(no|not|never|none|nobody|nothing|neither|nor|\w+n['’]t|cannot)\b/gi;
/**
 * "no longer", "not only", "no more than", "not far from", "none other than", "not India's alone", and
 * novelty told by its negation ("something it had never won before", "never seen before"): negation
 * words that deny nothing.
 */
const NOT_DENIAL = /^(?:no\s+(?:longer|more\s+than|fewer\s+than|less\s+than|later\s+than|sooner)|not\s+(?:only|least|just|far|until|before|yet)|not\s+(?:[\p{L}’'-]+\s+){1,2}alone|none\s+other|never\s+(?:[\p{L}’'-]+\s+){1,3}before)\b/iu;

/**
 * "No" the answer of a vote, a noun: "voted No", "No was on 60 per cent", "the No campaign", "campaigned
 * for No". A capitalised "No" inside a sentence (not its first word, nor the first after a colon, dash,
 * semicolon or quotation mark), with no capitalised word after it (a title-case headline's "Offered No
 * Money" stays a negation), or anywhere with a verb right after it (NO_THEN_VERB); or "no" right
 * after a verb of voting; or "the no" before the vote's own nouns. Read as a negation, such a word
 * denied what follows it ("every state voted No; only the capital territory voted Yes").
 */
const VOTE_NO_BEFORE = /\bvot(?:e|ed|es|ing)\s+$/i;
const THE_NO = /\bthe\s+$/i;
const VOTE_NO_NOUN_AFTER = /^no\s+(?:vote|votes|voters|side|campaign|camp|case|result|majority)\b/i;
const CLAUSE_OPENING_BEFORE = /(?:^|[:;—–(“"‘'-])\s*$/;
const CAPITALISED_AFTER = /^No[\s,]+\p{Lu}/u;
/** "No" followed by a verb, even first in its sentence ("No was ahead in all six states"): a negation word is followed by what it denies, never by a verb. */
const NO_THEN_VERB = /^No\s+(?:was|is|were|are|had|has|won|wins|led|leads|took|takes|stood|stands|held|holds|finished|polled|received|secured|carried|prevailed)\b/;
function isVoteAnswer(text: string, at: number, word: string): boolean {
  if (word.toLowerCase() !== 'no') return false;
  const before = text.slice(Math.max(0, at - 30), at);
  const after = text.slice(at, at + 40);
  if (VOTE_NO_BEFORE.test(before) || (THE_NO.test(before) && VOTE_NO_NOUN_AFTER.test(after))) return true;
  return word === 'No' && (NO_THEN_VERB.test(after) || (!CLAUSE_OPENING_BEFORE.test(text.slice(0, at)) && !CAPITALISED_AFTER.test(after)));
}

/** Whether the negation word found at `at` denies something: not "no longer" and the like (NOT_DENIAL), not a vote's "No". */
export function deniesAt(text: string, at: number, word: string): boolean {
  return !NOT_DENIAL.test(text.slice(at)) && !isVoteAnswer(text, at, word);
}

/**
 * "would not be added … until next year", "won't open before March": a negation its clause bounds in
 * time says when, not that it never happens; "no one had run the distance under 2:01 … before" and "no such storm
 * had been seen … since August 2011" tell a first (a figure's colon or point does not end the clause).
 */
const NOT_UNTIL = /^(?:[^,;:.!?]|[,:.](?=\d))*?\b(?:until|till|before|since)\b/i;

/**
 * Words one of which each pattern's every match holds (ATTRIBUTIONS case-blind, the other two as
 * written): most sentences hold none, and testing for them first spares the long patterns a try at
 * every character (a third of the time a sentence's claims take). Wider than the patterns: a word
 * here need not be one they match; a pattern changed must keep its words here.
 */
const ATTRIBUTION_WORDS = /accord|report|said|says|state|claim|note|confirm|suggest|estimat|believ|familiar|assess|conclud|indicat|told|add|acknowledg|conced|show|citing/i;
const NAMED_SPEAKER_WORDS = /said|says|told|announc|added|stated|confirm|estimat|disclos|admit|acknowledg|reveal|note|warn|caution|pointed|assess|judge|evaluat|deem|inform|identif/;
const NOUN_SPEAKER_WORDS = /said|say|told|stated|report|confirm|note|estimat|pointed|wrote|writes|disclos|admit|acknowledg|reveal|warn|caution|indicat|accord|show|suggest|put|plac|known|learn|understood|believ|thought|claim|alleg|inform|specif|explain|declar|affirm|assur|detail|expect|predict|called|describ/;
const NONE: readonly RegExpMatchArray[] = [];
const matchesWith = (text: string, words: RegExp, pattern: RegExp): Iterable<RegExpMatchArray> => (words.test(text) ? text.matchAll(pattern) : NONE);

/** Reads the certainty of a sentence; pass the text with quotations blanked out. */
export function readCertainty(textOutsideQuotes: string): Certainty {
  // A capitalised "May" is the month or a name ("from May 1", "Theresa May"): in news copy the modal is lower case.
  const hedges = [...textOutsideQuotes.matchAll(HEDGES)].map((m) => m[0]).filter((h) => !h.startsWith('May'));
  // Each attribution once, and none that another holds ("document stated" in "The introductory
  // document stated"): several patterns read one phrase, and claims are stored in every index.
  const found = [...new Set([...matchesWith(textOutsideQuotes, ATTRIBUTION_WORDS, ATTRIBUTIONS), ...matchesWith(textOutsideQuotes, NAMED_SPEAKER_WORDS, NAMED_SPEAKER), ...matchesWith(textOutsideQuotes, NOUN_SPEAKER_WORDS, NOUN_SPEAKER)].map((m) => m[0].replace(/\s+/g, ' ')))];
  const attributions = found.length < 2 ? found : found.filter((a) => !found.some((b) => b !== a && b.includes(a)));
  const negations = [...textOutsideQuotes.matchAll(NEGATIONS)].filter((m) => deniesAt(textOutsideQuotes, m.index ?? 0, m[0]) && !NOT_UNTIL.test(textOutsideQuotes.slice(m.index ?? 0))).map((m) => m[0]);
  return { hedges, attributions, negations };
}
