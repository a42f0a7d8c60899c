import { describe, expect, it } from 'vitest';
import { GOLD_SETS, evaluate, loadGold, tunedStories } from '../scripts/eval';
import { evaluateMixed } from '../scripts/eval-mixed';

/**
 * A regression guard on the hand-labelled gold, not the targets (issue 21's targets are printed by
 * `npm run eval`): each tuned story's floors are its latest measured figures (session 30),
 * less about 0.03, and one conflict false alarm more. Held-out stories have no floor: a floor is
 * set from a measurement, and a held-out story is measured only to be reported. Every story: no link
 * to the page's own article, no link to or from its look-alike article.
 */
const FLOORS: Record<string, { f1: number; discrepancyRecall: number; conflictFalseAlarms: number }> = {
  seeds: { f1: 0.85, discrepancyRecall: 0.58, conflictFalseAlarms: 1 },
  'held-out': { f1: 0.65, discrepancyRecall: 0.47, conflictFalseAlarms: 2 },
  blackout: { f1: 0.76, discrepancyRecall: 0.57, conflictFalseAlarms: 3 },
  breach: { f1: 0.66, discrepancyRecall: 0.50, conflictFalseAlarms: 3 },
  bridge: { f1: 0.66, discrepancyRecall: 0.40, conflictFalseAlarms: 3 },
  cave: { f1: 0.75, discrepancyRecall: 0.50, conflictFalseAlarms: 10 },
  crash: { f1: 0.79, discrepancyRecall: 0.37, conflictFalseAlarms: 1 },
  crush: { f1: 0.68, discrepancyRecall: 0.45, conflictFalseAlarms: 3 },
  derail: { f1: 0.72, discrepancyRecall: 0.56, conflictFalseAlarms: 1 },
  doorplug: { f1: 0.75, discrepancyRecall: 0.48, conflictFalseAlarms: 2 },
  eclipse: { f1: 0.76, discrepancyRecall: 0.51, conflictFalseAlarms: 1 },
  election: { f1: 0.76, discrepancyRecall: 0.62, conflictFalseAlarms: 1 },
  final: { f1: 0.73, discrepancyRecall: 0.30, conflictFalseAlarms: 1 },
  flood: { f1: 0.76, discrepancyRecall: 0.56, conflictFalseAlarms: 2 },
  healthstudy: { f1: 0.74, discrepancyRecall: 0.30, conflictFalseAlarms: 1 },
  heatrecord: { f1: 0.76, discrepancyRecall: 0.47, conflictFalseAlarms: 1 },
  heist: { f1: 0.70, discrepancyRecall: 0.34, conflictFalseAlarms: 2 },
  ipo: { f1: 0.81, discrepancyRecall: 0.53, conflictFalseAlarms: 2 },
  layoffs: { f1: 0.71, discrepancyRecall: 0.38, conflictFalseAlarms: 1 },
  marathon: { f1: 0.66, discrepancyRecall: 0.55, conflictFalseAlarms: 1 },
  merger: { f1: 0.74, discrepancyRecall: 0.49, conflictFalseAlarms: 3 },
  nobel: { f1: 0.80, discrepancyRecall: 0.51, conflictFalseAlarms: 4 },
  outage: { f1: 0.70, discrepancyRecall: 0.33, conflictFalseAlarms: 1 },
  ratedecision: { f1: 0.78, discrepancyRecall: 0.33, conflictFalseAlarms: 2 },
  results: { f1: 0.75, discrepancyRecall: 0.57, conflictFalseAlarms: 2 },
  space: { f1: 0.84, discrepancyRecall: 0.47, conflictFalseAlarms: 1 },
  strike: { f1: 0.80, discrepancyRecall: 0.61, conflictFalseAlarms: 1 },
  tunnel: { f1: 0.79, discrepancyRecall: 0.51, conflictFalseAlarms: 1 },
  volcano: { f1: 0.73, discrepancyRecall: 0.35, conflictFalseAlarms: 2 },
  wildfire: { f1: 0.77, discrepancyRecall: 0.56, conflictFalseAlarms: 1 },
  // Tuned from session 32 (their first floors: that session's figures, less about 0.03, one false alarm more).
  mpox: { f1: 0.82, discrepancyRecall: 0.53, conflictFalseAlarms: 3 },
  // Tuned from session 33 (its look-alike links were read and the engine changed on them: key names).
  transfer: { f1: 0.83, discrepancyRecall: 0.35, conflictFalseAlarms: 10 },
  resign: { f1: 0.80, discrepancyRecall: 0.30, conflictFalseAlarms: 2 },
  recall: { f1: 0.71, discrepancyRecall: 0.27, conflictFalseAlarms: 2 },
  // Tuned from session 34 (its look-alike links were read and the engine changed on them: acronym key names spelled out).
  bankfail: { f1: 0.77, discrepancyRecall: 0.25, conflictFalseAlarms: 2 },
  // Tuned from session 35 (its false alarms were read and the engine changed on them: quotations of several sentences).
  ouster: { f1: 0.80, discrepancyRecall: 0.50, conflictFalseAlarms: 5 },
  // Tuned from session 35's end (its false alarms were read: a decimal comma before any unit, a month of last year).
  fusion: { f1: 0.80, discrepancyRecall: 0.40, conflictFalseAlarms: 7 },
  // Tuned from session 37 (their false alarms were read: a vote's "No", one amount in two dollar signs, a bound at the other's figure).
  referendum: { f1: 0.72, discrepancyRecall: 0.40, conflictFalseAlarms: 2 },
  explosion: { f1: 0.80, discrepancyRecall: 0.48, conflictFalseAlarms: 7 },
  // Tuned from session 37 (its missed links were read: one count in the hundreds told with two nouns).
  collapse: { f1: 0.65, discrepancyRecall: 0.27, conflictFalseAlarms: 5 },
};

describe('accuracy on the hand-labelled gold', () => {
  const tuned = tunedStories();
  it('every tuned story has a floor, and no floor names a story that is not there', () => {
    expect(GOLD_SETS.filter((s) => tuned.has(s.name)).map((s) => s.name).sort()).toEqual(Object.keys(FLOORS).sort());
  });
  it.each(GOLD_SETS)('$name: no self-links, no look-alike link, beats the TF-IDF baseline on links; tuned stories hold their floors', ({ name, file, dirs }) => {
    const r = evaluate(loadGold(file), name, dirs);
    expect(r.parallax.selfLinks).toBe(0);
    expect(r.lookalikeLinks).toBe(0);
    const floor = FLOORS[name];
    if (!floor) return;
    expect(r.parallax.f1).toBeGreaterThan(r.baseline.f1);
    expect(r.parallax.f1).toBeGreaterThanOrEqual(floor.f1);
    expect(r.parallax.discrepancyRecall).toBeGreaterThanOrEqual(floor.discrepancyRecall);
    expect(r.parallax.conflictFalseAlarms).toBeLessThanOrEqual(floor.conflictFalseAlarms);
  });
});

describe('the corpus stories in one index, as a reader’s corpus mixes them', () => {
  it('links no page to an article of another story', () => {
    const stories = GOLD_SETS.filter((s) => s.file.startsWith('tests/corpus/')).map((s) => ({ name: s.name, gold: loadGold(s.file), dirs: s.dirs }));
    expect(stories.length).toBeGreaterThan(10);
    const r = evaluateMixed(stories);
    expect(r.crossExamples).toEqual([]);
    // Every story still links its own outlets there.
    for (const s of r.stories) expect(s.metrics.correct, s.name).toBeGreaterThan(0);
  }, 120_000);
});
