/**
 * Measures and spans of time: what a figure measures when a unit follows it, and the unit's size, so
 * that one measure told in two units is one figure ("4,900 metres" / "16,000ft"; "six weeks" / "41
 * days"). The units of the metric and imperial systems and of the calendar, as written in English news;
 * read by lib/claims/quantities.ts.
 */

/** Units written right after a figure, without a space ("16,000ft", "29kg", "80km", "60mph"). Not "m": after a figure it is as often million as metres. */
export const GLUED_UNIT_SOURCE = '(?:ft|km|kg|cm|mm|mph|kph|km/h|lbs?|[kMGT]Wh|[kMGT]W|[kMG]J|[°º˚]?[CF])';

/**
 * Units of measure and what they measure, with their size in the dimension's base unit (metre,
 * kilogram, metre per second, square metre, litre): "4,900 metres" and "16,000ft" are one altitude told
 * in two units. The units of the metric and imperial systems, as written in English news.
 */
const UNITS: Record<string, [string, number]> = (() => {
  const out: Record<string, [string, number]> = {};
  const add = (dimension: string, size: number, ...names: string[]) => { for (const n of names) out[n] = [dimension, size]; };
  add('length', 1, 'm', 'metre', 'metres', 'meter', 'meters');
  add('length', 1000, 'km', 'kilometre', 'kilometres', 'kilometer', 'kilometers');
  add('length', 0.01, 'cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters');
  add('length', 0.001, 'mm', 'millimetre', 'millimetres', 'millimeter', 'millimeters');
  add('length', 1609.344, 'mile', 'miles', 'mi');
  add('length', 0.3048, 'ft', 'foot', 'feet');
  add('length', 0.9144, 'yard', 'yards');
  add('length', 0.0254, 'inch', 'inches');
  add('mass', 1, 'kg', 'kilogram', 'kilograms', 'kilo', 'kilos');
  add('mass', 0.001, 'gram', 'grams');
  add('mass', 1000, 'tonne', 'tonnes', 'ton', 'tons');
  add('mass', 0.45359237, 'lb', 'lbs');
  add('speed', 0.44704, 'mph');
  add('speed', 1 / 3.6, 'kph', 'km/h');
  add('area', 1e4, 'hectare', 'hectares');
  add('area', 4046.8564, 'acre', 'acres');
  add('volume', 1, 'litre', 'litres', 'liter', 'liters');
  add('volume', 3.785411784, 'gallon', 'gallons');
  // Power in watts and energy in joules: "15,000 megawatts" is "15 gigawatts"; a watt-hour is 3,600 joules.
  add('power', 1, 'w', 'watt', 'watts');
  add('power', 1e3, 'kw', 'kilowatt', 'kilowatts');
  add('power', 1e6, 'mw', 'megawatt', 'megawatts');
  add('power', 1e9, 'gw', 'gigawatt', 'gigawatts');
  add('power', 1e12, 'tw', 'terawatt', 'terawatts');
  add('energy', 1, 'j', 'joule', 'joules');
  add('energy', 1e3, 'kj', 'kilojoule', 'kilojoules');
  add('energy', 1e6, 'mj', 'megajoule', 'megajoules');
  add('energy', 1e9, 'gj', 'gigajoule', 'gigajoules');
  add('energy', 3.6e6, 'kwh');
  add('energy', 3.6e9, 'mwh');
  add('energy', 3.6e12, 'gwh');
  add('energy', 3.6e15, 'twh');
  return out;
})();
/** A pound after a figure is a weight when written as an adjective ("a 63-pound plug") or beside "weigh"; otherwise money (CURRENCY_WORDS). */
const POUND_WEIGHT = /^-pounds?\b/i;
const WEIGH = /\bweigh/i;
/**
 * How loosely a measure is read: a figure converted from another unit is rounded ("4,900 metres" for
 * 16,000 feet is 4,877), so an exact measure stands for this share either side of itself.
 */
export const MEASURE_ROUNDING = 0.02;

/** Units of a span of time, read as what a figure counts ("16 weeks", "41-day"), and their length in days. */
export const TIME_UNIT = /^(?:second|minute|hour|day|week|fortnight|month|year|decade)s?$/;
export const SPAN_DAYS: Record<string, number> = { second: 1 / 86_400, minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, fortnight: 14, month: 30.44, year: 365.25, decade: 3652.5 };

/** The unit a figure is measured in, glued to it or the word after it ("16,000ft", "4,900 metres", "a 63-pound plug"), as [dimension, size]. */
export function unitOf(glued: string | undefined, tail: string, text: string, after = ''): [string, number] | undefined {
  const unit = glued ? UNITS[glued.toLowerCase()] : writtenUnit(tail, text);
  // A length per hour or per second is a speed: "76 kilometres per hour", "100 km/h" and "47 mph" are one.
  if (unit?.[0] !== 'length') return unit;
  const per = (after.match(PER_SLASH) ?? tail.match(PER_TIME))?.[1]?.toLowerCase();
  return per ? ['speed', unit[1] / (per.startsWith('h') ? 3600 : 1)] : unit;
}

/** The unit written as a word after a figure ("4,900 metres", "a 63-pound plug", "millions of litres"). */
function writtenUnit(tail: string, text: string): [string, number] | undefined {
  if (POUND_WEIGHT.test(tail) || (/^\s+pounds?\b/i.test(tail) && WEIGH.test(text))) return UNITS.lb;
  // "millions of gallons", "100 millions of litres": the unit after "of".
  const word = tail.match(/^(?:\s+of)?[\s-]+([\p{L}/]+)/u)?.[1]?.toLowerCase();
  if (!word || word === 'm' || word === 'w' || word === 'j') return undefined;
  const unit = UNITS[word];
  // "gigawatt-hours", "kilowatt hours": energy, a watt-hour being 3,600 joules.
  if (unit?.[0] === 'power' && WATT_HOURS.test(tail)) return ['energy', unit[1] * 3600];
  return unit;
}

/** A watt unit followed by "hours": energy, not power. */
const WATT_HOURS = /^(?:\s+of)?[\s-]+\p{L}*watts?[\s-]+hours?\b/iu;

/** A length's unit followed by a period: "kilometres per hour", "miles an hour", "metres a second". */
const PER_TIME = /^[\s-]+[\p{L}]+\s+(?:per|an|a)\s+(hour|second)\b/iu;
/** The same with a slash, read from the text right after the figure: "100 km/h", "100km/h", "30 m/s". */
const PER_SLASH = /^[\s-]*\p{L}+\s*\/\s*(h|hr|s)\b/iu;

/**
 * A temperature's scale, read right after its figure: "17.01 degrees Celsius", "62.62 degrees
 * Fahrenheit", "17°C", "100F" is not read (a grade, a floor); "a 100-degree day" and "38 degrees"
 * name no scale (null): US outlets write Fahrenheit and most others Celsius without saying so.
 * Undefined when the figure is no temperature; degrees of an angle ("69 degrees south", "a 45-degree
 * angle") are none. `unit` is how many characters of `after` the unit takes (none when glued).
 */
export function temperatureScale(after: string, glued?: string): { scale: 'C' | 'F' | null; unit: number } | undefined {
  if (glued && /^[°º˚]?[CF]$/i.test(glued)) return { scale: glued.slice(-1).toUpperCase() as 'C' | 'F', unit: 0 };
  const sign = DEGREE_SIGN.exec(after);
  if (sign) return { scale: (sign[1] as string).toUpperCase() as 'C' | 'F', unit: sign[0].length };
  const m = DEGREES.exec(after);
  if (!m || ANGLE_AFTER.test(after.slice(m[0].length))) return undefined;
  const scale = m[1]?.toLowerCase();
  return { scale: scale === undefined ? null : scale.startsWith('f') ? 'F' : 'C', unit: m[0].length };
}
const DEGREE_SIGN = /^\s?[°º˚]\s?([CF])(?![\p{L}])/iu;
const DEGREES = /^[\s-]+degrees?(?:\s+(celsius|centigrade|fahrenheit|c|f)(?![\p{L}]))?/iu;
const ANGLE_AFTER = /^\s+(?:north|south|east|west|latitude|longitude|angle|of\s+(?:latitude|longitude|arc|separation|freedom))\b|^[\s-]+(?:angle|turn|arc|view)\b/i;

/**
 * A temperature that is a difference, not a reading: "0.53 degrees Celsius above the 1991-2020
 * average", "1.5C of warming", "rose by 2 degrees". Read from the words right after the unit and
 * right before the figure.
 */
export const isTemperatureChange = (before: string, afterUnit: string): boolean => CHANGE_AFTER.test(afterUnit) || CHANGE_BEFORE.test(before);
const CHANGE_AFTER = /^\s+(?:above|below|warmer|cooler|colder|hotter|higher|lower|more|less|of\s+(?:warming|heating|cooling))\b/i;
const CHANGE_BEFORE = /\b(?:by|(?:rise|increase|fall|drop|warming|cooling|anomaly)\s+of|up|down)\s+(?:(?:about|around|nearly|almost|some|roughly|more\s+than|less\s+than)\s+)?$/i;

/** Degrees Fahrenheit in Celsius: temperatures are compared in Celsius. */
export const fahrenheitToCelsius = (f: number): number => ((f - 32) * 5) / 9;
