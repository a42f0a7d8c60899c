/**
 * Deterministic synthetic news for the benchmark (`npm run bench`): indexes of 1,000 and 10,000
 * articles, and article pages of any length. Everything comes from a seeded PRNG, so the same
 * arguments give byte-identical text on every machine.
 *
 * An index of n articles holds:
 * - the five seeds themselves;
 * - about √n **same-story** articles: the seeds' paragraphs re-told with varied figures, dates, spelling
 *   of names, wording and outlet (a big story is covered by tens of outlets, not by a fixed share of
 *   every index: 32 at 1,000 articles, 100 at 10,000);
 * - 5 % **look-alike** stories: the seeds' paragraphs with another state, militant group, base,
 *   commander, country and outlet ("Russia paid al-Shabaab to attack Camp Lemonnier"). They share most
 *   of their words with the seeds and are the hard case for candidate retrieval (500 at 10,000
 *   articles: each seed sentence has some 70 near-copies about other actors);
 * - the rest **filler**: news on other topics (./filler.ts).
 * Articles run 250–600 words, like wire copy.
 */
import type { Article } from '../../lib/seeds/metadata';
import { splitBlocks } from '../../lib/text/blocks';
import { readArticles } from '../articles';
import { SEEDS_DIR } from '../seed-index';
import { fillerArticle, fillerParagraph } from './filler';
import { chance, int, pick, prng, type Rng } from './synthetic-rng';

export { prng } from './synthetic-rng';

/** Words in a text, as a reader counts them. */
export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

// ---- vocabulary --------------------------------------------------------------------------------

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const OUTLETS = [
  'Reuters', 'Associated Press', 'BBC News', 'Al Jazeera', 'The Guardian', 'The Washington Post', 'Politico', 'Axios', 'NPR', 'Bloomberg',
  'Financial Times', 'The Independent', 'Deutsche Welle', 'France 24', 'The Times of India', 'Dawn', 'Tolo News', 'Arab News', 'The National',
  'Sky News', 'ABC News', 'CBS News', 'NBC News', 'Fox News', 'USA Today', 'The Telegraph', 'Euronews', 'South China Morning Post',
  'The Hindu', 'Gulf News', 'Daily Sabah', 'The Globe and Mail', 'Sydney Morning Herald', 'The Straits Times', 'Voice of America',
  'Radio Free Europe', 'Military Times', 'Stars and Stripes', 'Defense News', 'The Daily Beast', 'Newsweek', 'Time', 'The Atlantic',
  'Vox', 'Business Insider', 'The Economist', 'Le Monde (English)', 'Anadolu Agency', 'Kyodo News', 'Yonhap', 'Channel NewsAsia',
];
/** Outlets the seeds cite as their source, swapped for one of these in re-told copies. */
const CITED = ['Reuters', 'the BBC', 'the Washington Post', 'Politico', 'Axios', 'NBC News', 'the Wall Street Journal', 'Al Jazeera'];

interface Actors {
  /** The paying state: noun, adjective, capital. */
  state: string; adj: string; capital: string;
  group: string; leader: string; militants: string;
  base: string; commander: string; country: string; countryCapital: string; strikeCity: string;
}

/** The seeds' own actors: same-story copies keep them. */
const SEED_ACTORS: Actors = {
  state: 'Iran', adj: 'Iranian', capital: 'Tehran', group: 'Haqqani network', leader: 'Sirajuddin Haqqani', militants: 'Taliban',
  base: 'Bagram', commander: 'Qasem Soleimani', country: 'Afghanistan', countryCapital: 'Kabul', strikeCity: 'Baghdad',
};
const STATES = [
  { state: 'Russia', adj: 'Russian', capital: 'Moscow' },
  { state: 'Pakistan', adj: 'Pakistani', capital: 'Islamabad' },
  { state: 'China', adj: 'Chinese', capital: 'Beijing' },
  { state: 'Syria', adj: 'Syrian', capital: 'Damascus' },
  { state: 'North Korea', adj: 'North Korean', capital: 'Pyongyang' },
  { state: 'Venezuela', adj: 'Venezuelan', capital: 'Caracas' },
  { state: 'Eritrea', adj: 'Eritrean', capital: 'Asmara' },
];
const GROUPS = [
  { group: 'al-Shabaab', leader: 'Ahmed Diriye', militants: 'al-Shabaab' },
  { group: 'Lashkar-e-Taiba', leader: 'Hafiz Saeed', militants: 'Lashkar' },
  { group: 'Houthi movement', leader: 'Abdul-Malik al-Houthi', militants: 'Houthi' },
  { group: 'Kataib Hezbollah', leader: 'Abu Fadak al-Mohammedawi', militants: 'Kataib' },
  { group: 'Boko Haram', leader: 'Abubakar Shekau', militants: 'Boko Haram' },
  { group: 'Tehrik-e-Taliban', leader: 'Noor Wali Mehsud', militants: 'TTP' },
];
const THEATRES = [
  { base: 'Camp Lemonnier', country: 'Somalia', countryCapital: 'Mogadishu', strikeCity: 'Sanaa' },
  { base: 'Al Asad Air Base', country: 'Iraq', countryCapital: 'Baghdad', strikeCity: 'Damascus' },
  { base: 'Kandahar Airfield', country: 'Afghanistan', countryCapital: 'Kabul', strikeCity: 'Quetta' },
  { base: 'Incirlik', country: 'Turkey', countryCapital: 'Ankara', strikeCity: 'Aleppo' },
  { base: 'Camp Arifjan', country: 'Kuwait', countryCapital: 'Kuwait City', strikeCity: 'Basra' },
  { base: 'Manda Bay', country: 'Kenya', countryCapital: 'Nairobi', strikeCity: 'Kismayo' },
];
const COMMANDERS = ['Abu Mahdi al-Muhandis', 'Hashem Safieddine', 'Ismail Qaani', 'Yahya Sinwar', 'Mohammed Deif', 'Abdul Rahman al-Maghrebi', 'Khalid Batarfi'];
const SOLEIMANI_SPELLINGS = ['Qasem Soleimani', 'Qassem Soleimani', 'Qassim Soleimani', 'Gen. Qasem Soleimani', 'General Qassem Soleimani'];

/** Re-wording: each word may become one of its alternatives (those keep the sentence grammatical). */
const REWORD: readonly [RegExp, readonly string[]][] = [
  [/\boffered\b/g, ['offered', 'promised', 'put up']],
  [/\bbounties\b/g, ['bounties', 'rewards', 'payments', 'cash rewards']],
  [/\binjured\b/g, ['injured', 'wounded', 'hurt']],
  [/\bkilled\b/g, ['killed', 'left dead']],
  [/\btroops\b/g, ['troops', 'soldiers', 'forces', 'service members']],
  [/\bmilitants\b/g, ['militants', 'fighters', 'insurgents']],
  [/\bconcluded\b/g, ['concluded', 'found', 'determined', 'assessed']],
  [/\bdenied\b/g, ['denied', 'rejected', 'dismissed']],
  [/\bdocument\b/g, ['document', 'memo', 'briefing paper']],
  [/\battack\b/g, ['attack', 'assault', 'raid']],
  [/\bsaid\b/g, ['said', 'stated', 'reported']],
  [/\btold\b/g, ['told', 'informed']],
  [/\bofficials\b/g, ['officials', 'authorities']],
  [/\bclassified\b/g, ['classified', 'secret', 'undisclosed']],
  [/\bdecided\b/g, ['decided', 'chose']],
  [/\bpeace talks\b/g, ['peace talks', 'peace negotiations', 'peace process']],
];

const NUMBER_WORDS: Record<string, readonly string[]> = {
  two: ['two', 'three', 'two'],
  four: ['four', 'three', 'five', 'four'],
  six: ['six', 'five', 'seven', 'half a dozen'],
  ten: ['ten', 'eight', 'twelve', 'a dozen'],
  seventy: ['seventy', 'sixty', 'eighty'],
  dozens: ['dozens', 'scores', 'dozens'],
};

// ---- the seeds, cut into paragraphs ---------------------------------------------------------------

interface SeedParts {
  headlines: string[];
  /** Body paragraphs with their relative place in their article (0..1), to keep a plausible order. */
  paragraphs: { text: string; at: number }[];
}

let seedParts: SeedParts | undefined;

/** Headlines and body paragraphs of the seeds, in seed order. */
export function seedParagraphs(seedsDir: string = SEEDS_DIR): SeedParts {
  if (seedParts) return seedParts;
  const headlines: string[] = [];
  const paragraphs: { text: string; at: number }[] = [];
  for (const a of readArticles(seedsDir)) {
    const blocks = splitBlocks(a.text);
    const body = blocks.filter((b) => b.kind === 'body');
    for (const b of blocks) if (b.kind === 'headline') headlines.push(a.text.slice(b.start, b.end).replace(/\s+/g, ' ').trim());
    body.forEach((b, i) => paragraphs.push({ text: a.text.slice(b.start, b.end).replace(/\s+/g, ' ').trim(), at: i / Math.max(1, body.length - 1) }));
  }
  seedParts = { headlines, paragraphs };
  return seedParts;
}

// ---- re-telling a seed paragraph -----------------------------------------------------------------

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Varies a figure by up to ±30 %, keeping years (19xx, 20xx) as they are. */
function varyNumber(rng: Rng, n: number): number {
  if (n >= 1900 && n <= 2100) return n;
  if (n <= 2) return chance(rng, 0.7) ? n : n + 1;
  return Math.max(1, Math.round(n * (0.7 + rng() * 0.6)));
}

/**
 * A seed paragraph re-told: actors replaced (look-alike stories) or kept, figures, days and months
 * varied, some words swapped for synonyms, the cited outlet swapped.
 */
export function retell(text: string, rng: Rng, actors: Actors, opts: { vary: number; cited: string }): string {
  let t = text;
  if (actors !== SEED_ACTORS) {
    const swaps: [string, string][] = [
      ['Haqqani [Nn]etwork', actors.group],
      ['Sirajuddin Haqqani', actors.leader],
      ['Haqqani', actors.group],
      ['(?:Gen\\.?\\s+|General\\s+)?(?:Qasem|Qassem|Qassim)\\s+Soleimani', actors.commander],
      ['Soleimani', actors.commander.split(' ').slice(-1)[0] ?? actors.commander],
      ['Quds Force', `${actors.adj} special forces`],
      ['Iranian', actors.adj],
      ['Iran', actors.state],
      ['Tehran', actors.capital],
      ['Taliban', actors.militants],
      ['Bagram(?: [Aa]ir [Bb]ase| [Aa]irbase| US air force base)?', actors.base],
      ['Afghanistan', actors.country],
      ['Afghan', actors.country],
      ['Kabul', actors.countryCapital],
      ['Baghdad', actors.strikeCity],
    ];
    const re = new RegExp(swaps.map(([p]) => `(${p})`).join('|'), 'g');
    t = t.replace(re, (...m: unknown[]) => {
      const i = (m.slice(1, swaps.length + 1) as (string | undefined)[]).findIndex((g) => g !== undefined);
      return swaps[i]?.[1] ?? String(m[0]);
    });
  } else {
    t = t.replace(/(?:Gen\.?\s+|General\s+)?(?:Qasem|Qassem|Qassim)\s+Soleimani/g, () => pick(rng, SOLEIMANI_SPELLINGS));
  }
  if (opts.cited !== 'CNN') {
    t = t.replace(/\bCNN\b/g, opts.cited).replace(/\b(?:the |The )?New York Times\b/g, (m) => (m.startsWith('The') ? 'The Wall Street Journal' : 'the Wall Street Journal'));
  }
  // Figures and dates.
  t = t.replace(/\b\d{1,3}(?:,\d{3})*\b/g, (m) => (chance(rng, opts.vary) ? String(varyNumber(rng, Number(m.replace(/,/g, '')))) : m));
  t = t.replace(new RegExp(`\\b(${MONTHS.join('|')})( \\d{1,2})?\\b`, 'g'), (m, month: string, day?: string) => {
    if (!chance(rng, opts.vary)) return m;
    const mo = chance(rng, 0.5) ? month : pick(rng, MONTHS);
    return day ? `${mo} ${int(rng, 1, 28)}` : mo;
  });
  t = t.replace(new RegExp(`\\b(${Object.keys(NUMBER_WORDS).join('|')})\\b`, 'g'), (m) => (chance(rng, opts.vary) ? pick(rng, NUMBER_WORDS[m] ?? [m]) : m));
  t = t.replace(new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'g'), (m) => (chance(rng, opts.vary) ? pick(rng, WEEKDAYS) : m));
  for (const [re, alts] of REWORD) t = t.replace(re, (m) => (chance(rng, 0.4) ? pick(rng, alts) : m));
  return t;
}

function lookalikeActors(rng: Rng): Actors {
  const s = pick(rng, STATES);
  const g = pick(rng, GROUPS);
  const th = pick(rng, THEATRES);
  return { ...s, ...g, ...th, commander: pick(rng, COMMANDERS) };
}

function storyArticle(rng: Rng, actors: Actors, vary: number): { title: string; text: string } {
  const { headlines, paragraphs } = seedParagraphs();
  const cited = pick(rng, CITED);
  const title = retell(pick(rng, headlines), rng, actors, { vary, cited }).replace(/[.!?]+$/, '');
  // 5–9 paragraphs drawn from all five seeds, ordered by where they stood in their own article.
  const n = int(rng, 5, 9);
  const chosen = new Set<number>();
  while (chosen.size < n) chosen.add(Math.floor(rng() * paragraphs.length));
  const body = [...chosen]
    .map((i) => paragraphs[i] as { text: string; at: number })
    .sort((a, b) => a.at - b.at)
    .map((p) => retell(p.text, rng, actors, { vary, cited }));
  return { title, text: [title, ...body].join('\n\n') };
}

// ---- indexes and pages ----------------------------------------------------------------------------------

export interface SyntheticMix {
  seeds: number;
  sameStory: number;
  lookalike: number;
  filler: number;
}

/** Share of look-alike stories in an index (same words as the seeds, other actors). */
const LOOKALIKE_SHARE = 0.05;

/** How an index of n articles is made up (see the file comment). */
export function mixOf(n: number, seeds = 5): SyntheticMix {
  const rest = Math.max(0, n - seeds);
  const sameStory = Math.min(rest, Math.round(Math.sqrt(n)));
  const lookalike = Math.min(rest - sameStory, Math.round(n * LOOKALIKE_SHARE));
  return { seeds, sameStory, lookalike, filler: rest - sameStory - lookalike };
}

/**
 * n articles for an index: the seeds plus synthetic ones (ids `syn-00001`…), deterministic for a given
 * n and seed. Story kinds are interleaved so that any prefix has the same mix.
 */
export function syntheticArticles(n: number, seed = 20200817, seedsDir: string = SEEDS_DIR): Article[] {
  const seeds = readArticles(seedsDir);
  const mix = mixOf(n, seeds.length);
  const total = mix.sameStory + mix.lookalike + mix.filler;
  // Kinds spread evenly (a deterministic interleave, not a shuffle of all n).
  const kinds: ('same' | 'lookalike' | 'filler')[] = [];
  for (let i = 0; i < total; i++) {
    const s = Math.floor(((i + 1) * mix.sameStory) / total) - Math.floor((i * mix.sameStory) / total);
    const l = Math.floor(((i + 1) * mix.lookalike) / total) - Math.floor((i * mix.lookalike) / total);
    kinds.push(s > 0 ? 'same' : l > 0 ? 'lookalike' : 'filler');
  }
  const out: Article[] = [...seeds];
  kinds.forEach((kind, i) => {
    const r = prng(seed ^ Math.imul(i + 1, 0x9e3779b1));
    const { title, text } =
      kind === 'same' ? storyArticle(r, SEED_ACTORS, 0.5) : kind === 'lookalike' ? storyArticle(r, lookalikeActors(r), 0.5) : fillerArticle(r);
    const month = int(r, 1, 12);
    const day = int(r, 1, 28);
    out.push({
      id: `syn-${String(i + 1).padStart(5, '0')}`,
      meta: {
        outlet: pick(r, OUTLETS),
        title,
        language: 'en',
        date: `${kind === 'filler' ? int(r, 2018, 2024) : 2020}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        inferred: [],
      },
      text,
    });
  });
  return out;
}

/**
 * An article of about `words` words for a page: a headline, then the seeds' paragraphs (lightly
 * varied figures and wording, same actors, so they match the seed index and differ from it in places)
 * interleaved with filler paragraphs on other topics, about 40 % seed prose. Deterministic per length.
 */
export function benchArticle(words: number, seed = 4242): { title: string; text: string } {
  const rng = prng(seed + words);
  const { paragraphs } = seedParagraphs();
  const title = 'Iran offered Taliban bounties for attacks on US troops at Bagram, intelligence officials say';
  const out: string[] = [title];
  let count = countWords(title);
  let next = 0;
  let i = 0;
  while (count < words) {
    // Two of every five paragraphs come from the seeds, cycling through them in order.
    const para = i % 5 === 1 || i % 5 === 3
      ? retell((paragraphs[next++ % paragraphs.length] as { text: string }).text, rng, SEED_ACTORS, { vary: 0.3, cited: 'CNN' })
      : fillerParagraph(rng);
    i++;
    const n = countWords(para);
    // The last paragraph is cut to land near the target (at a sentence end when one is close).
    if (count + n > words * 1.03 && count > 0) {
      const cut = para.split(/(?<=[.!?”])\s+/);
      let part = '';
      for (const s of cut) {
        if (countWords(part) + countWords(s) + count > words * 1.03) break;
        part = part ? `${part} ${s}` : s;
      }
      if (part) {
        out.push(part);
        count += countWords(part);
      }
      break;
    }
    out.push(para);
    count += n;
  }
  return { title, text: out.join('\n\n') };
}
