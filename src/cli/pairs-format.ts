import type { PairEvaluation } from '../eval/evaluate-pairs.js';
import { BANDS, CONFLICT_KINDS } from '../model/conflict.js';
import { alignTable } from './eval-format.js';

const RATE_DIGITS = 3;
const SECONDS_DIGITS = 1;
const NOT_DEFINED = 'n/a';

function rate(value: number | null): string {
  return value === null ? NOT_DEFINED : value.toFixed(RATE_DIGITS);
}

/** The text rendering of `gainsay eval pairs`: summary, rates by band, kinds, then the ids that went wrong. */
export function formatPairTable(e: PairEvaluation): string {
  const decision = e.threshold === null ? 'band medium or high' : `score >= ${e.threshold}`;
  const summary = alignTable([
    ['pairs', String(e.pairs)],
    ['contradictions', String(e.contradictions)],
    ['reported', String(e.reported)],
    ['precision', rate(e.precision)],
    ['recall', rate(e.recall)],
    ['F1', rate(e.f1)],
    ['accuracy', rate(e.accuracy)],
    ['false-alarm rate', rate(e.falseAlarmRate)],
    ['kind accuracy', rate(e.kindAccuracy)],
    ['seconds', e.seconds.toFixed(SECONDS_DIGITS)],
  ]);
  const bands = alignTable([['from band', 'precision', 'recall', 'F1'], ...BANDS.map((band) => [band, rate(e.byThreshold[band].precision), rate(e.byThreshold[band].recall), rate(e.byThreshold[band].f1)])]);
  const kinds = alignTable([
    ['kind', 'expected', 'found', 'kind right'],
    ...CONFLICT_KINDS.filter((kind) => e.perKind[kind].expected > 0).map((kind) => {
      const t = e.perKind[kind];
      return [kind, String(t.expected), String(t.found), String(t.kindRight)];
    }),
  ]);
  const details = [
    ...e.misses.map((id) => `miss         ${id}`),
    ...e.falseAlarms.map((id) => `false alarm  ${id}`),
    ...e.wrongKind.map((w) => `wrong kind   ${w.id} expected ${w.expected}, found ${w.found}`),
  ];
  return [`decision: ${decision}\n${summary}`, bands, kinds, details.length > 0 ? details.join('\n') + '\n' : ''].filter((part) => part !== '').join('\n');
}
