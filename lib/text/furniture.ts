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
  // Agency photo credits such as "AFP 2020 /" or "© Reuters".
  /^(©\s*)?(afp|ap|reuters|getty images|la presse|sputnik|ani|pti)(\s+\d{4})?\s*\/?$/i,
  // Footnotes that start with an asterisk ("* Terrorist groups outlawed in Russia …").
  /^\*\s.*$/,
  // Lone punctuation left over from copy-paste.
  /^[.\-–—*•·]+$/,
];

/** A credit line: the caption that follows it describes a photo, not the story. */
const PHOTO_CREDIT = /^(©\s*)?(afp|ap|reuters|getty images|sputnik)(\s+\d{4})?\s*\/$/i;

/** True when a trimmed line is site furniture, not article text. */
export function isFurniture(line: string): boolean {
  const t = line.trim();
  return t.length === 0 || FURNITURE_LINES.some((re) => re.test(t));
}

/** True when a trimmed line is a photo credit whose next line is a caption. */
export function isPhotoCredit(line: string): boolean {
  return PHOTO_CREDIT.test(line.trim());
}
