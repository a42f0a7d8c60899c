import { describe, expect, it } from 'vitest';
import { differingOutletCount, outletCount } from '../../lib/annotate/outlet-count';

describe('counting the other outlets of a sentence', () => {
  const links = [
    { sourceId: 'commune', relation: 'agrees' as const },
    { sourceId: 'commune', relation: 'differs' as const },
    { sourceId: 'hill', relation: 'differs' as const },
    { sourceId: 'sputnik', relation: 'agrees' as const },
  ];
  it('counts an outlet that states the fact in two sentences once', () => {
    expect(outletCount(links)).toBe(3);
  });
  it('counts an outlet as differing when any of its sentences differs', () => {
    expect(differingOutletCount(links)).toBe(2);
    expect(differingOutletCount(links.filter((l) => l.relation === 'agrees'))).toBe(0);
  });
});
