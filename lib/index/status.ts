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
      facts: new Set(index.facts).size,
    };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}
