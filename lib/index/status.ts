import type { IndexStatus } from '../messages';
import { parseIndex } from './schema';

/** What the popup shows about the bundled index: its articles, or why it could not be loaded. */
export function indexStatus(data: unknown, where: string): IndexStatus {
  try {
    const index = parseIndex(data, where);
    return {
      ok: true,
      generator: index.generator,
      sources: index.sources.map((s) => ({ id: s.id, outlet: s.outlet, title: s.title })),
      claims: index.claims.length,
      // A fact is reported by at least two claims; a claim no other outlet shares is not counted.
      facts: [...index.facts.reduce((m, f) => m.set(f, (m.get(f) ?? 0) + 1), new Map<string, number>()).values()].filter((n) => n > 1).length,
    };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}
