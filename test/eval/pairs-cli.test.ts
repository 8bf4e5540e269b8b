import { describe, expect, it } from 'vitest';
import { runEval, type EvalIo } from '../../src/cli/eval.js';
import { fakePipeline } from './fake-pipeline.js';
import { scriptedAnalyze, TINY_PAIRS, TINY_SCRIPT } from './pairs-fake.js';

const JSONL = TINY_PAIRS.map((p) => JSON.stringify(p)).join('\n') + '\n';
const pipeline = { ...fakePipeline(), analyze: scriptedAnalyze(TINY_SCRIPT) };

function harness(files: Record<string, string>) {
  const out = { stdout: '', stderr: '' };
  const io: EvalIo = {
    stdout: (s) => (out.stdout += s),
    stderr: (s) => (out.stderr += s),
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error('permission denied');
      return text;
    },
  };
  return { io, out };
}

describe('gainsay eval pairs', () => {
  it('--json prints one line with the rates, bands, kinds, misses and false alarms', async () => {
    const { io, out } = harness({ 'p.jsonl': JSONL });
    expect(await runEval(['pairs', 'p.jsonl', '--json'], io, pipeline)).toBe(0);
    expect(out.stdout.trimEnd().split('\n')).toHaveLength(1);
    const e = JSON.parse(out.stdout) as Record<string, unknown>;
    expect([e.pairs, e.precision, e.recall, e.kindAccuracy, e.misses, e.falseAlarms]).toEqual([7, 2 / 3, 0.5, 0.5, ['c3', 'c4'], ['k1']]);
    expect(e.byThreshold).toEqual({ low: { precision: 0.75, recall: 0.75, f1: 0.75 }, medium: { precision: 2 / 3, recall: 0.5, f1: 4 / 7 }, high: { precision: 1, recall: 0.25, f1: 0.4 } });
    expect((e.perKind as Record<string, unknown>).status).toEqual({ expected: 1, found: 1, kindRight: 0 });
    expect(typeof e.seconds).toBe('number');
    expect(out.stderr).toBe('evaluating 7 pairs from p.jsonl\n  7/7 pairs\n');
  });

  it('prints a table without --json', async () => {
    const { io, out } = harness({ 'p.jsonl': JSONL });
    expect(await runEval(['pairs', 'p.jsonl'], io, pipeline)).toBe(0);
    const lines = out.stdout.split('\n');
    expect(lines.slice(0, 11)).toEqual([
      'decision: band medium or high',
      'pairs                 7',
      'contradictions        4',
      'reported              3',
      'precision         0.667',
      'recall            0.500',
      'F1                0.571',
      'accuracy          0.571',
      'false-alarm rate  0.333',
      'kind accuracy     0.500',
      lines[11 - 1],
    ]);
    expect(lines[10]).toMatch(/^seconds +\d+\.\d$/);
    expect(lines).toContain('low            0.750   0.750  0.750');
    expect(lines).toContain('high           1.000   0.250  0.400');
    expect(lines).toContain('status           1      1           0');
    expect(lines).not.toContain('polarity         0      0           0');
    expect(lines.slice(-5)).toEqual(['miss         c3', 'miss         c4', 'false alarm  k1', 'wrong kind   c2 expected status, found polarity', '']);
  });

  it('--threshold decides by score', async () => {
    const { io, out } = harness({ 'p.jsonl': JSONL });
    expect(await runEval(['pairs', 'p.jsonl', '--threshold', '0.58', '--json'], io, pipeline)).toBe(0);
    const e = JSON.parse(out.stdout) as Record<string, unknown>;
    expect([e.threshold, e.reported, e.precision, e.falseAlarms]).toEqual([0.58, 2, 1, []]);
  });

  it.each([
    [['pairs', 'bad.jsonl'], 'gainsay eval: bad.jsonl: line 3: not valid JSON: Expected double-quoted property name in JSON at position 16\n'],
    [['pairs', 'kind.jsonl'], 'gainsay eval: kind.jsonl: line 1: kind: a kind is allowed only on a contradiction\n'],
    [['pairs', 'locked.jsonl'], 'gainsay eval: locked.jsonl: cannot read: permission denied\n'],
    [['pairs', 'p.jsonl', '--threshold', '2'], 'gainsay eval: --threshold: expected a score in [0, 1], got "2"\n'],
    [['pairs', 'p.jsonl', '--decision', 'balanced'], 'gainsay eval: unknown option --decision\n'],
    [['pairs'], 'gainsay eval: expected one pairs FILE.jsonl, got 0; usage: gainsay eval cases FILE [--threshold SCORE] [--json] | gainsay eval pairs FILE.jsonl [--threshold SCORE] [--json] | gainsay eval fnc1 DIR [--json] [--predictions OUT.csv] [--decision fnc-score|most-likely|balanced]\n'],
  ])('%j exits 2 with one line', async (args, message) => {
    const files = {
      'p.jsonl': JSONL,
      'bad.jsonl': `${JSON.stringify(TINY_PAIRS[0])}\n\n{"premise": "a",\n`,
      'kind.jsonl': '{"premise": "a", "hypothesis": "b", "label": "unknown", "kind": "actor"}\n',
    };
    const { io, out } = harness(files);
    expect(await runEval(args, io, pipeline)).toBe(2);
    expect(out.stderr).toBe(message);
    expect(out.stdout).toBe('');
  });
});
