/** A stretch of text, emphasised (`em`) when it is one of the values that differ between outlets. */
export interface Run {
  text: string;
  em: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A case-insensitive pattern for one value; any run of spaces in it matches any run of spaces. */
function patternOf(value: string): RegExp {
  const source = value.split(/\s+/).map(escapeRegExp).join('\\s+');
  return new RegExp(source, 'giu');
}

/**
 * Splits `text` into runs, marking every case-insensitive occurrence of the given values. Longer
 * values are placed first so "more than 70 others" wins over "70"; an occurrence that would overlap
 * one already placed is skipped. A value that starts or ends with a letter or digit must start or end
 * at a word boundary, so "six" is not found inside "sixty". Values not in the text mark nothing
 * ("(stated as fact)"). Concatenating the runs' text gives back `text` exactly.
 */
export function emphasize(text: string, values: readonly string[]): Run[] {
  const wanted = [...new Set(values.map((v) => v.trim()).filter((v) => v.length > 0))].sort((a, b) => b.length - a.length);
  const spans: { start: number; end: number }[] = [];
  for (const value of wanted) {
    const re = patternOf(value);
    const needsStart = WORD_CHAR.test(value[0] ?? '');
    const needsEnd = WORD_CHAR.test(value.at(-1) ?? '');
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const bounded = (!needsStart || !WORD_CHAR.test(text[start - 1] ?? '')) && (!needsEnd || !WORD_CHAR.test(text[end] ?? ''));
      const free = spans.every((s) => end <= s.start || start >= s.end);
      if (bounded && free) spans.push({ start, end });
      else re.lastIndex = start + 1;
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const runs: Run[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start > at) runs.push({ text: text.slice(at, s.start), em: false });
    runs.push({ text: text.slice(s.start, s.end), em: true });
    at = s.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), em: false });
  return runs;
}
