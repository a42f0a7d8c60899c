/** The claim index built from `seeds/` (Node side: CLI, eval, build module). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIndex } from '../lib/index/build';
import type { Index } from '../lib/index/schema';
import { PARALLAX_VERSION } from '../lib/version';
import { readArticles } from './articles';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SEEDS_DIR = path.join(ROOT, 'seeds');

export function buildSeedIndex(dir = SEEDS_DIR): Index {
  return buildIndex(readArticles(dir), `parallax ${PARALLAX_VERSION}`);
}
