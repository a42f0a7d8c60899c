import fs from 'node:fs';
import { stemmer } from 'stemmer';
import { describe, expect, it } from 'vitest';
import { LEXICON_DIR, countriesTable, irregularPast, synonymTable } from '../../scripts/gen-lexicon';
import { conceptOf } from '../../lib/text/concepts';
import { findMentions } from '../../lib/claims/entities';

describe('language data made from the packages that keep it', () => {
  it('the language data lib/ reads is what the installed packages give (made on install, never edited by hand)', () => {
    expect(JSON.parse(fs.readFileSync(`${LEXICON_DIR}/countries.json`, 'utf8'))).toEqual(countriesTable());
    expect(JSON.parse(fs.readFileSync(`${LEXICON_DIR}/synonyms.json`, 'utf8'))).toEqual(synonymTable(stemmer));
    expect(JSON.parse(fs.readFileSync(`${LEXICON_DIR}/irregular-past.json`, 'utf8'))).toEqual(irregularPast());
  }, 60_000);
  it('keeps no language data in lib/, where every file must be mechanism', () => {
    expect(fs.existsSync('lib/data')).toBe(false);
  });
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
