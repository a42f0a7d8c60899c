/**
 * The text with each span's characters replaced by spaces, offsets kept: what a reader of the rest
 * must not see (a quotation, a date's words) stays out without moving anything after it.
 */
export function blankSpans(text: string, spans: Iterable<{ start: number; end: number }>): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  return out;
}
