import { describe, expect, it } from 'vitest';
import { reportedThatCuts, saidCuts } from '../../lib/text/reported-speech';

const after = (text: string, cuts: number[]) => cuts.map((c) => text.slice(c + 1, c + 12));

describe('where who reported ends and what they reported begins', () => {
  it('cuts before the "that" a reporting verb governs, up to 40 characters on', () => {
    const s = 'Two officials with knowledge of the situation told CNN on Monday that Iran’s link to the Taliban was cited.';
    expect(after(s, reportedThatCuts(s))).toEqual(['that Iran’s']);
  });
  it('does not cut past a comma, period, semicolon or quotation, nor further than 40 characters', () => {
    expect(reportedThatCuts('Officials said, in a long statement, that Iran paid.')).toEqual([]);
    expect(reportedThatCuts('Officials said “that is all” to reporters.')).toEqual([]);
    expect(reportedThatCuts('Officials said in a very long and winding aside about nothing much that Iran paid.')).toEqual([]);
    expect(reportedThatCuts('The decision that was made stands.')).toEqual([]);
  });
  it('cuts after a bare "said" unless a time or place follows', () => {
    const s = 'A defense official familiar with the review said analysts had linked Iranian money to eight attacks.';
    expect(after(s, saidCuts(s))).toEqual(['analysts ha']);
    expect(saidCuts('The official said on Monday that Iran paid.')).toEqual([]);
    expect(saidCuts('The official said that Iran paid.')).toEqual([]);
    expect(saidCuts('The official said.')).toEqual([]);
  });
});
