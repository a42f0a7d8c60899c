import { loadGold } from './eval';
import { readArticles } from './articles';
import { buildSeedIndex, SEEDS_DIR, ROOT } from './seed-index';
import { createMatcher, bestPerSource } from '../lib/match/matcher';
import { similarity } from '../lib/match/similarity';
import { resolveMember } from '../lib/eval/score';
import { extractClaims } from '../lib/claims/extract';
import { referenceDate } from '../lib/index/build';
import path from 'node:path';
const which = process.argv[2] ?? 'seeds';
const g = loadGold(`tests/gold/${which}.gold.json`);
const m = createMatcher(buildSeedIndex());
const arts = [...readArticles(SEEDS_DIR), ...readArticles(path.join(ROOT, 'tests/corpus/heldout'))];
const texts = new Map(arts.map(a => [a.id, a.text]));
const claimsOf = new Map(arts.map(a => [a.id, extractClaims(a.text, a.id, referenceDate(a.meta.date))]));
const find = (k: string) => { const [doc, st] = k.split('@'); return claimsOf.get(doc!)!.find(c => c.start === Number(st))!; };
const seen = new Set<string>();
for (const f of g.facts) for (const a of f.members) for (const b of f.members) {
  if (a.doc === b.doc || !g.pages.includes(a.doc) || !g.index.includes(b.doc)) continue;
  const ka = resolveMember(a, texts), kb = resolveMember(b, texts);
  const ca = find(ka), cb = find(kb);
  const best = bestPerSource(m, ca, new Set([a.doc])).find(x => x.claim.sourceId === b.doc);
  if (best && best.claim.start === cb.start) continue;
  const key = ka + '>' + b.doc; if (seen.has(key)) continue; seen.add(key);
  const s = similarity(ca, cb, m.stats);
  console.log(s.score.toFixed(2), f.id.slice(0,18), '|', ca.text.slice(0,50), '|', cb.text.slice(0,50), '|', s.shared.join(','), best ? `| GOT ${best.score.toFixed(2)} ${best.claim.text.slice(0,40)}` : '');
}
