/**
 * Site furniture: lines a page carries around every article (share widgets, icons, section labels,
 * footnotes, photo credits). They are never claims. Each pattern matches a whole trimmed line.
 */
const FURNITURE_LINES: readonly RegExp[] = [
  /^get short url$/i,
  /^exit mobile version$/i,
  /^source link$/i,
  /^site icon\b.*$/i,
  /^breaking news$/i,
  /^(asia|europe|africa|americas|middle east|world|us|politics)( ?& ?[a-z ]+)?$/i,
  /^(share|tweet|email|print|comments?|related( stories| articles)?|read more|advertisement|subscribe)$/i,
  // Photo credits: "© Agency Name", "© Agency 2023 /", "AGENCY 2023 /": a short name, a copyright sign or a year and a slash.
  /^©\s*[\p{L}&.'’ -]{2,40}(?:\s+\d{4})?\s*\/?$/u,
  /^[\p{Lu}][\p{L}&.'’-]*(?:\s+[\p{Lu}][\p{L}&.'’-]*){0,3}\s+\d{4}\s*\/$/u,
  // Footnotes that start with an asterisk ("* Groups banned in Country A …").
  /^\*\s.*$/,
  // Lone punctuation left over from copy-paste.
  /^[.\-–—*•·]+$/,
];

/** A credit line: the caption that follows it describes a photo, not the story. */
const PHOTO_CREDIT = /^(?:©\s*[\p{L}&.'’ -]{2,40}(?:\s+\d{4})?|[\p{Lu}][\p{L}&.'’-]*(?:\s+[\p{Lu}][\p{L}&.'’-]*){0,3}\s+\d{4})\s*\/$/u;

/** True when a trimmed line is site furniture, not article text. */
export function isFurniture(line: string): boolean {
  const t = line.trim();
  return t.length === 0 || FURNITURE_LINES.some((re) => re.test(t));
}

/** True when a trimmed line is a photo credit whose next line is a caption. */
export function isPhotoCredit(line: string): boolean {
  return PHOTO_CREDIT.test(line.trim());
}
