import { describe, expect, it } from 'vitest';
import { INDEX_VERSION, parseIndex, serializeIndex } from '../../lib/index/schema';
import { indexStatus } from '../../lib/index/status';
import { buildSeedIndex } from '../../scripts/seed-index';

describe('indexStatus (what the popup shows about the index)', () => {
  it('lists the outlets and counts only facts two or more sentences share', () => {
    const index = buildSeedIndex();
    const s = indexStatus(JSON.parse(serializeIndex(index)), 'index.json');
    expect(s.ok && s.sources.map((x) => x.outlet)).toContain('Sputnik News');
    expect(s.ok && s.facts).toBeGreaterThan(0);
    expect(s.ok && s.facts).toBeLessThan(new Set(index.facts).size);
  });

  it('names the file and the version when the index is from another version', () => {
    const s = indexStatus({ version: 99 }, 'index.json');
    expect(s).toEqual({ ok: false, error: `index.json: index version 99 is not the supported version ${INDEX_VERSION}; rebuild it with \`npm run build\`` });
  });

  it('reads back from index.json exactly the index that was built', () => {
    const index = buildSeedIndex();
    const s = serializeIndex(index);
    expect(Object.keys(JSON.parse(s).claims[0])).not.toContain('id');
    expect(Object.keys(JSON.parse(s).claims[0])).not.toContain('end');
    expect(parseIndex(JSON.parse(s), 'index.json')).toEqual(index);
  });

  it('names the claim when a fact points past the index', () => {
    const index = JSON.parse(serializeIndex(buildSeedIndex()));
    index.facts[2] = 9999;
    expect(indexStatus(index, 'index.json')).toEqual({ ok: false, error: 'index.json: invalid index: claim 2\'s fact points at claim 9999, past the last claim' });
  });

  it('names the field when the index is corrupted', () => {
    const index = JSON.parse(serializeIndex(buildSeedIndex()));
    index.claims[3].text = 42;
    const s = indexStatus(index, 'index.json');
    expect(s).toEqual({ ok: false, error: expect.stringContaining('claims.3.text') });
  });
});
