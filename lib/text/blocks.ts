import { isFurniture, isPhotoCredit } from './furniture';

/** What a block of article text is: `headline`, `subhead` and `body` blocks carry claims. */
export type BlockKind = 'headline' | 'subhead' | 'label' | 'body' | 'caption' | 'furniture';

export interface Block {
  kind: BlockKind;
  /** Offset of the block's first character in the source text. */
  start: number;
  /** Offset just past the block's last character in the source text. */
  end: number;
}

/** A heading is short; a longer unpunctuated line is a caption (AFP captions run 30+ words). */
const MAX_HEADING_WORDS = 25;
/**
 * A heading that states a fact has a verb and some length ("Report: Country A Paid Fee to Rebel
 * Group" has 7 words); below that a heading is a section label ("Delays on Publishing the Report",
 * "The Fire at the Harbour") and states nothing to compare.
 */
const MIN_HEADLINE_WORDS = 7;

// A line ends a sentence with . ! ? … possibly followed by closing (or stray opening) quotes.
const TERMINAL = /[.!?…]["'”’“)\]\s]*$|["”]$/;
/** A short question is a section label ("Country A and the Rebels: Allies or Enemies?"), not a claim. */
const MAX_QUESTION_LABEL_WORDS = 12;
/**
 * A heading opening with a question word announces a topic ("What the agency says about Country A, the
 * rebels and the harbour fire", "How the attack unfolded") and states no fact of its own.
 */
const TOPIC_HEADING = /^(what|why|how|who|where|when|which)\b/i;
const ABBREVIATION_END = /\b(gen|maj|lt|col|sgt|capt|adm|sen|rep|gov|mr|mrs|ms|dr|prof|st|no|vs|jan|feb|aug|sept?|oct|nov|dec)\.$/i;
/** A caption credit in brackets at the end of a line, e.g. "… i manifestanti (La Presse)". */
const CREDIT_SUFFIX = /\((la presse|afp|ap|reuters|getty images|ansa|epa)\)$/i;

interface Line { start: number; end: number; text: string; blankBefore: boolean }

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  let blank = true;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length === 0) {
      blank = true;
    } else {
      lines.push({ start: pos + lead, end: pos + lead + trimmed.length, text: trimmed, blankBefore: blank });
      blank = false;
    }
    pos += raw.length + 1;
  }
  return lines;
}

/**
 * Joins hard-wrapped lines back into paragraphs: a line that ends in an abbreviation ("US Gen.") or
 * without terminal punctuation, followed directly (no blank line) by a line that continues it
 * (lower-case start, or after an abbreviation), is one paragraph.
 */
function joinWrapped(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const continues =
      prev !== undefined &&
      !line.blankBefore &&
      (ABBREVIATION_END.test(prev.text) || (!TERMINAL.test(prev.text) && /^[a-z(,;]/.test(line.text)));
    if (prev && continues) {
      out[out.length - 1] = { ...prev, end: line.end, text: `${prev.text} ${line.text}` };
    } else {
      out.push({ ...line });
    }
  }
  return out;
}

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/**
 * Splits plain article text into classified blocks. The first fact-sized unpunctuated line is the
 * headline; later ones are sub-heads (kept apart from body claims but still compared, because a
 * headline states a fact: "Country A pays rebels for attacks on the convoy"). Captions and furniture are
 * never claims.
 */
export function splitBlocks(text: string): Block[] {
  const lines = joinWrapped(splitLines(text));
  const blocks: Block[] = [];
  let afterCredit = false;
  let sawBody = false;
  for (const line of lines) {
    let kind: BlockKind;
    const n = words(line.text);
    if (isPhotoCredit(line.text)) {
      kind = 'furniture';
      afterCredit = true;
      blocks.push({ kind, start: line.start, end: line.end });
      continue;
    }
    if (afterCredit || CREDIT_SUFFIX.test(line.text)) kind = 'caption';
    else if (isFurniture(line.text)) kind = 'furniture';
    else if (line.text.endsWith('?') && n <= MAX_QUESTION_LABEL_WORDS) kind = 'label';
    else if (TERMINAL.test(line.text)) kind = 'body';
    else if (n > MAX_HEADING_WORDS) kind = 'caption';
    else if (n < MIN_HEADLINE_WORDS || TOPIC_HEADING.test(line.text)) kind = 'label';
    else kind = sawBody ? 'subhead' : 'headline';
    if (kind === 'body') sawBody = true;
    afterCredit = false;
    blocks.push({ kind, start: line.start, end: line.end });
  }
  return blocks;
}
