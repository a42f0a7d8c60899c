import type { Quantity } from '../claims/quantities';

/**
 * Which dimension a measure gives, when the words after it say so: "3.2 metres wide", "a 984-foot-long
 * ship", "4m-high", "some 150 kilometres of width", "about 185 km (115 miles) wide". A street's width
 * and its length are two measures, and one sentence often gives both ("3.2 metres wide and about 45
 * metres long"): read by dimension, each meets the other side's measure of that dimension instead of
 * leaving which is which a guess.
 */
export type Dimension = 'width' | 'length' | 'height' | 'depth' | 'thickness' | 'diameter';

const WORDS: Record<string, Dimension> = {
  wide: 'width', width: 'width', broad: 'width', breadth: 'width', across: 'width',
  long: 'length', length: 'length',
  high: 'height', height: 'height', tall: 'height',
  deep: 'depth', depth: 'depth',
  thick: 'thickness', thickness: 'thickness',
  diameter: 'diameter',
};

/**
 * After the figure: its unit (a word or two, hyphenated or not), an optional parenthesis (the measure
 * converted), then the dimension as an adjective ("wide") or a noun after "of"/"in" ("of width",
 * "in diameter"). Nothing else between: "250 metres from the end of the long runway" gives no dimension.
 */
const AFTER = /^[\s-]*(?:[\p{L}.]+[\s-]*){0,2}?(?:\([^()]{0,40}\)[\s-]*)?(?:(?<adj>wide|broad|across|long|high|tall|deep|thick)|(?:of|in)\s+(?<noun>width|breadth|length|height|depth|thickness|diameter))\b/iu;
/** How far after the figure the dimension may stand (characters): a unit, a parenthesis, the word. */
const REACH = 60;

/** The dimension a measure's own words give (AFTER), or undefined; only for measures (`measure:` keys). */
export function dimensionOf(text: string, q: Quantity): Dimension | undefined {
  if (!q.counted.startsWith('measure:')) return undefined;
  const m = AFTER.exec(text.slice(q.end, q.end + REACH));
  const word = (m?.groups?.adj ?? m?.groups?.noun)?.toLowerCase();
  return word ? WORDS[word] : undefined;
}
