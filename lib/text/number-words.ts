/**
 * English number words to values. Written here because the libraries measured on the seeds fell
 * short: compromise (352 KB) reads "half-a-dozen" as 0.5 and "dozens" as nothing; words-to-numbers is
 * unmaintained (babel-runtime 6). The vocabulary is closed, so a table is complete.
 */
const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Words that multiply the number before them: "three dozen" is 36, "two hundred" 200. */
const SCALES: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };

/** Vague amounts: the interval a careful reader would grant each. */
export const VAGUE_AMOUNTS: Record<string, { min: number; max: number }> = {
  dozens: { min: 24, max: 99 },
  scores: { min: 40, max: 199 },
  hundreds: { min: 200, max: 999 },
  thousands: { min: 2_000, max: 9_999 },
  'tens of thousands': { min: 20_000, max: 99_999 },
  'hundreds of thousands': { min: 200_000, max: 999_999 },
  millions: { min: 2_000_000, max: 9_999_999 },
  'tens of millions': { min: 20_000_000, max: 99_999_999 },
  'hundreds of millions': { min: 200_000_000, max: 999_999_999 },
  several: { min: 3, max: 9 },
  'a few': { min: 2, max: 5 },
  'a handful of': { min: 2, max: 6 },
  'a couple of': { min: 2, max: 3 },
};

/** Fixed phrases that name an exact amount. */
const PHRASES: Record<string, number> = {
  'half-a-dozen': 6, 'half a dozen': 6, 'a dozen': 12, dozen: 12, 'a hundred': 100, 'a thousand': 1000,
  'a couple': 2, 'a pair of': 2,
  // "more than a million spectators", "half a million people": a scale word after "a" is the figure.
  'a million': 1e6, 'half a million': 5e5, 'a billion': 1e9, 'half a billion': 5e8, 'a trillion': 1e12,
};

/** Regex source matching one spelled-out number ("seventy-five", "two hundred", "half-a-dozen"). */
export const NUMBER_WORDS_SOURCE = (() => {
  const unit = Object.keys(UNITS).join('|');
  const ten = Object.keys(TENS).join('|');
  const scale = Object.keys(SCALES).join('|');
  const simple = `(?:(?:${ten})(?:[- ](?:${unit}))?|${unit})`;
  const phrases = Object.keys(PHRASES).sort((a, b) => b.length - a.length).map((p) => p.replace(/ /g, '\\s+')).join('|');
  // Scales repeat: "three thousand one hundred", "twenty-one thousand three hundred and four".
  return `(?:${phrases}|${simple}(?:\\s+(?:${scale})(?:\\s+(?:and\\s+)?${simple})?)*)`;
})();

/** The value of a spelled-out number, or null when it is not one. */
export function parseNumberWords(input: string): number | null {
  const s = input.toLowerCase().trim().replace(/\s+/g, ' ');
  if (s in PHRASES) return PHRASES[s] ?? null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const part of s.split(/[ -]/)) {
    if (part === 'and') continue;
    if (part in UNITS) current += UNITS[part] ?? 0;
    else if (part in TENS) current += TENS[part] ?? 0;
    else if (part in SCALES) {
      const scale = SCALES[part] ?? 1;
      // "dozen" and "hundred" multiply what comes before them; larger scales close a group ("two thousand three hundred").
      if (scale <= 100) current = (current || 1) * scale;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else return null;
    seen = true;
  }
  return seen ? total + current : null;
}
