import type { Claim } from '../claims/schema';

/**
 * Both sentences name people or organisations (states left out) and share none of them. Whose figure
 * or whose date each gives is then a guess ("Twitter… laid off about half of its 7,500 employees" /
 * "Meta… about 11,000 employees"; "the FDA… 50 milligrams" / "the committee… 40 milligrams"), so two
 * that cannot both be true are shown as a difference in detail, never a contradiction.
 */
export function namesApart(a: Claim, b: Claim): boolean {
  const names = (c: Claim) => c.entities.filter((e) => !e.startsWith('@'));
  const x = names(a);
  const y = names(b);
  return x.length > 0 && y.length > 0 && !x.some((e) => y.includes(e));
}
