import { CONFLICT_KINDS } from '../model/conflict.js';
import type { CaseEvaluation } from '../eval/score-cases.js';
import type { StanceRun } from '../eval/evaluate-stance.js';
import { STANCES } from '../eval/stance.js';

/** Digits shown for a rate; the JSON output keeps full precision. */
const RATE_DIGITS = 3;
const SECONDS_DIGITS = 1;
const COLUMN_GAP = '  ';
const NOT_DEFINED = 'n/a';

function rate(value: number | null): string {
  return value === null ? NOT_DEFINED : value.toFixed(RATE_DIGITS);
}

/** Columns padded to their widest cell: the first left-aligned (labels), the rest right-aligned (numbers). */
export function alignTable(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(COLUMN_GAP).trimEnd();
  return rows.map(line).join('\n') + '\n';
}

function describeSide(side: { document: string; span: { text: string } | null }): string {
  return `${side.document} "${side.span?.text ?? '(claim not in report)'}"`;
}

export function formatCaseTable(e: CaseEvaluation): string {
  const summary = alignTable([
    ['cases', String(e.cases)],
    ['expected conflicts', String(e.expected)],
    ['reported conflicts', String(e.reported)],
    ['matched', String(e.matched)],
    ['precision', rate(e.precision)],
    ['recall', rate(e.recall)],
    ['F1', rate(e.f1)],
    ['kind accuracy', rate(e.kindAccuracy)],
    ['negatives clean', rate(e.negativesClean)],
  ]);
  const kinds = alignTable([
    ['kind', 'expected', 'reported', 'matched', 'kind correct'],
    ...CONFLICT_KINDS.map((kind) => {
      const t = e.perKind[kind];
      return [kind, String(t.expected), String(t.reported), String(t.matched), String(t.kindCorrect)];
    }),
  ]);
  const misses = e.misses.map((m) => `miss         ${m.caseId} [${m.kind}] ${m.a.document} "${m.a.text}" / ${m.b.document} "${m.b.text}"`);
  const alarms = e.falseAlarms.map((f) => `false alarm  ${f.caseId} [${f.kind} ${f.band} ${rate(f.score)}] ${describeSide(f.a)} / ${describeSide(f.b)}`);
  const wrong = e.wrongKind.map((w) => `wrong kind   ${w.caseId} expected ${w.expectedKind}, reported ${w.reportedKind} (${w.band} ${rate(w.score)})`);
  const details = [...misses, ...alarms, ...wrong];
  return [summary, kinds, details.length > 0 ? details.join('\n') + '\n' : ''].filter((part) => part !== '').join('\n');
}

export function formatStanceTable(run: Omit<StanceRun, 'predictions'>): string {
  const summary = alignTable([
    ['pairs scored', String(run.pairs)],
    ['accuracy', rate(run.accuracy)],
    ['macro-F1', rate(run.macroF1)],
    ...STANCES.map((s) => [`F1 ${s}`, rate(run.f1[s])]),
    ['FNC score', `${run.fncScore} of ${run.maxScore}`],
    ['relative score', rate(run.relativeScore)],
    ['seconds', run.seconds.toFixed(SECONDS_DIGITS)],
  ]);
  const confusion = alignTable([
    ['gold \\ predicted', ...STANCES],
    ...STANCES.map((gold) => [gold, ...STANCES.map((predicted) => String(run.confusion[gold][predicted]))]),
  ]);
  return `${summary}\n${confusion}`;
}
