import { z } from 'zod';
import WEIGHTS from './link-weights.json';

/**
 * Whether a page sentence and an outlet's sentence state one fact, as a probability read from what
 * the pair shares and where it stands among the page's other pairs. The weights are fitted (logistic
 * regression) on the tuned stories' gold by `npm run train-links` (scripts/train-link-model.ts), which
 * writes link-weights.json; nothing here names a story.
 *
 * Why a fitted model and not only gates: the hand gates (similarity.ts: two shared concepts, a third
 * feature, a short claim's coverage) each look at one count, so a pair sharing one rare word, a name
 * and a figure, and standing where the two retellings put the same fact, failed them however strong
 * the rest. The features below weigh those counts together with the pair's context in the two
 * articles: is it the best of the outlet's sentences for this page sentence, and this page sentence
 * the best for it (a one-to-one alignment), by how much, and do both sit at the same place in their
 * articles. Measured before it was built (tests/corpus/TUNING.md, session 26), scoring pairs alone,
 * each story left out of the fit it was scored on: at the precision of the gates' score (0.75), recall
 * 0.57 → 0.65.
 */
export const LINK_FEATURES = [
  /** The pair's score with no gate (similarity.ts OPEN_GATES): weighted cosine and containment. */
  'score',
  /** Its square: the score's effect is not linear (a near-restatement is far surer than a half one). */
  'scoreSquared',
  /** The score under the hand gates (0 when they fail): what the gates' counts say. */
  'gatedScore',
  /**
   * Summed weight (idf) of what the pair shares, in units of the weight of a feature only one claim
   * holds (so that it does not grow with the index: idf grows with the log of its size), capped at
   * SHARED_WEIGHT_CAP: evidence in absolute terms.
   */
  'sharedWeight',
  /** 1 when no other sentence of the outlet scores higher against the page sentence. */
  'bestInOutlet',
  /** Its score minus the outlet's next best (when best), or minus the best (when not). */
  'margin',
  /** 1 when best in its outlet and no other page sentence scores higher against it: one-to-one. */
  'mutual',
  /** How far apart the two sit in their articles, as shares of each article's length (0..1). */
  'placeApart',
  /** The gated score of a neighbouring pair (the sentences before, or after, both) when it links on its own. */
  'neighbour',
  /**
   * How many figures of the same value both state, up to 2 (not a year, nor a whole number under 10):
   * one count or amount told twice, and two told twice say more ("About 90 divers …, 50 from other
   * countries" / "Some 90 … of which 50 foreigners"); it was 0 or 1 until session 30
   * (tests/corpus/TUNING.md). Added in session 27 beside two others measured with it, each story left out of its fit at
   * p ≥ 0.6 (tests/corpus/TUNING.md): alone it read P 0.892 R 0.651 against 0.888 / 0.642 without it;
   * "the same day" and "a headline" added nothing there and cost the seed story 3 points of F1.
   */
  'sameFigure',
] as const;
export type LinkFeature = (typeof LINK_FEATURES)[number];

/**
 * The shared weight is capped here (about eight rare words): past this a pair shares a whole sentence,
 * and more says nothing more. Not tuned: 50 of the 65,436 training pairs reach it (the median is 1.1),
 * so it only keeps a very long sentence pair from dominating a linear score.
 */
export const SHARED_WEIGHT_CAP = 8;

const WeightsSchema = z.object({
  features: z.array(z.string()),
  bias: z.number(),
  weights: z.array(z.number()),
  trainedOn: z.array(z.string()),
});
export type LinkWeights = z.infer<typeof WeightsSchema>;

/** The weights file read and checked once: its features must be LINK_FEATURES, in order. */
function loadWeights(): LinkWeights {
  const r = WeightsSchema.safeParse(WEIGHTS);
  if (!r.success) throw new Error(`lib/match/link-weights.json: ${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}`);
  const w = r.data;
  if (w.features.join(',') !== LINK_FEATURES.join(',') || w.weights.length !== LINK_FEATURES.length)
    throw new Error(`lib/match/link-weights.json: features ${w.features.join(',')} are not ${LINK_FEATURES.join(',')}; run npm run train-links`);
  return w;
}
let loaded: LinkWeights | undefined;
const weights = (): LinkWeights => (loaded ??= loadWeights());

/** The fitted probability that the pair states one fact, from its features in LINK_FEATURES order (from `at` on). */
export function linkProbability(features: ArrayLike<number>, at = 0, w: LinkWeights = weights()): number {
  let z = w.bias;
  for (let k = 0; k < w.weights.length; k++) z += (w.weights[k] as number) * (features[at + k] as number);
  return 1 / (1 + Math.exp(-z));
}

/**
 * A pair the hand gates turn down (or score below LINK_THRESHOLD) links when its probability reaches
 * this. The model is calibrated on the tuned stories, each left out of the fit it is scored on (about
 * 6 links in 10 are right between 0.6 and 0.7, 9 in 10 above 0.8), and a wrong link costs a reader more
 * than a missed one. Swept with the model deciding alone (tests/corpus/TUNING.md, session 26): 0.55
 * had two conflict false alarms more than 0.6 on the tuned stories, 0.65 and 0.7 lost gold
 * differences (0.422 → 0.413 → 0.404) for two and three fewer false alarms.
 */
export const LINK_PROBABILITY = 0.6;
/**
 * A link the hand gates make stands unless its probability is below this: the model then reads it as
 * one outlet's second-best sentence, far from the page sentence's place, or a one-sided match, and
 * about 1 in 4 of those is right. Higher vetoes lost the seed story's links between outlets that tell
 * it in very different orders (0.4: seeds recall 0.832 → 0.802); 0.2 kept more wrong links (tuned
 * precision 0.848 → 0.841).
 */
export const VETO_PROBABILITY = 0.3;

/**
 * Fits the weights by Newton's method on labelled feature rows (label 1: a gold link), with a small L2
 * penalty. As many weights as the rows have values: an experiment may fit a feature LINK_FEATURES
 * does not hold yet (tests/corpus/TUNING.md, session 28).
 */
export function fitLinkWeights(rows: readonly (readonly number[])[], labels: readonly number[], l2 = 1e-3, trainedOn: string[] = []): LinkWeights {
  const d = (rows[0]?.length ?? LINK_FEATURES.length) + 1;
  const w = new Float64Array(d);
  for (let it = 0; it < 50; it++) {
    const g = new Float64Array(d);
    const h = Array.from({ length: d }, () => new Float64Array(d));
    rows.forEach((row, n) => {
      const x = [1, ...row];
      let z = 0;
      for (let k = 0; k < d; k++) z += (w[k] as number) * (x[k] as number);
      const p = 1 / (1 + Math.exp(-z));
      const r = p - (labels[n] as number);
      const v = p * (1 - p);
      for (let a = 0; a < d; a++) {
        g[a] = (g[a] as number) + r * (x[a] as number);
        const ha = h[a] as Float64Array;
        for (let b = 0; b < d; b++) ha[b] = (ha[b] as number) + v * (x[a] as number) * (x[b] as number);
      }
    });
    for (let a = 0; a < d; a++) {
      g[a] = (g[a] as number) + l2 * (w[a] as number);
      (h[a] as Float64Array)[a] = ((h[a] as Float64Array)[a] as number) + l2;
    }
    const step = solve(h, g);
    let biggest = 0;
    for (let a = 0; a < d; a++) {
      w[a] = (w[a] as number) - (step[a] as number);
      biggest = Math.max(biggest, Math.abs(step[a] as number));
    }
    if (biggest < 1e-9) break;
  }
  return { features: [...LINK_FEATURES], bias: w[0] as number, weights: [...w.slice(1)], trainedOn };
}

/** Solves h·x = g by Gaussian elimination with partial pivoting (h is small: one row per feature). */
function solve(h: Float64Array[], g: Float64Array): Float64Array {
  const n = g.length;
  const a = h.map((row, i) => [...row, g[i] as number]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs((a[r] as number[])[c] as number) > Math.abs((a[p] as number[])[c] as number)) p = r;
    [a[c], a[p]] = [a[p] as number[], a[c] as number[]];
    const pivot = (a[c] as number[])[c] as number;
    if (pivot === 0) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = ((a[r] as number[])[c] as number) / pivot;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) (a[r] as number[])[k] = ((a[r] as number[])[k] as number) - f * ((a[c] as number[])[k] as number);
    }
  }
  return Float64Array.from(a, (row, i) => ((row[n] as number) / ((row[i] as number) || 1)));
}
