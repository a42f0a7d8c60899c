import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../lib/claims/dates';
import { findRelativeTimes } from '../../lib/claims/durations';
import { findQuantities } from '../../lib/claims/quantities';
import { parseNumberWords } from '../../lib/text/number-words';

const REF = new Date('2020-08-17T12:00:00Z');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** English words for 0..999,999, written independently of the parser (the oracle). */
function words(n: number): string {
  if (n < 20) return UNITS[n] as string;
  if (n < 100) return `${TENS[Math.floor(n / 10)]}${n % 10 ? `-${UNITS[n % 10]}` : ''}`;
  if (n < 1000) return `${UNITS[Math.floor(n / 100)]} hundred${n % 100 ? ` and ${words(n % 100)}` : ''}`;
  return `${words(Math.floor(n / 1000))} thousand${n % 1000 ? ` ${words(n % 1000)}` : ''}`;
}

/** Text with the characters news prose and hostile pages throw at parsers. */
const messy = fc
  .array(
    fc.oneof(
      fc.constantFrom(...'0123456789$,.-–—% \n\t()"“”\'’'.split('')),
      fc.constantFrom('more than ', 'at least ', 'dozens', 'half-a-dozen', 'March', 'December 11', 'late ', 'early ', '2019', 'weeks after', 'a month before', 'seventy', 'thousand', ' million'),
      fc.string({ maxLength: 3, unit: 'grapheme' }),
      fc.string({ maxLength: 2, unit: 'binary' }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('number and date parsers on random text', () => {
  it('never throw, and every span they report is inside the text and reads as they say', () => {
    fc.assert(
      fc.property(messy, (text) => {
        for (const q of findQuantities(text)) {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(q.start, q.end)).toBe(q.figure);
          expect(q.max === null || q.max >= q.min).toBe(true);
        }
        for (const d of findDates(text, REF)) {
          expect(text.slice(d.start, d.end)).toBe(d.text);
          expect(d.from <= d.to).toBe(true);
        }
        findRelativeTimes(text);
        parseNumberWords(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('read any count written in figures or in words as that count, with its qualifier deciding the interval', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 999_999 }), fc.boolean(), fc.constantFrom('', 'more than ', 'at least ', 'up to '), (n, inWords, qualifier) => {
        const figure = inWords ? words(n) : n.toLocaleString('en-US');
        const [q] = findQuantities(`Officials said ${qualifier}${figure} people were injured.`);
        expect(q?.value).toBe(n);
        if (qualifier === '') expect([q?.min, q?.max]).toEqual([n, n]);
        if (qualifier === 'more than ') expect(q?.max).toBeNull();
        if (qualifier === 'at least ') expect([q?.min, q?.max]).toEqual([n, null]);
        if (qualifier === 'up to ') expect(q?.max).toBe(n);
      }),
      { numRuns: 500 },
    );
  });

  it('read any calendar day written "Month D, YYYY" or "D Month YYYY" as that day', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1980-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }), fc.boolean(), (date, us) => {
        const y = date.getUTCFullYear();
        const m = date.getUTCMonth();
        const d = date.getUTCDate();
        const written = us ? `${MONTHS[m]} ${d}, ${y}` : `${d} ${MONTHS[m]} ${y}`;
        const found = findDates(`The attack took place on ${written} at the base.`, REF);
        const iso = `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        expect(found.map((f) => [f.from, f.to, f.granularity])).toContainEqual([iso, iso, 'day']);
      }),
      { numRuns: 500 },
    );
  });
});
