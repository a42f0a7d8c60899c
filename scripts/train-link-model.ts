/**
 * npm run train-links: fits the link model (lib/match/link-model.ts) on the tuned stories' gold
 * (scripts/link-training.ts) and writes lib/match/link-weights.json. `--cross` also scores pairs alone,
 * each tuned story left out of the fit it is scored on, beside the gated score at LINK_THRESHOLD (what
 * tests/corpus/TUNING.md reports as the model's measure).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { linkProbability, LINK_FEATURES, LINK_PROBABILITY } from '../lib/match/link-model';
import { LINK_THRESHOLD } from '../lib/match/matcher';
import { fitRows, linkTrainingData, slotScores, type Row } from './link-training';
import { ROOT } from './seed-index';

const { values } = parseArgs({ options: { cross: { type: 'boolean', default: false } } });
const { rows, expected, stories } = linkTrainingData();
const fit = (rs: readonly Row[]) => fitRows(rs, stories);
console.log(`${rows.length} candidate pairs (${rows.filter((r) => r.label).length} gold links) from ${stories.length} tuned stories; ${expected.size} slots`);
if (values.cross) {
  const prob = new Array<number>(rows.length).fill(0);
  for (const name of stories) {
    const w = fit(rows.filter((r) => r.story !== name));
    rows.forEach((r, n) => {
      if (r.story === name) prob[n] = linkProbability(r.features, 0, w);
    });
  }
  const gated = rows.map((r) => r.features[LINK_FEATURES.indexOf('gatedScore')]!);
  const fmt = (x: ReturnType<typeof slotScores>) => `P ${x.precision.toFixed(3)} R ${x.recall.toFixed(3)} F1 ${x.f1.toFixed(3)} (${x.correct}/${x.predicted})`;
  console.log(`pairs alone, gated score ≥ ${LINK_THRESHOLD}: ${fmt(slotScores(rows, gated, expected, LINK_THRESHOLD))}`);
  for (const t of [0.3, 0.4, 0.5, LINK_PROBABILITY, 0.7]) console.log(`pairs alone, model left out per story, p ≥ ${t}: ${fmt(slotScores(rows, prob, expected, t))}`);
}
const weights = fit(rows);
const out = path.join(ROOT, 'lib/match/link-weights.json');
const round = (x: number) => Math.round(x * 1e6) / 1e6;
fs.writeFileSync(out, `${JSON.stringify({ ...weights, bias: round(weights.bias), weights: weights.weights.map(round) }, null, 1)}\n`);
console.log(`wrote ${path.relative(ROOT, out)}: bias ${round(weights.bias)}, ${LINK_FEATURES.map((f, k) => `${f} ${round(weights.weights[k]!)}`).join(', ')}`);
