/**
 * npm run check-gold -- <gold.json> [<articles folder> ...]: checks that a gold file is well formed and
 * that every member quote occurs exactly once in its article, inside one sentence. It runs no matching:
 * gold is written by reading, and this only catches a quote that was copied wrong.
 */
import fs from 'node:fs';
import path from 'node:path';
import { GoldSchema } from '../lib/eval/gold';
import { resolveMember } from '../lib/eval/score';
import { readArticles } from './articles';

const [goldFile, ...dirs] = process.argv.slice(2);
if (!goldFile) {
  console.error('usage: npm run check-gold -- <gold.json> [<articles folder> ...] (folder defaults to the gold file\'s own)');
  process.exit(2);
}
const folders = dirs.length ? dirs : [path.dirname(goldFile)];
const parsed = GoldSchema.safeParse(JSON.parse(fs.readFileSync(goldFile, 'utf8')));
if (!parsed.success) {
  for (const i of parsed.error.issues) console.error(`${goldFile}: ${i.path.join('.')}: ${i.message}`);
  process.exit(1);
}
const gold = parsed.data;
const texts = new Map(folders.flatMap((d) => readArticles(d)).map((a) => [a.id, a.text]));
const problems: string[] = [];
for (const id of [...gold.index, ...gold.pages]) if (!texts.has(id)) problems.push(`no article "${id}" in ${folders.join(', ')}`);
const factIds = new Set(gold.facts.map((f) => f.id));
const members = [...gold.facts.flatMap((f) => f.members.map((m) => ({ m, where: `fact ${f.id}` }))), ...gold.differences.flatMap((d, i) => [{ m: d.a, where: `difference ${i} (${d.fact}) a` }, { m: d.b, where: `difference ${i} (${d.fact}) b` }])];
for (const { m, where } of members) {
  try {
    resolveMember(m, texts);
  } catch (e) {
    problems.push(`${where}: ${(e as Error).message}`);
  }
}
for (const [i, d] of gold.differences.entries()) {
  if (!factIds.has(d.fact)) problems.push(`difference ${i}: unknown fact "${d.fact}"`);
  const fact = gold.facts.find((f) => f.id === d.fact);
  const inFact = (m: { doc: string; quote: string }) => fact?.members.some((x) => x.doc === m.doc && x.quote === m.quote);
  if (fact && (!inFact(d.a) || !inFact(d.b))) problems.push(`difference ${i} (${d.fact}): a and b must be members of that fact, quoted the same way`);
  if (d.a.doc === d.b.doc) problems.push(`difference ${i} (${d.fact}): a and b are in the same article`);
}
for (const f of gold.facts) if (new Set(f.members.map((m) => m.doc)).size < 2) problems.push(`fact ${f.id}: members from fewer than two articles`);
if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`${problems.length} problem(s) in ${goldFile}`);
  process.exit(1);
}
console.log(`${goldFile}: ${gold.facts.length} facts, ${gold.differences.length} differences, every quote found once inside one sentence`);
