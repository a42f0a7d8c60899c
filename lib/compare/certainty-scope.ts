import { readCertainty, type Certainty } from '../claims/certainty';
import { withoutQuotes } from '../claims/quotes';
import type { Claim } from '../claims/schema';
import type { Quantity } from '../claims/quantities';
import { oncePer } from '../memo';
import { contentWords } from '../text/content-words';
import { reportedThatCuts } from '../text/reported-speech';

/**
 * Where a hedge or an attribution stops applying: a contrast or a new clause ("… remains classified,
 * but Country A is the likely suspect"; "… does not name the buyer, however, two sources … have
 * confirmed Country A"), a relative clause, a semicolon, or the step from who reported to what they
 * reported ("two sources … confirmed to the agency | that it refers to Country A": reportedThatCuts). Finer than matching's clause
 * cuts, which lost precision when they cut at " but ": here nothing is matched on, only scoped.
 */
const SCOPE_BREAK = /,\s*(?=(?:but|however|while|whereas|although|which|who|and)\b)|\s(?=but\b)|;\s*|\s[—–]\s/gi;
/** A reporting frame at the start ("According to the agency, …") or end ("…, the report said.") covers every scope. */
const LEADING_FRAME = /^\s*according\s+to\s+[^,]{1,60},/i;
/**
 * A trailing frame: who said it, after a comma, at the end ("…, the report said.", "…, Governor Jane
 * Roe said on Thursday.", "…, county officials said Saturday", "…, said the agency's director", "…,
 * according to the National Weather Service."). Read with bracketed initials taken out ("the Indian
 * Space Research Organisation (ISRO) said": BRACKETED). A headline's frame has no article ("…, company
 * says", "…, officials say"), nor has a body's "…, organizers said.": any noun before "says", "say" or
 * "said" then, the frame ending the sentence.
 */
const TRAILING_FRAME = /,\s*(?:according\s+to\s+[^,;:]{2,80}?|(?:the\s+|a\s+|an\s+|two\s+|three\s+|several\s+)?(?:[\p{L}’'-]+\s+){0,4}?(?:report|network|paper|agency|officials?|sources?|spokes(?:person|man|woman)|police|authorities|[\p{Lu}][\p{L}\p{N}&’'-]*|[\p{Ll}’'-]+(?=\s+(?:says?|said)\b))\s+(?:said|says|say|reported|added|noted|told\s+[\p{L}\s]{1,30}?|announced|confirmed|estimated|stated)|(?:said|says|added|noted|announced)\s+(?:the\s+)?[\p{L}’'\s-]{2,50}?)(?:\s+(?:on\s+|late\s+on\s+|early\s+on\s+)?(?:\p{Lu}\p{Ll}+day|yesterday|today|last\s+night))?\.?[”"]?\s*$/u;
/** A short bracketed aside ("(ISRO)", "(TNA)"), blanked before frames are read: it stands between a name and its verb. */
const BRACKETED = /\s*\([^()]{1,40}\)/g;
const unbracketed = (t: string) => t.replace(BRACKETED, (m) => ' '.repeat(m.length));

/**
 * A claim's certainty with its sentence's frame: a trailing or leading frame the sentence's own reading
 * missed (a bracketed name's "…, the Indian Space Research Organisation (ISRO) said.") is an
 * attribution of the whole sentence. Read once per claim.
 */
const framedCertainty = oncePer((c: Claim): Certainty => {
  if (c.certainty.attributions.length > 0) return c.certainty;
  const outside = unbracketed(withoutQuotes(c.text, c.quotes));
  const frames: string[] = [];
  const lead = LEADING_FRAME.exec(outside);
  if (lead) frames.push(lead[0].replace(/,\s*$/, '').trim());
  const tail = TRAILING_FRAME.exec(outside);
  if (tail) frames.push(tail[0].replace(/^,\s*|[.”"\s]+$/g, '').replace(/\s+/g, ' '));
  return frames.length ? { ...c.certainty, attributions: frames } : c.certainty;
});

/** Scopes of a reported fact ("that it refers to Country A") inherit who reported it from the scope before. */
const REPORTED = /^\s*that\b/i;
/**
 * A sentence that opens with its speaker ("Acme says 8.5 million devices were affected by the outage,
 * which was caused by a faulty update"; "The agency said the storm had passed, and roads were open"):
 * a relative clause or a clause joined by "and" goes on reporting what the speaker said, so it
 * inherits the attribution. A contrast ("but", "however", "while"), a semicolon or a dash may be the
 * writer's own: those do not.
 */
const CONTINUES = /^\s*,\s*(?:which|who|and)\b/i;
/** A clause joined by "but" whose first word is a verb in the past tense: it has no subject of its own. */
const SHARED_SUBJECT = /^\s*,?\s*but\s+(?:also\s+|then\s+)?\p{Ll}{3,}ed\b/u;
/** How far into the sentence its speaker may start and still open it ("But Acme said", "In a statement, Acme said": a few words). */
const OPENING_SPEAKER_REACH = 25;

/**
 * Words of who reported, not of what: two sentences' sourcing ("two sources familiar with the
 * intelligence confirmed") must not be taken for the fact they share.
 */
const REPORTING_WORDS = new Set(['official', 'officials', 'source', 'sources', 'familiar', 'told', 'tell', 'said', 'says', 'confirmed', 'confirm', 'reported', 'report', 'reports', 'according', 'current', 'former', 'senior', 'network', 'spokesperson', 'added', 'noted', 'knowledge', 'situation', 'both', 'two']);

interface Scope {
  from: number;
  to: number;
  words: Set<string>;
  /** The same words as a list, to walk (faster than walking the set, for every link). */
  list: string[];
  /** Its certainty, read when first asked for (scopeCertainty). */
  certainty?: Certainty;
}

function words(text: string): Set<string> {
  return new Set(contentWords(text).filter((w) => !REPORTING_WORDS.has(w.word)).map((w) => w.concept));
}

/**
 * Scopes and their certainty, per claim: an index sentence is compared with every page sentence linked
 * to it, and against a large index a 2,000-word page has thousands of links (recomputing them took
 * 550 ms of a 740 ms annotate against the 10,000-article index). Claims are never changed once read.
 */
const scopesOfClaim = oncePer((c: Claim): Scope[] => scopesOf(c.text));

function scopesOf(text: string): Scope[] {
  const breaks = [...text.matchAll(SCOPE_BREAK)].map((m) => m.index ?? 0);
  const cuts = [0, ...[...new Set([...breaks, ...reportedThatCuts(text)])].sort((a, b) => a - b), text.length];
  const out: Scope[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] ?? 0;
    const to = cuts[i + 1] ?? text.length;
    if (to > from) {
      const w = words(text.slice(from, to));
      out.push({ from, to, words: w, list: [...w] });
    }
  }
  return out;
}

/** How many words two scopes share (a loop, no array: asked for every pair of scopes of thousands of links). */
function shared(a: readonly string[], b: ReadonlySet<string>): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (b.has(a[i] as string)) n++;
  return n;
}

/** The certainty of one scope of a claim: its own hedges and attributions, the sentence's frame, and a reported scope's reporter. */
function scopeCertainty(c: Claim, scopes: readonly Scope[], at: number): Certainty {
  const scope = scopes[at] as Scope;
  return (scope.certainty ??= readScopeCertainty(c, scopes, at));
}

function readScopeCertainty(c: Claim, scopes: readonly Scope[], at: number): Certainty {
  const outside = withoutQuotes(c.text, c.quotes);
  const scope = scopes[at] as Scope;
  const own = readCertainty(outside.slice(scope.from, scope.to));
  const frames: string[] = [];
  const lead = LEADING_FRAME.exec(outside);
  if (lead && scope.from >= lead[0].length) frames.push(...readCertainty(lead[0]).attributions);
  const tail = TRAILING_FRAME.exec(unbracketed(outside));
  if (tail && scope.to <= tail.index) frames.push(...readCertainty(tail[0].replace(/^,\s*/, '')).attributions, tail[0].replace(/^,\s*|[.”"\s]+$/g, ''));
  const prev = scopes[at - 1];
  const text = outside.slice(scope.from, scope.to);
  if (prev && REPORTED.test(text)) frames.push(...readCertainty(outside.slice(prev.from, prev.to)).attributions);
  if (at > 0) frames.push(...openingSpeaker(outside, scopes, at));
  // "…, the ministry said, but dropped one of them": a "but" with no subject of its own goes on with
  // the subject, and the speaker, of the clause before it.
  if (prev && SHARED_SUBJECT.test(text)) frames.push(...readCertainty(outside.slice(prev.from, prev.to)).attributions);
  return { ...own, attributions: [...new Set([...own.attributions, ...frames])] };
}

/**
 * The attributions of a sentence's first scope that open the sentence (OPENING_SPEAKER_REACH), carried
 * through the scopes that continue it (CONTINUES) up to the first that does not.
 */
function openingSpeaker(outside: string, scopes: readonly Scope[], at: number): string[] {
  for (let k = 1; k <= at; k++) {
    const sc = scopes[k] as Scope;
    if (!CONTINUES.test(outside.slice(sc.from, sc.to))) return [];
  }
  const first = scopes[0] as Scope;
  const head = outside.slice(first.from, first.to);
  return readCertainty(head).attributions.filter((a) => {
    const i = head.indexOf(a);
    return i >= 0 && i <= OPENING_SPEAKER_REACH;
  });
}

/** Index of the scope holding a position. */
const scopeAt = (scopes: readonly Scope[], at: number): number => scopes.findIndex((sc) => at >= sc.from && at < sc.to);

/** A figure of who reported ("two sources", "three officials"): sourcing, not the fact. Read once per figure: asked for every link. */
const ofReporting = oncePer((q: Quantity): boolean => q.text.toLowerCase().split(/[^\p{L}]+/u).some((w: string) => REPORTING_WORDS.has(w)));

/** The scopes holding the first pair of figures of one counted thing, one on each side (counts of nothing named, and of who reported, left out), or null. */
function sharedFigureScopes(here: Claim, hs: readonly Scope[], there: Claim, ts: readonly Scope[]): [number, number] | null {
  for (const a of here.quantities) {
    if (a.counted === 'unknown' || a.value === null || ofReporting(a)) continue;
    const b = there.quantities.find((q) => q.counted === a.counted && q.value !== null && !ofReporting(q));
    if (!b) continue;
    const i = scopeAt(hs, a.start);
    const j = scopeAt(ts, b.start);
    if (i >= 0 && j >= 0) return [i, j];
  }
  return null;
}

/**
 * How sure each claim is of the fact the two share, rather than of all it says: the pair of scopes
 * (one per claim) sharing the most content words carries the fact, and a hedge or attribution in
 * another scope is about something else ("remains classified, but Country A is the likely suspect": the
 * "likely" is about who paid, not about the name being classified). Whole sentences when neither
 * splits, or when no pair of scopes shares a word.
 */
export function factCertainty(here: Claim, there: Claim): [Certainty, Certainty] {
  const hs = scopesOfClaim(here);
  const ts = scopesOfClaim(there);
  if (hs.length < 2 && ts.length < 2) return [framedCertainty(here), framedCertainty(there)];
  let bi = -1;
  let bj = -1;
  let most = 0;
  // A figure of one counted thing on both sides is the fact they share ("…exploded against a wall, and
  // the agency said at least 120 people had been killed" / "killing 179 of the 181 people on board"):
  // the scopes that hold the two figures carry it, whatever other words the other scopes share.
  const figure = sharedFigureScopes(here, hs, there, ts);
  if (figure) return [hs.length < 2 ? framedCertainty(here) : scopeCertainty(here, hs, figure[0]), ts.length < 2 ? framedCertainty(there) : scopeCertainty(there, ts, figure[1])];
  for (let i = 0; i < hs.length; i++) for (let j = 0; j < ts.length; j++) {
    const n = shared((hs[i] as Scope).list, (ts[j] as Scope).words);
    if (n > most) {
      bi = i;
      bj = j;
      most = n;
    }
  }
  if (most === 0) return [framedCertainty(here), framedCertainty(there)];
  return [hs.length < 2 ? framedCertainty(here) : scopeCertainty(here, hs, bi), ts.length < 2 ? framedCertainty(there) : scopeCertainty(there, ts, bj)];
}
