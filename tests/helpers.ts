import fs from 'node:fs';
import { extractClaim } from '../lib/claims/extract';
import type { Claim } from '../lib/claims/schema';

/** August 2020, the seeds' story. */
export const REF = new Date('2020-08-17T00:00:00Z');

/** One sentence as a body claim of a named source. */
export function claim(text: string, sourceId = 'test', index = 0): Claim {
  return extractClaim({ text, start: 0, end: text.length, kind: 'body' }, sourceId, index, REF);
}

/** A seed article's text, as bundled in seeds/. */
export function seed(id: string): string {
  return fs.readFileSync(`seeds/${id}.txt`, 'utf8');
}
