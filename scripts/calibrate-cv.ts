/**
 * Cross-validated judge numbers for scripts/calibrate.ts: the judge is refitted with each fold's units held out
 * (folds by case, FNC-1 body, RTE-3 premise, Emergent claim), and each held-out conflict is scored as the library
 * would score it (no data-set offset: the library cannot know which data set a text comes from). Nothing is
 * chosen inside the loop, so no nesting is needed.
 */
import { bandOf } from '../src/score/index.js';
import { EXAMPLE_SETS, type ExampleSet, type TrainingExample } from './calibrate-examples.js';
import { fitWeights, roundTo, scoreOf } from './calibrate-fit.js';
import type { PairUnit } from './calibrate-pairs.js';

export interface SetScores {
  conflicts: number;
  real: number;
  /** chance a real conflict outscores a false one (ties count half); null without both */
  auc: number | null;
  /** conflicts at medium or high, and the share of them that are real */
  reported: number;
  precision: number | null;
  /** pair sets: units called contradictions (any conflict at medium+) vs labelled ones; cases: gold conflicts found */
  unitPrecision: number | null;
  unitRecall: number | null;
}

/** A fold for a group: a stable string hash, so folds never depend on the order examples arrive in. */
export function foldOf(group: string, folds: number): number {
  let h = 2166136261;
  for (let i = 0; i < group.length; i++) h = Math.imul(h ^ group.charCodeAt(i), 16777619);
  return (h >>> 0) % folds;
}

/** Held-out scores, one per example, in the examples' order. */
export function outOfFoldScores(examples: readonly TrainingExample[], folds: number): number[] {
  const scores = new Array<number>(examples.length).fill(0);
  for (let f = 0; f < folds; f++) {
    const train = examples.filter((e) => foldOf(e.group, folds) !== f);
    const { weights } = fitWeights(train);
    examples.forEach((e, i) => {
      if (foldOf(e.group, folds) === f) scores[i] = scoreOf(e, weights);
    });
  }
  return scores;
}

export function auc(scores: readonly number[], labels: readonly (0 | 1)[]): number | null {
  const order = scores.map((s, i) => [s, labels[i]!] as const).sort((x, y) => x[0] - y[0]);
  let pos = 0;
  let neg = 0;
  let rankSum = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j < order.length && order[j]![0] === order[i]![0]) j++;
    const midRank = (i + j + 1) / 2;
    for (let k = i; k < j; k++) if (order[k]![1] === 1) rankSum += midRank;
    i = j;
  }
  for (const l of labels) (l === 1 ? pos++ : neg++);
  return pos === 0 || neg === 0 ? null : roundTo((rankSum - (pos * (pos + 1)) / 2) / (pos * neg));
}

const share = (x: number, n: number) => (n === 0 ? null : roundTo(x / n));

function unitRates(set: ExampleSet, flagged: Set<string>, units: readonly PairUnit[], goldTotals: Partial<Record<ExampleSet, number>>) {
  const ofSet = units.filter((u) => u.set === set);
  if (ofSet.length > 0) {
    const called = ofSet.filter((u) => flagged.has(u.id));
    const hits = called.filter((u) => u.label === 1).length;
    return { unitPrecision: share(hits, called.length), unitRecall: share(hits, ofSet.filter((u) => u.label === 1).length) };
  }
  const gold = goldTotals[set];
  return { unitPrecision: null, unitRecall: gold === undefined ? null : share(flagged.size, gold) };
}

/** Per data set: conflict-level AUC and precision, and unit-level precision and recall, from held-out scores. */
export function crossValidate(
  examples: readonly TrainingExample[],
  units: readonly PairUnit[],
  goldTotals: Partial<Record<ExampleSet, number>>,
  folds: number,
  bands: { medium: number; high: number },
): Record<ExampleSet, SetScores> {
  const scores = outOfFoldScores(examples, folds);
  const result = {} as Record<ExampleSet, SetScores>;
  for (const set of EXAMPLE_SETS) {
    const idx = examples.map((e, i) => (e.set === set ? i : -1)).filter((i) => i >= 0);
    const labels = idx.map((i) => examples[i]!.label);
    const reported = idx.filter((i) => bandOf(scores[i]!, bands) !== 'low');
    // A unit is flagged when one of its conflicts is reported; for cases only real conflicts name a gold unit.
    const flagged = new Set(reported.map((i) => examples[i]!.unit).filter((u): u is string => u !== null));
    result[set] = {
      conflicts: idx.length,
      real: labels.filter((l) => l === 1).length,
      auc: auc(idx.map((i) => scores[i]!), labels),
      reported: reported.length,
      precision: share(reported.filter((i) => examples[i]!.label === 1).length, reported.length),
      ...unitRates(set, flagged, units, goldTotals),
    };
  }
  return result;
}
