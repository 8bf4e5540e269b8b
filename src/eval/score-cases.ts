import type { Band, ConflictKind } from '../model/conflict.js';
import { CONFLICT_KINDS } from '../model/conflict.js';
import { GainsayError } from '../model/errors.js';
import type { Report } from '../model/report.js';
import type { Case } from './case-file.js';
import { pairCase, type CasePairing, type ClaimLocation, type QuoteLocation } from './case-pairing.js';
import { f1Score, ratio } from './rates.js';

export interface KindTally {
  /** expected conflicts of this kind */
  expected: number;
  /** reported conflicts whose reported kind is this kind */
  reported: number;
  /** expected conflicts of this kind that a reported conflict matched */
  matched: number;
  /** of those, how many the reported conflict also named with this kind */
  kindCorrect: number;
}

export interface Miss {
  caseId: string;
  kind: ConflictKind;
  a: QuoteLocation;
  b: QuoteLocation;
}

export interface FalseAlarm {
  caseId: string;
  kind: ConflictKind;
  score: number;
  band: Band;
  a: ClaimLocation;
  b: ClaimLocation;
}

export interface WrongKind {
  caseId: string;
  expectedKind: ConflictKind;
  reportedKind: ConflictKind;
  score: number;
  band: Band;
  a: ClaimLocation;
  b: ClaimLocation;
}

/**
 * Rates are fractions in [0, 1], or null when their denominator is 0: precision with nothing reported,
 * recall with nothing expected, kind accuracy with nothing matched; F1 only when both sides are empty.
 */
export interface CaseEvaluation {
  cases: number;
  expected: number;
  reported: number;
  matched: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  kindAccuracy: number | null;
  /** share of negative cases (no expected conflict) with nothing reported; null without negative cases */
  negativesClean: number | null;
  perKind: Record<ConflictKind, KindTally>;
  misses: Miss[];
  falseAlarms: FalseAlarm[];
  wrongKind: WrongKind[];
}

export interface ScoreCasesOptions {
  /** Count a conflict as reported when its score is at least this, instead of by band. */
  threshold?: number;
}

function emptyTallies(): Record<ConflictKind, KindTally> {
  const entries = CONFLICT_KINDS.map((kind) => [kind, { expected: 0, reported: 0, matched: 0, kindCorrect: 0 }] as const);
  return Object.fromEntries(entries) as Record<ConflictKind, KindTally>;
}

interface Tally {
  evaluation: CaseEvaluation;
  kindCorrect: number;
  negatives: number;
  negativesClean: number;
}

function addCase(tally: Tally, caseId: string, { gold, reported, matchOf }: CasePairing): void {
  const { evaluation } = tally;
  evaluation.expected += gold.length;
  evaluation.reported += reported.length;
  for (const g of gold) evaluation.perKind[g.kind].expected += 1;
  reported.forEach((r, i) => {
    evaluation.perKind[r.kind].reported += 1;
    const index = matchOf[i];
    const g = index === null || index === undefined ? undefined : gold[index];
    if (g === undefined) {
      evaluation.falseAlarms.push({ caseId, kind: r.kind, score: r.score, band: r.band, a: r.a, b: r.b });
      return;
    }
    evaluation.matched += 1;
    evaluation.perKind[g.kind].matched += 1;
    if (g.kind === r.kind) {
      tally.kindCorrect += 1;
      evaluation.perKind[g.kind].kindCorrect += 1;
    } else {
      evaluation.wrongKind.push({ caseId, expectedKind: g.kind, reportedKind: r.kind, score: r.score, band: r.band, a: r.a, b: r.b });
    }
  });
  const matched = new Set(matchOf);
  gold.forEach((g, i) => {
    if (!matched.has(i)) evaluation.misses.push({ caseId, kind: g.kind, a: g.a, b: g.b });
  });
  if (gold.length === 0) {
    tally.negatives += 1;
    if (reported.length === 0) tally.negativesClean += 1;
  }
}

/** Scores one report per case exactly as ../shared/data/cases/FORMAT.md describes. Pure. */
export function scoreCases(cases: Case[], reports: Report[], opts: ScoreCasesOptions = {}): CaseEvaluation {
  if (cases.length !== reports.length) {
    throw new GainsayError('invalid-input', [{ path: ['reports'], message: `expected one report per case: ${cases.length} cases, ${reports.length} reports` }]);
  }
  const evaluation: CaseEvaluation = {
    cases: cases.length,
    expected: 0,
    reported: 0,
    matched: 0,
    precision: null,
    recall: null,
    f1: null,
    kindAccuracy: null,
    negativesClean: null,
    perKind: emptyTallies(),
    misses: [],
    falseAlarms: [],
    wrongKind: [],
  };
  const tally: Tally = { evaluation, kindCorrect: 0, negatives: 0, negativesClean: 0 };
  cases.forEach((kase, i) => addCase(tally, kase.id, pairCase(kase, reports[i]!, opts.threshold)));
  evaluation.precision = ratio(evaluation.matched, evaluation.reported);
  evaluation.recall = ratio(evaluation.matched, evaluation.expected);
  evaluation.f1 = f1Score(evaluation.matched, evaluation.reported, evaluation.expected);
  evaluation.kindAccuracy = ratio(tally.kindCorrect, evaluation.matched);
  evaluation.negativesClean = ratio(tally.negativesClean, tally.negatives);
  return evaluation;
}
