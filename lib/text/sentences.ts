import { splitBlocks, type BlockKind } from './blocks';

export interface Sentence {
  /** The sentence as written, trimmed. */
  text: string;
  /** Offset of its first character in the source text. */
  start: number;
  /** Offset just past its last character in the source text. */
  end: number;
  /** The kind of block it came from. */
  kind: BlockKind;
}

/**
 * Abbreviations after which a period does not end a sentence when a capitalised word follows:
 * titles before names ("Gen. Jane Doe", "Army Maj. John Roe") and initialisms before
 * nouns ("the U.S. Army"). Intl.Segmenter (ICU) breaks after all of them.
 */
const TITLE_ABBREVIATION = /\b(Gen|Maj|Lt|Col|Sgt|Capt|Adm|Cmdr|Sen|Rep|Gov|Mr|Mrs|Ms|Dr|Prof|St|Mt|Ft|No|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.\s*$/;
const INITIALISM = /\b(?:[A-Z]\.){2,}\s*$/;
/** Words that start sentences; after "U.S." they mean a new sentence rather than "U.S. Army". */
const SENTENCE_OPENERS = new Set(
  'The A An He She It They We I You This That These Those There In On At But And Or So However Yet Then Meanwhile Still Also'.split(' '),
);

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** A month's or a number's abbreviation before a figure: "until Nov. 5, 2022", "No. 10". ICU breaks after them too. */
const BEFORE_FIGURE_ABBREVIATION = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|No)\.\s*$/;

/**
 * A quotation of several sentences stays one sentence with who said it (`Jane Roe said: "We loved our
 * time here. It was transformative."`): its words are one statement, quoted and attributed once, and
 * another outlet quoting it whole, or cut elsewhere, is compared with all of it. Up to this many
 * characters: a quotation left open to the paragraph's end (news style when the quote goes on in the
 * next one) does not swallow the paragraph.
 */
const MAX_QUOTED_SENTENCE_CHARS = 400;

/** The text leaves a double quotation mark open: an odd number of straight ones, or more opening than closing curly ones. */
function quoteOpen(text: string): boolean {
  let straight = 0;
  let curly = 0;
  for (const ch of text) {
    if (ch === '"') straight++;
    else if (ch === '“') curly++;
    else if (ch === '”') curly--;
  }
  return straight % 2 === 1 || curly > 0;
}

function shouldJoin(prev: string, next: string): boolean {
  if (prev.length + next.length < MAX_QUOTED_SENTENCE_CHARS && quoteOpen(prev)) return true;
  if (BEFORE_FIGURE_ABBREVIATION.test(prev) && /^\d/.test(next)) return true;
  if (TITLE_ABBREVIATION.test(prev)) return /^[A-Z]/.test(next);
  if (INITIALISM.test(prev)) {
    const first = next.match(/^[A-Za-z]+/)?.[0] ?? '';
    return /^[A-Z]/.test(first) && !SENTENCE_OPENERS.has(first);
  }
  // A closing quotation mark split from its sentence ("… regional stability. “").
  return /^["“”'’]+$/.test(next.trim());
}

/**
 * Splits article text into sentences with offsets into the original text, using the platform's
 * ICU sentence segmenter (no bundle cost) and repairing its abbreviation breaks. Line breaks inside a
 * paragraph are read as spaces so "Gen.⏎Jane Doe" stays one sentence.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const block of splitBlocks(text)) {
    const raw = text.slice(block.start, block.end);
    // Same length as raw, so segment offsets stay valid for the original text.
    const flat = raw.replace(/\n/g, ' ');
    const pieces: { start: number; end: number }[] = [];
    for (const seg of segmenter.segment(flat)) {
      const s = seg.segment;
      const lead = s.length - s.trimStart().length;
      const body = s.trim();
      if (!body) continue;
      const piece = { start: seg.index + lead, end: seg.index + lead + body.length };
      const prev = pieces[pieces.length - 1];
      if (prev && shouldJoin(flat.slice(prev.start, prev.end), body)) prev.end = piece.end;
      else pieces.push(piece);
    }
    for (const p of pieces) {
      out.push({
        text: flat.slice(p.start, p.end),
        start: block.start + p.start,
        end: block.start + p.end,
        kind: block.kind,
      });
    }
  }
  return out;
}
