/**
 * `npx tsx scripts/eval-differences.ts [--story <name>] [--held-out] [--show <category>]`: where the
 * gold's differences are lost, on the tuned stories (or one story, or with --held-out the held-out
 * ones). Each gold difference falls in one category:
 * - `found`: a link of the same pair shows a difference of that kind (what `npm run eval` counts);
 * - `found, a conflict shown as a detail`: found, but the gold's conflict is shown as a detail only
 *   (`--show "as detail:<kind>"` prints them);
 * - `linked, kind missed`: the pair is linked, the comparison missed it (compare stage);
 * - `slot found via another sentence`: the page sentence is linked to another sentence of that outlet
 *   the gold accepts, the difference sits on a sentence not linked (an outlet telling the fact twice,
 *   or a sentence of two facts);
 * - `slot linked wrong only`: only sentences the gold does not accept are linked from that outlet;
 * - `slot empty`: nothing of that outlet is linked, either way.
 * And, on links the gold accepts, the (pair, kind) differences shown that the gold does not label
 * (`unlabelled <kind>`): some are the gold leaving a difference out, some are misreadings.
 * `--by-kind` also counts each category per kind of difference.
 * `--show <category>` prints the cases of one category (`unlabelled certainty`, `kind:certainty`).
 */
import { parseArgs } from 'node:util';
import { annotatePage } from '../lib/annotate/annotate';
import { goldMates, pairKey, resolveMember } from '../lib/eval/score';
import { buildIndex } from '../lib/index/build';
import { createMatcher } from '../lib/match/matcher';
import { PARALLAX_VERSION } from '../lib/version';
import { readArticles } from './articles';
import { GOLD_SETS, loadGold, tunedStories } from './eval';


function main() {
  const { values } = parseArgs({ options: { story: { type: 'string' }, 'held-out': { type: 'boolean', default: false }, show: { type: 'string' }, 'by-kind': { type: 'boolean', default: false } } });
  const tuned = tunedStories();
  const counts = new Map<string, number>();
  const add = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
  const show = values.show;
  for (const set of GOLD_SETS) {
    if (set.name === 'held-out') continue;
    if (values.story ? set.name !== values.story : values['held-out'] === tuned.has(set.name)) continue;
    const gold = loadGold(set.file);
    const all = new Map(set.dirs.flatMap((d) => readArticles(d)).map((a) => [a.id, a]));
    const index = buildIndex(gold.index.map((id) => all.get(id)!), `parallax ${PARALLAX_VERSION}`);
    const matcher = createMatcher(index);
    const texts = new Map([...all].map(([id, a]) => [id, a.text]));
    const starts = new Map(index.claims.map((c) => [c.id, c.start]));
    const claimText = new Map(index.claims.map((c) => [`${c.sourceId}@${c.start}`, c.text]));
    const mates = goldMates(gold, texts);
    // Page sentence → outlet → sentences linked; pair → kinds shown; differences shown on accepted links.
    const links = new Map<string, Map<string, Set<string>>>();
    const kinds = new Map<string, Set<string>>();
    const shownOnGood: { pair: string; kind: string; here: string; there: string }[] = [];
    for (const id of gold.pages) {
      const a = all.get(id)!;
      const page = annotatePage({ text: a.text, url: `urn:parallax:source:${id}`, ...(a.meta.date ? { date: a.meta.date } : {}) }, matcher);
      for (const an of page.annotations) {
        const here = `${id}@${an.start}`;
        for (const l of an.links) {
          const there = `${l.sourceId}@${starts.get(l.claimId)}`;
          let bySource = links.get(here);
          if (!bySource) links.set(here, (bySource = new Map()));
          let set = bySource.get(l.sourceId);
          if (!set) bySource.set(l.sourceId, (set = new Set()));
          set.add(there);
          const pk = pairKey(here, there);
          let k = kinds.get(pk);
          if (!k) kinds.set(pk, (k = new Set()));
          const accepted = mates.get(here)?.get(l.sourceId)?.has(there) ?? false;
          for (const d of l.differences) {
            k.add(d.kind);
            if (d.severity === 'conflict') k.add(`conflict:${d.kind}`);
            if (accepted) shownOnGood.push({ pair: pk, kind: d.kind, here: d.here, there: d.there });
          }
        }
      }
    }
    const labelled = new Set(gold.differences.map((d) => `${pairKey(resolveMember(d.a, texts), resolveMember(d.b, texts))}#${d.kind}`));
    const seen = new Set<string>();
    for (const d of shownOnGood) {
      const k = `${d.pair}#${d.kind}`;
      if (labelled.has(k) || seen.has(k)) continue;
      seen.add(k);
      add(`unlabelled ${d.kind}`);
      if (show === `unlabelled ${d.kind}`) console.log(`[${set.name}] ${d.here} || ${d.there}`);
    }
    const sentence = (k: string) => claimText.get(k) ?? k;
    for (const d of gold.differences) {
      const a = resolveMember(d.a, texts);
      const b = resolveMember(d.b, texts);
      const pk = pairKey(a, b);
      let category: string;
      if (kinds.get(pk)?.has(d.kind)) category = d.severity === 'conflict' && !kinds.get(pk)?.has(`conflict:${d.kind}`) ? 'found, a conflict shown as a detail' : 'found';
      else if (kinds.has(pk)) category = 'linked, kind missed';
      else {
        const ab = links.get(a)?.get(d.b.doc);
        const ba = links.get(b)?.get(d.a.doc);
        const accepted = [...(ab ?? [])].some((t) => mates.get(a)?.get(d.b.doc)?.has(t)) || [...(ba ?? [])].some((t) => mates.get(b)?.get(d.a.doc)?.has(t));
        category = accepted ? 'slot found via another sentence' : ab || ba ? 'slot linked wrong only' : 'slot empty';
      }
      add(category);
      if (values['by-kind']) add(`${category} · ${d.kind}`);
      if (show === category || (category === 'linked, kind missed' && show === `kind:${d.kind}`) || (category === 'found, a conflict shown as a detail' && show === `as detail:${d.kind}`)) {
        console.log(`\n[${set.name}] ${d.fact} (${d.kind}, ${d.severity})\n  A: ${sentence(a)}\n  B: ${sentence(b)}\n  gold: ${d.a_says ?? ''} || ${d.b_says ?? ''}\n  shown: ${[...(kinds.get(pk) ?? [])].join(', ')}`);
      }
    }
  }
  for (const [k, n] of [...counts].sort((x, y) => y[1] - x[1])) console.log(`${String(n).padStart(6)}  ${k}`);
}

main();
