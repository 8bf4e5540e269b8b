import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bodyClaims, evaluateStance } from '../../src/eval/evaluate-stance.js';
import { readFnc1 } from '../../src/eval/fnc1-read.js';
import type { StancePair } from '../../src/eval/stance.js';
import { fakePipeline, type CallLog } from './fake-pipeline.js';
import { handModel, MAPPING_MODEL, MAPPING_ROWS } from './stance-models.js';

const MINI = fileURLToPath(new URL('../fixtures/fnc1-mini', import.meta.url));

describe('evaluateStance on the fnc1-mini fixture with the fake pipeline', () => {
  it('predicts each pair with the given model and scores against gold', () => {
    const log: CallLog = { extract: [], analyze: 0 };
    const run = evaluateStance(readFnc1(MINI), { pipeline: fakePipeline(log), model: MAPPING_MODEL });
    // 1: both body sentences match, both firm → agree. 2: the headline's "not" against the body → polarity conflict
    // → disagree. 3 and 5: one firm and one "reportedly" sentence match → discuss. 4: nothing matches → unrelated.
    expect(run.predictions).toEqual(['agree', 'disagree', 'discuss', 'unrelated', 'discuss']);
    expect([run.pairs, run.accuracy, run.fncScore, run.maxScore, run.relativeScore, run.macroF1]).toEqual([5, 1, 4.25, 4.25, 1, 1]);
    expect(run.seconds).toBeGreaterThanOrEqual(0);
    // Two bodies and five distinct headlines, each extracted once; the question headline falls back to analyze.
    expect(log.extract).toEqual(['headline-1', 'body-7', 'headline-2', 'headline-3', 'body-12', 'headline-4', 'headline-5']);
    expect(log.analyze).toBe(1);
  });

  it('applies the decision rule it is given', () => {
    // "balanced" divides each probability by √(class share). With agree at 2% of training pairs and discuss at 23%,
    // pairs 3 and 5 (agree logit 5.5 against discuss 6: e^0.5 = 1.65 < √(0.23/0.02) = 3.39) turn to agree.
    const model = handModel(MAPPING_ROWS, 'most-likely', [0.02, 0.05, 0.23, 0.7]);
    expect(evaluateStance(readFnc1(MINI), { pipeline: fakePipeline(), model }).predictions).toEqual(['agree', 'disagree', 'discuss', 'unrelated', 'discuss']);
    const balanced = evaluateStance(readFnc1(MINI), { pipeline: fakePipeline(), model, decision: 'balanced' });
    expect(balanced.predictions).toEqual(['agree', 'disagree', 'agree', 'unrelated', 'agree']);
  });

  it('predicts unlabelled pairs but scores only labelled ones, and reports progress', () => {
    const pairs: StancePair[] = readFnc1(MINI).map((p, i) => (i < 3 ? p : { headline: p.headline, bodyId: p.bodyId, body: p.body }));
    const progress: string[] = [];
    const run = evaluateStance(pairs, { pipeline: fakePipeline(), model: MAPPING_MODEL, onProgress: (done, total) => progress.push(`${done}/${total}`) });
    expect(run.predictions).toHaveLength(5);
    expect([run.pairs, run.accuracy]).toEqual([3, 1]);
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
  });
});

describe('bodyClaims', () => {
  it('reads a headline-length body as a headline (analyze when extraction finds nothing), a long body by extraction alone', () => {
    const log: CallLog = { extract: [], analyze: 0 };
    const pipeline = fakePipeline(log);
    // The fake extracts nothing from a text with "?": the one-line body falls back to one claim of the whole text.
    expect(bodyClaims('Will the ferry run again?', 'b1', pipeline).map((c) => c.text)).toEqual(['Will the ferry run again?']);
    expect(log).toEqual({ extract: ['b1'], analyze: 1 });
    const long = `Will the ferry run again? ${Array.from({ length: 40 }, () => 'word').join(' ')}`;
    expect(bodyClaims(long, 'b2', pipeline)).toEqual([]);
    expect(log).toEqual({ extract: ['b1', 'b2'], analyze: 1 });
  });
});
