import type { IndexStatus } from '../messages';
import { parseIndex, type Index } from './schema';

/** What the popup shows about an index already read: its articles, sentences and shared facts. */
export function statusOf(index: Index): IndexStatus & { ok: true } {
  return {
    ok: true,
    generator: index.generator,
    sources: index.sources.map((s) => ({ id: s.id, outlet: s.outlet, title: s.title })),
    claims: index.claims.length,
    // A fact is reported by at least two claims; a claim no other outlet shares is not counted.
    facts: [...index.facts.reduce((m, f) => m.set(f, (m.get(f) ?? 0) + 1), new Map<string, number>()).values()].filter((n) => n > 1).length,
  };
}

/** What the popup shows about index data: its articles, or why it could not be loaded. */
export function indexStatus(data: unknown, where: string): IndexStatus {
  try {
    return statusOf(parseIndex(data, where));
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}
