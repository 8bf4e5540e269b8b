import { BANDS, CONFLICT_KINDS, type Band, type Conflict, type ConflictKind } from '../model/conflict.js';
import type { OptionsInput } from '../model/options.js';
import type { Report } from '../model/report.js';
import type { SourceInput } from '../model/source.js';
import { REPORTED_BANDS } from './case-pairing.js';
import { loadPairs, type LabelledPair } from './pairs-file.js';
import { LIBRARY_PIPELINE, type AnalyzeFn } from './pipeline.js';
import { f1Score, ratio } from './rates.js';

/** Document ids of the two sides of a pair; each is its own independent source of unknown kind. */
export const PREMISE_DOCUMENT = 'premise';
export const HYPOTHESIS_DOCUMENT = 'hypothesis';
const PREMISE_SOURCE: SourceInput = { id: PREMISE_DOCUMENT, name: 'Premise', kind: 'unknown' };
const HYPOTHESIS_SOURCE: SourceInput = { id: HYPOTHESIS_DOCUMENT, name: 'Hypothesis', kind: 'unknown' };
const MS_PER_SECOND = 1000;

/** What the pipeline said about one pair: its conflicts between a premise claim and a hypothesis claim. */
export interface PairOutcome {
  conflicts: ScoredConflict[];
}
export type ScoredConflict = Pick<Conflict, 'kind' | 'band' | 'score'>;

/** Rates of the contradiction class; null when the denominator is 0 (see rates.ts). */
export interface PairRates {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface PairKindTally {
  /** gold contradictions of this kind */
  expected: number;
  /** of those, how many were found at the decision threshold */
  found: number;
  /** of those, how many the strongest reported conflict named with this kind */
  kindRight: number;
}

export interface PairWrongKind {
  id: string;
  expected: ConflictKind;
  found: ConflictKind;
}

export interface PairEvaluation extends PairRates {
  pairs: number;
  /** gold contradictions */
  contradictions: number;
  /** pairs reported as contradictions at the decision threshold */
  reported: number;
  /** the score threshold of the decision, or null for the default (band medium or high) */
  threshold: number | null;
  /** contradiction vs not, over all pairs */
  accuracy: number;
  /** share of the non-contradiction pairs reported as contradictions; null without such pairs */
  falseAlarmRate: number | null;
  /** rates when a pair counts as reported from each band up (low: any conflict; high: high only) */
  byThreshold: Record<Band, PairRates>;
  /** kind right among found contradictions that carry a gold kind; null when none was found */
  kindAccuracy: number | null;
  perKind: Record<ConflictKind, PairKindTally>;
  /** ids of gold contradictions not reported */
  misses: string[];
  /** ids of other pairs reported as contradictions */
  falseAlarms: string[];
  wrongKind: PairWrongKind[];
  seconds: number;
}

export interface ScorePairsOptions {
  /** Count a pair as reported when a conflict scores at least this, instead of by band (medium+). */
  threshold?: number;
}

export type EvaluatePairsOptions = OptionsInput &
  ScorePairsOptions & {
    /** The pipeline under test; gainsay's own `analyze` by default. */
    analyze?: AnalyzeFn;
    /** Called after each pair, e.g. for a progress line on stderr. */
    onProgress?: (done: number, total: number) => void;
  };

const bandsFrom = (band: Band): readonly Band[] => BANDS.slice(BANDS.indexOf(band));

/** The conflicts of a report that join a premise claim and a hypothesis claim (either order). */
export function crossConflicts(report: Report): PairOutcome {
  const conflicts = report.conflicts
    .filter((c) => new Set(c.documents).size === 2 && c.documents.every((d) => d === PREMISE_DOCUMENT || d === HYPOTHESIS_DOCUMENT))
    .map(({ kind, band, score }) => ({ kind, band, score }));
  return { conflicts };
}

/** The strongest conflict that passes the decision, or null: the pair is then not reported. */
function decisive(outcome: PairOutcome, passes: (c: ScoredConflict) => boolean): ScoredConflict | null {
  return outcome.conflicts.filter(passes).reduce<ScoredConflict | null>((best, c) => (best === null || c.score > best.score ? c : best), null);
}

function rates(pairs: LabelledPair[], reported: boolean[]): PairRates {
  const gold = pairs.filter((p) => p.label === 'contradiction').length;
  const predicted = reported.filter(Boolean).length;
  const hits = pairs.filter((p, i) => p.label === 'contradiction' && reported[i]).length;
  return { precision: ratio(hits, predicted), recall: ratio(hits, gold), f1: f1Score(hits, predicted, gold) };
}

function emptyTallies(): Record<ConflictKind, PairKindTally> {
  return Object.fromEntries(CONFLICT_KINDS.map((kind) => [kind, { expected: 0, found: 0, kindRight: 0 }])) as Record<ConflictKind, PairKindTally>;
}

/** Scores one outcome per pair (contradiction class, kinds, misses, false alarms). Pure but for `seconds` = 0. */
export function scorePairs(pairs: LabelledPair[], outcomes: PairOutcome[], options: ScorePairsOptions = {}): PairEvaluation {
  if (pairs.length !== outcomes.length) throw new RangeError(`expected one outcome per pair: ${pairs.length} pairs, ${outcomes.length} outcomes`);
  const { threshold } = options;
  const passes = (c: ScoredConflict) => (threshold === undefined ? REPORTED_BANDS.includes(c.band) : c.score >= threshold);
  const chosen = outcomes.map((o) => decisive(o, passes));
  const reported = chosen.map((c) => c !== null);
  const perKind = emptyTallies();
  const wrongKind: PairWrongKind[] = [];
  pairs.forEach((pair, i) => {
    const found = chosen[i];
    if (pair.kind === undefined) return;
    perKind[pair.kind].expected += 1;
    if (found === null || found === undefined) return;
    perKind[pair.kind].found += 1;
    if (found.kind === pair.kind) perKind[pair.kind].kindRight += 1;
    else wrongKind.push({ id: pair.id, expected: pair.kind, found: found.kind });
  });
  const tallies = Object.values(perKind);
  const others = pairs.filter((p) => p.label !== 'contradiction').length;
  const falseAlarms = pairs.filter((p, i) => p.label !== 'contradiction' && reported[i]).map((p) => p.id);
  const byBand = (band: Band) => rates(pairs, outcomes.map((o) => o.conflicts.some((c) => bandsFrom(band).includes(c.band))));
  return {
    pairs: pairs.length,
    contradictions: pairs.length - others,
    reported: reported.filter(Boolean).length,
    threshold: threshold ?? null,
    ...rates(pairs, reported),
    accuracy: pairs.filter((p, i) => (p.label === 'contradiction') === reported[i]).length / pairs.length,
    falseAlarmRate: ratio(falseAlarms.length, others),
    byThreshold: { low: byBand('low'), medium: byBand('medium'), high: byBand('high') },
    kindAccuracy: ratio(
      tallies.reduce((n, t) => n + t.kindRight, 0),
      tallies.reduce((n, t) => n + t.found, 0),
    ),
    perKind,
    misses: pairs.filter((p, i) => p.label === 'contradiction' && !reported[i]).map((p) => p.id),
    falseAlarms,
    wrongKind,
    seconds: 0,
  };
}

/**
 * Runs each pair through `analyze` as two documents from two independent sources (premise, hypothesis)
 * and scores the contradiction class; only conflicts between a premise and a hypothesis claim count.
 */
export function evaluatePairs(pairs: readonly unknown[], options: EvaluatePairsOptions = {}): PairEvaluation {
  const started = performance.now();
  const { analyze = LIBRARY_PIPELINE.analyze, threshold, onProgress, ...analyzeOptions } = options;
  const valid = loadPairs(pairs);
  const outcomes = valid.map((pair, i) => {
    const documents = [
      { id: PREMISE_DOCUMENT, text: pair.premise, source: PREMISE_SOURCE },
      { id: HYPOTHESIS_DOCUMENT, text: pair.hypothesis, source: HYPOTHESIS_SOURCE },
    ];
    const outcome = crossConflicts(analyze({ documents }, analyzeOptions));
    onProgress?.(i + 1, valid.length);
    return outcome;
  });
  const evaluation = scorePairs(valid, outcomes, threshold === undefined ? {} : { threshold });
  return { ...evaluation, seconds: (performance.now() - started) / MS_PER_SECOND };
}
