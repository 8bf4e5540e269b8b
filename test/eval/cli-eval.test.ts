import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runEval, type EvalIo } from '../../src/cli/eval.js';
import type { AnalyzeFn } from '../../src/eval/pipeline.js';
import { claimAt, conflictOf, reportOf } from './builders.js';
import { fakePipeline } from './fake-pipeline.js';
import { handModel, MAPPING_MODEL, MAPPING_ROWS } from './stance-models.js';

const MINI = fileURLToPath(new URL('../fixtures/fnc1-mini', import.meta.url));
const TEXT_1 = 'The museum opened its new wing on Sunday.';
const TEXT_2 = 'The new wing stays shut until autumn.';
const CASES = JSON.stringify({
  version: 1,
  cases: [
    {
      id: 'museum',
      documents: [
        { id: 'a', source: { name: 'Arts Weekly', kind: 'blog' }, text: TEXT_1 },
        { id: 'b', source: { name: 'Museum office', kind: 'official' }, text: TEXT_2 },
      ],
      expected: [{ kind: 'status', a: { document: 'a', quote: 'opened its new wing' }, b: { document: 'b', quote: 'stays shut until autumn' } }],
    },
    { id: 'quiet', documents: [{ id: 'a', source: { name: 'Arts Weekly', kind: 'blog' }, text: TEXT_1 }], expected: [] },
  ],
});

const analyze: AnalyzeFn = (input) => {
  const docs = typeof input === 'object' && 'documents' in input ? input.documents : [];
  if (docs.length < 2) return reportOf([], []);
  const a = claimAt('a0', 'a', TEXT_1, 0, TEXT_1.length);
  const b = claimAt('b0', 'b', TEXT_2, 0, TEXT_2.length);
  return reportOf([a, b], [conflictOf('c', 'polarity', a, b, 0.62, 'medium')]);
};

function harness(files: Record<string, string> = {}) {
  const out = { stdout: '', stderr: '', written: {} as Record<string, string> };
  const io: EvalIo = {
    stdout: (s) => (out.stdout += s),
    stderr: (s) => (out.stderr += s),
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(path.startsWith('gone') ? `cannot read ${path}: no such file` : 'permission denied');
      return text;
    },
    writeFile: (path, content) => (out.written[path] = content),
  };
  return { io, out };
}

const pipeline = { ...fakePipeline(), analyze };

describe('gainsay eval cases', () => {
  it('--json prints exactly one line holding the evaluation', async () => {
    const { io, out } = harness({ 'c.json': CASES });
    expect(await runEval(['cases', 'c.json', '--json'], io, pipeline)).toBe(0);
    expect(out.stdout.endsWith('\n')).toBe(true);
    expect(out.stdout.trimEnd().split('\n')).toHaveLength(1);
    const e = JSON.parse(out.stdout) as Record<string, unknown>;
    expect([e.cases, e.expected, e.reported, e.matched, e.precision, e.recall, e.f1, e.kindAccuracy, e.negativesClean]).toEqual([2, 1, 1, 1, 1, 1, 1, 0, 1]);
    expect(out.stderr).toBe('evaluating 2 cases from c.json\n');
  });

  it('prints an aligned table without --json', async () => {
    const { io, out } = harness({ 'c.json': CASES });
    expect(await runEval(['cases', 'c.json'], io, pipeline)).toBe(0);
    const lines = out.stdout.split('\n');
    expect(lines.slice(0, 9)).toEqual([
      'cases                   2',
      'expected conflicts      1',
      'reported conflicts      1',
      'matched                 1',
      'precision           1.000',
      'recall              1.000',
      'F1                  1.000',
      'kind accuracy       0.000',
      'negatives clean     1.000',
    ]);
    expect(lines).toContain('polarity            0         1        0             0');
    expect(lines).toContain('status              1         0        1             0');
    expect(lines).toContain('wrong kind   museum expected status, reported polarity (medium 0.620)');
  });

  it('--threshold counts by score', async () => {
    const { io, out } = harness({ 'c.json': CASES });
    expect(await runEval(['cases', 'c.json', '--threshold', '0.7', '--json'], io, pipeline)).toBe(0);
    expect((JSON.parse(out.stdout) as { reported: number }).reported).toBe(0);
  });

  it.each([
    [['cases', 'c.json', '--bogus'], 'gainsay eval: unknown option --bogus\n'],
    [['cases', 'c.json', '--predictions', 'x.csv'], 'gainsay eval: unknown option --predictions\n'],
    [['cases', 'c.json', '--threshold', 'high'], 'gainsay eval: --threshold: expected a score in [0, 1], got "high"\n'],
    [['cases', 'locked.json'], 'gainsay eval: locked.json: cannot read: permission denied\n'],
    [['cases', 'gone.json'], 'gainsay eval: cannot read gone.json: no such file\n'],
    [['cases', 'broken.json'], 'gainsay eval: broken.json: not valid JSON: Expected property name or \'}\' in JSON at position 1\n'],
    [['cases', 'bad.json'], 'gainsay eval: bad.json: cases.0.expected.0.kind: Invalid option: expected one of "polarity"|"opposition"|"status"|"numeric"|"temporal"|"location"|"quote"|"attribution"|"actor"\n'],
    [['cases'], 'gainsay eval: expected one case FILE, got 0; usage: gainsay eval cases FILE [--threshold SCORE] [--json] | gainsay eval pairs FILE.jsonl [--threshold SCORE] [--json] | gainsay eval fnc1 DIR [--json] [--predictions OUT.csv] [--decision fnc-score|most-likely|balanced]\n'],
    [['score', 'x'], 'gainsay eval: unknown eval command "score"; usage: gainsay eval cases FILE [--threshold SCORE] [--json] | gainsay eval pairs FILE.jsonl [--threshold SCORE] [--json] | gainsay eval fnc1 DIR [--json] [--predictions OUT.csv] [--decision fnc-score|most-likely|balanced]\n'],
  ])('%j exits 2 with one line', async (args, line) => {
    const bad = JSON.parse(CASES) as { cases: { expected: { kind: string }[] }[] };
    bad.cases[0]!.expected[0]!.kind = 'contradiction';
    const { io, out } = harness({ 'c.json': CASES, 'broken.json': '{oops', 'bad.json': JSON.stringify(bad) });
    expect(await runEval(args, io, pipeline)).toBe(2);
    expect(out.stderr).toBe(line);
    expect(out.stdout).toBe('');
  });
});

describe('gainsay eval fnc1', () => {
  it('--json prints one line; --predictions writes every row', async () => {
    const { io, out } = harness();
    expect(await runEval(['fnc1', MINI, '--json', '--predictions', 'out.csv', '--decision', 'balanced'], io, fakePipeline(), MAPPING_MODEL)).toBe(0);
    expect(out.stdout.trimEnd().split('\n')).toHaveLength(1);
    const run = JSON.parse(out.stdout) as Record<string, unknown>;
    // Balanced (shares agree 0.1, discuss 0.15) still keeps pairs 3 and 5 discuss; see evaluate-stance.test.ts.
    expect([run.pairs, run.accuracy, run.fncScore, run.maxScore, run.macroF1]).toEqual([5, 1, 4.25, 4.25, 1]);
    expect(run).not.toHaveProperty('predictions');
    expect(out.written['out.csv']).toBe(
      'Headline,Body ID,Stance\n' +
        '"Council approves bridge plan, work to begin in spring",7,agree\n' +
        '"Council has not approved the ""bridge plan""",7,disagree\n' +
        '"Bakery plans second shop\nafter award",12,discuss\n' +
        'Stadium roof collapses in storm,12,unrelated\n' +
        'Will the bakery open a second shop?,12,discuss\n',
    );
    expect(out.stderr).toBe(`evaluating 5 FNC-1 pairs from ${MINI}\n  5/5 pairs\n`);
  });

  it('prints accuracy, F1s, scores and the confusion matrix without --json', async () => {
    const { io, out } = harness();
    // With agree weighted up (shares 2% agree, 23% discuss), the two discuss pairs are called agree.
    const model = handModel(MAPPING_ROWS, 'balanced', [0.02, 0.05, 0.23, 0.7]);
    expect(await runEval(['fnc1', MINI], io, fakePipeline(), model)).toBe(0);
    const lines = out.stdout.split('\n');
    expect(lines.slice(0, 10)).toEqual([
      'pairs scored               5',
      'accuracy               0.600',
      'macro-F1               0.625',
      'F1 agree               0.500',
      'F1 disagree            1.000',
      'F1 discuss             0.000',
      'F1 unrelated           1.000',
      'FNC score       2.75 of 4.25',
      'relative score         0.647',
      lines[9],
    ]);
    expect(lines[9]).toMatch(/^seconds +\d+\.\d$/);
    expect(lines.slice(11, 16)).toEqual([
      'gold \\ predicted  agree  disagree  discuss  unrelated',
      'agree                 1         0        0          0',
      'disagree              0         1        0          0',
      'discuss               2         0        0          0',
      'unrelated             0         0        0          1',
    ]);
  });

  it('names an unreadable directory and exits 2', async () => {
    const { io, out } = harness();
    expect(await runEval(['fnc1', '/nonexistent/fnc1'], io, pipeline)).toBe(2);
    expect(out.stderr).toBe("gainsay eval: /nonexistent/fnc1: ENOENT: no such file or directory, scandir '/nonexistent/fnc1'\n");
  });

  it('names a bad --decision and exits 2', async () => {
    const { io, out } = harness();
    expect(await runEval(['fnc1', MINI, '--decision', 'best'], io, pipeline)).toBe(2);
    expect(out.stderr).toBe('gainsay eval: --decision: expected one of fnc-score, most-likely, balanced, got "best"\n');
  });

  it('rejects --threshold, which only cases takes', async () => {
    const { io, out } = harness();
    expect(await runEval(['fnc1', MINI, '--threshold', '0.5'], io, pipeline)).toBe(2);
    expect(out.stderr).toBe('gainsay eval: unknown option --threshold\n');
  });
});
