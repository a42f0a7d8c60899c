import { describe, expect, it } from 'vitest';
import { findMentions } from '../../lib/claims/entities';

const ids = (t: string) => findMentions(t).map((m) => m.entity);

describe('findMentions', () => {
  it.each([
    ['Qasem Soleimani', 'soleimani'], ['Gen. Qassem Soleimani', 'soleimani'], ['General Qassim Soleimani', 'soleimani'],
    ['US', 'us'], ['U.S.', 'us'], ['American', 'us'], ['Tehran', 'iran'], ['Iranian', 'iran'],
    ['Kremlin', 'russia'], ['Moscow', 'russia'], ['Russian', 'russia'],
    ['Bagram Air Base', 'bagram'], ['Bagram airbase', 'bagram'], ['Bagram air force base', 'bagram'],
    ['Pentagon', 'pentagon'], ['Department of Defense', 'pentagon'], ['DoD', 'pentagon'],
  ])('%s is %s', (alias, id) => {
    expect(ids(`Then ${alias} acted.`)).toEqual([id]);
  });

  it('does not read entities inside other words', () => {
    expect(ids('Usually, Iranians')).toEqual(['iran']);
  });
});
