/**
 * Fits gainsay's score weights and band cut-offs on public data (issue 3, item 4), reproducibly.
 *
 *   npx tsx scripts/calibrate.ts            fit, print the fit, the reliability table and shipped-vs-fitted metrics
 *   npx tsx scripts/calibrate.ts --write    … and write src/score/weights.json and src/eval/stance-model.json
 *   npx tsx scripts/calibrate.ts --check    fit only; exit 1 unless both files are exactly what the fit writes
 *   … --stance-only                          the stance model alone, its conflict features scored with the shipped
 *                                            weights (src/score/weights.json); --write and --check touch only its file
 *   … --stance-only --skip-cv                 … without the five cross-validation fits (in-sample scores only)
 *
 * Examples: every conflict the pipeline reports (bands ignored) on the sample and fixture cases (real when it
 * overlaps an expected conflict's quotes, kind ignored) and between FNC-1 headline and matched body claims (real
 * when the gold stance is disagree; agree and discuss are not; unrelated is skipped). Features: ln of the six
 * factors, floored as combine() floors them. Only those weights are learned; the band cut-offs are chances of the
 * fitted score (calibrate-settings.ts BANDS). Then the FNC-1 stance model (scripts/calibrate-stance.ts), its
 * conflict features scored with the weights just fitted.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFnc1 } from '../src/eval/fnc1-read.js';
import { DEFAULT_WEIGHTS, type ScoreWeights } from '../src/score/index.js';
import { loadCaseFile } from '../src/eval/case-file.js';
import { caseExamples, EXAMPLE_SETS, fnc1Examples, memoisedPipeline, type TrainingExample } from './calibrate-examples.js';
import { crossValidate, type SetScores } from './calibrate-cv.js';
import { calibrate, type Calibration } from './calibrate-fit.js';
import { emergentExamples, rte3Examples, type PairUnit } from './calibrate-pairs.js';
import { measure, type Metrics } from './calibrate-metrics.js';
import { calibrateStance } from './calibrate-stance.js';
import * as settings from './calibrate-settings.js';

const NOTE =
  'score = sigmoid(bias + sum(weight * ln(max(0.01, factor)))). Written by `npm run calibrate -- --write` ' +
  '(scripts/calibrate.ts): L2-penalised logistic fit (Newton, lambda in fittedOn, penalty centred on the hand-set ' +
  'weights, factor weights held >= 0 since every factor is one where more means a surer conflict). The score ' +
  'estimates the chance a conflict is real, so the bands are chances: medium from 0.5 (more likely real than not), ' +
  'high from 0.8. reliability: per band, the training conflicts in it and how many were real.';

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Keys sorted at every level, so the file's bytes depend only on its content. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
}

function weightsFile(fit: Calibration, examples: readonly TrainingExample[]): string {
  const count = (set: string, label?: number) => examples.filter((e) => e.set === set && (label === undefined || e.label === label)).length;
  const files: Record<string, string> = {
    cases: 'shared sample.json + test/fixtures/cases/*.json',
    stories: 'test/fixtures/stories/cases.json (real FNC-1 dev stories)',
    fnc1: 'shared fnc1-dev headline vs matched body claims (agree/discuss = not real, disagree = real)',
    rte3: 'shared rte3-dev premise vs hypothesis (contradiction = real)',
    emergent: 'shared emergent-train claim vs article headline (against = real)',
  };
  const content = {
    note: NOTE,
    bias: fit.weights.bias,
    weights: fit.weights.weights,
    kindPrior: fit.weights.kindPrior,
    bands: fit.weights.bands,
    fittedOn: {
      ...Object.fromEntries(EXAMPLE_SETS.map((set) => [set, { conflicts: count(set), real: count(set, 1), files: files[set] }])),
      lambda: settings.LAMBDA,
      iterations: settings.ITERATIONS,
      offsets: fit.offsets,
    },
    reliability: fit.reliability,
  };
  return `${JSON.stringify(sortKeys(content), null, 2)}\n`;
}

function caseFiles(): { sample: unknown; fixtures: { version: 1; cases: unknown[] }; all: unknown[] } {
  const sample = readJson(settings.SAMPLE_CASES);
  const names = readdirSync(settings.FIXTURE_CASES_DIR).filter((n) => n.endsWith('.json')).sort();
  const files = names.map((n) => readJson(join(settings.FIXTURE_CASES_DIR, n)) as { cases: unknown[] });
  return { sample, fixtures: { version: 1, cases: files.flatMap((f) => f.cases) }, all: [sample, ...files] };
}

const fmt = (x: number | null) => (x === null ? '  —  ' : x.toFixed(4));

function printFit(fit: Calibration): void {
  const w = fit.weights;
  console.log(`bias ${w.bias}  (data-set offsets, not shipped: ${JSON.stringify(fit.offsets)})`);
  for (const [name, value] of Object.entries(w.weights)) console.log(`  ${name.padEnd(13)} ${value.toFixed(4)}  (shipped ${DEFAULT_WEIGHTS.weights[name]})`);
  console.log(`kind prior ${Object.entries(w.kindPrior).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`bands medium ${w.bands.medium}, high ${w.bands.high} (chances; calibrate-settings.ts BANDS)`);
  console.log('\nreliability (training conflicts per band under the fitted weights: real / all = share)');
  for (const [set, table] of Object.entries(fit.reliability)) {
    const cells = (['high', 'medium', 'low'] as const).map((b) => `${b} ${table[b].real}/${table[b].conflicts} = ${fmt(table[b].share)}`);
    console.log(`  ${set.padEnd(6)} ${cells.join('   ')}`);
  }
}

function printMetrics(before: Metrics, after: Metrics): void {
  console.log('\n                       shipped    fitted');
  const row = (label: string, b: number | null, a: number | null) => console.log(`  ${label.padEnd(20)} ${fmt(b)}    ${fmt(a)}`);
  for (const set of ['sample', 'fixtures'] as const) {
    for (const k of ['precision', 'recall', 'f1', 'negativesClean'] as const) row(`${set} ${k}`, before[set][k], after[set][k]);
  }
  for (const k of ['relativeScore', 'disagreeF1', 'macroF1', 'accuracy'] as const) row(`fnc1 ${k}`, before.fnc1[k], after.fnc1[k]);
}

function printCrossValidation(cv: Record<string, SetScores>): void {
  console.log(`\njudge, ${settings.JUDGE_FOLDS}-fold cross-validated (folds by case / FNC-1 body / RTE-3 premise / Emergent claim), medium+`);
  for (const [set, s] of Object.entries(cv)) {
    const unit = set === 'cases' || set === 'stories' ? 'gold conflicts found' : 'pairs called contradiction';
    console.log(
      `  ${set.padEnd(9)} conflicts ${s.conflicts} (real ${s.real})  AUC ${fmt(s.auc)}  reported ${s.reported}, precision ${fmt(s.precision)}  ` +
        `${unit}: precision ${fmt(s.unitPrecision)}, recall ${fmt(s.unitRecall)}`,
    );
  }
}

/** The stance model alone, scored with the shipped judge weights (equal to a full run's when weights.json is current). */
function stanceOnly(write: boolean, check: boolean, skipCv: boolean): number {
  const stanceOptions = { weights: { bias: DEFAULT_WEIGHTS.bias, ...DEFAULT_WEIGHTS.weights }, bands: DEFAULT_WEIGHTS.bands };
  return calibrateStance(readFnc1(settings.FNC1_DIR), memoisedPipeline(), stanceOptions, { write, check, skipCv });
}

function main(): number {
  const write = process.argv.includes('--write');
  const check = process.argv.includes('--check');
  if (process.argv.includes('--stance-only')) return stanceOnly(write, check, process.argv.includes('--skip-cv'));
  const cases = caseFiles();
  const pairs = readFnc1(settings.FNC1_DIR);
  const pipeline = memoisedPipeline();
  const rte3 = rte3Examples(settings.RTE3_FILE, pipeline);
  const emergent = emergentExamples(readFnc1(settings.EMERGENT_DIR), pipeline);
  const stories = readJson(settings.STORY_CASES);
  const examples = [
    ...cases.all.flatMap((file) => caseExamples(file, pipeline)),
    ...caseExamples(stories, pipeline, 'stories'),
    ...fnc1Examples(pairs, pipeline),
    ...rte3.examples,
    ...emergent.examples,
  ];
  const units: PairUnit[] = [...rte3.units, ...emergent.units];
  const fit = calibrate(examples);
  const text = weightsFile(fit, examples);
  // The stance model's conflict features are scored with the weights this run fits (and ships with --write).
  const stanceOptions = { weights: { bias: fit.weights.bias, ...fit.weights.weights }, bands: fit.weights.bands };
  if (check) {
    const same = readFileSync(settings.WEIGHTS_FILE, 'utf8') === text;
    console.log(same ? `${settings.WEIGHTS_FILE} is what the fit writes` : `${settings.WEIGHTS_FILE} differs from the fit:\n${text}`);
    const stance = calibrateStance(pairs, pipeline, stanceOptions, { write: false, check: true });
    return same && stance === 0 ? 0 : 1;
  }
  console.log(`${examples.length} training conflicts, ${examples.filter((e) => e.label === 1).length} real\n`);
  printFit(fit);
  const gold = (files: unknown[]) => files.reduce((n: number, file) => n + loadCaseFile(file).cases.reduce((m, c) => m + c.expected.length, 0), 0);
  printCrossValidation(crossValidate(examples, units, { cases: gold(cases.all), stories: gold([stories]) }, settings.JUDGE_FOLDS, fit.weights.bands));
  const shipped: ScoreWeights = DEFAULT_WEIGHTS;
  const before = measure(shipped, cases.sample, cases.fixtures, pairs, pipeline);
  const after = measure(fit.weights, cases.sample, cases.fixtures, pairs, pipeline);
  printMetrics(before, after);
  if (write) {
    writeFileSync(settings.WEIGHTS_FILE, text);
    console.log(`wrote ${settings.WEIGHTS_FILE}`);
  }
  return calibrateStance(pairs, pipeline, stanceOptions, { write, check: false });
}

process.exitCode = main();
