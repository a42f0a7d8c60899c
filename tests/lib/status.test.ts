import { describe, expect, it } from 'vitest';
import { indexStatus } from '../../lib/index/status';
import { buildSeedIndex } from '../../scripts/seed-index';

describe('indexStatus (what the popup shows about the index)', () => {
  it('lists the outlets and counts only facts two or more sentences share', () => {
    const index = buildSeedIndex();
    const s = indexStatus(JSON.parse(JSON.stringify(index)), 'index.json');
    expect(s.ok && s.sources.map((x) => x.outlet)).toContain('Sputnik News');
    expect(s.ok && s.facts).toBeGreaterThan(0);
    expect(s.ok && s.facts).toBeLessThan(new Set(index.facts).size);
  });

  it('names the file and the version when the index is from another version', () => {
    const s = indexStatus({ version: 99 }, 'index.json');
    expect(s).toEqual({ ok: false, error: expect.stringMatching(/^index\.json: index version 99 is not the supported version 2/) });
  });

  it('names the field when the index is corrupted', () => {
    const index = JSON.parse(JSON.stringify(buildSeedIndex()));
    index.claims[3].text = 42;
    const s = indexStatus(index, 'index.json');
    expect(s).toEqual({ ok: false, error: expect.stringContaining('claims.3.text') });
  });
});
