import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateStance } from '../../src/eval/evaluate-stance.js';
import { readFnc1 } from '../../src/eval/fnc1-read.js';
import type { StancePair } from '../../src/eval/stance.js';
import { STANCE_THRESHOLDS } from '../../src/eval/stance-thresholds.js';
import { fakePipeline, type CallLog } from './fake-pipeline.js';

const MINI = fileURLToPath(new URL('../fixtures/fnc1-mini', import.meta.url));

describe('evaluateStance on the fnc1-mini fixture with the fake pipeline', () => {
  it('predicts each pair and scores against gold', () => {
    const log: CallLog = { extract: [], analyze: 0 };
    const run = evaluateStance(readFnc1(MINI), { pipeline: fakePipeline(log) });
    // Headline 3 and 5 match one firm and one hedged body sentence each: share 0.5 → agree (gold: discuss).
    expect(run.predictions).toEqual(['agree', 'disagree', 'agree', 'unrelated', 'agree']);
    expect([run.pairs, run.accuracy, run.fncScore, run.maxScore]).toEqual([5, 0.6, 2.75, 4.25]);
    expect(run.f1).toEqual({ agree: 0.5, disagree: 1, discuss: 0, unrelated: 1 });
    expect(run.macroF1).toBe(0.625);
    expect(run.seconds).toBeGreaterThanOrEqual(0);
    // Two bodies and five distinct headlines, each extracted once; the question headline falls back to analyze.
    expect(log.extract).toEqual(['headline-1', 'body-7', 'headline-2', 'headline-3', 'body-12', 'headline-4', 'headline-5']);
    expect(log.analyze).toBe(1);
  });

  it('takes refitted thresholds', () => {
    const run = evaluateStance(readFnc1(MINI), { pipeline: fakePipeline(), thresholds: { ...STANCE_THRESHOLDS, agreeShare: 0.75 } });
    expect(run.predictions).toEqual(['agree', 'disagree', 'discuss', 'unrelated', 'discuss']);
    expect([run.accuracy, run.relativeScore, run.macroF1]).toEqual([1, 1, 1]);
  });

  it('predicts unlabelled pairs but scores only labelled ones, and reports progress', () => {
    const pairs: StancePair[] = readFnc1(MINI).map((p, i) => (i < 3 ? p : { headline: p.headline, bodyId: p.bodyId, body: p.body }));
    const progress: string[] = [];
    const run = evaluateStance(pairs, { pipeline: fakePipeline(), onProgress: (done, total) => progress.push(`${done}/${total}`) });
    expect(run.predictions).toHaveLength(5);
    expect([run.pairs, run.accuracy]).toEqual([3, 2 / 3]);
    expect(progress).toEqual(['1/5', '2/5', '3/5', '4/5', '5/5']);
  });

  it('extracts each body and headline once over a FNC-1-sized run', () => {
    const BODIES = 435;
    const HEADLINES = 893;
    const PAIRS = 12_569;
    const pairs: StancePair[] = Array.from({ length: PAIRS }, (_, i) => ({
      headline: `Headline number ${i % HEADLINES} about topic${(i % HEADLINES) % 7}`,
      bodyId: String(i % BODIES),
      body: `Body ${i % BODIES} discusses topic${(i % BODIES) % 5}. It was reportedly confirmed.`,
      stance: 'unrelated',
    }));
    const log: CallLog = { extract: [], analyze: 0 };
    const run = evaluateStance(pairs, { pipeline: fakePipeline(log) });
    expect(log.extract).toHaveLength(BODIES + HEADLINES);
    expect(run.pairs).toBe(PAIRS);
    expect(run.seconds).toBeLessThan(10);
  });
});
