import { describe, expect, it } from 'vitest';
import { fncCredit, scoreStance } from '../../src/eval/fnc1-score.js';
import type { Stance } from '../../src/eval/stance.js';
import { GainsayError } from '../../src/model/errors.js';

describe('fncCredit (FNC-1 official weights)', () => {
  it.each<[Stance, Stance, number]>([
    ['unrelated', 'unrelated', 0.25],
    ['agree', 'agree', 1],
    ['discuss', 'disagree', 0.25],
    ['agree', 'unrelated', 0],
    ['unrelated', 'discuss', 0],
  ])('gold %s, predicted %s earns %d', (gold, predicted, credit) => {
    expect(fncCredit(gold, predicted)).toBe(credit);
  });
});

describe('scoreStance', () => {
  it('scores a small confusion computed by hand', () => {
    const gold: Stance[] = ['agree', 'agree', 'disagree', 'discuss', 'unrelated', 'unrelated', 'unrelated'];
    const predicted: Stance[] = ['agree', 'discuss', 'unrelated', 'discuss', 'unrelated', 'agree', 'unrelated'];
    const e = scoreStance(gold, predicted);
    // credits: 1 + .25 + 0 + 1 + .25 + 0 + .25; gold against itself: 1 + 1 + 1 + 1 + 3 × .25
    expect([e.pairs, e.fncScore, e.maxScore]).toEqual([7, 2.75, 4.75]);
    expect(e.relativeScore).toBeCloseTo(2.75 / 4.75, 12);
    expect(e.accuracy).toBeCloseTo(4 / 7, 12);
    // F1 = 2·tp / (predicted + gold): agree 2/4, disagree 0/1, discuss 2/3, unrelated 4/6
    expect(e.f1.agree).toBe(0.5);
    expect(e.f1.disagree).toBe(0);
    expect(e.f1.discuss).toBeCloseTo(2 / 3, 12);
    expect(e.f1.unrelated).toBeCloseTo(2 / 3, 12);
    expect(e.macroF1).toBeCloseTo((0.5 + 0 + 2 / 3 + 2 / 3) / 4, 12);
    expect(e.confusion).toEqual({
      agree: { agree: 1, disagree: 0, discuss: 1, unrelated: 0 },
      disagree: { agree: 0, disagree: 0, discuss: 0, unrelated: 1 },
      discuss: { agree: 0, disagree: 0, discuss: 1, unrelated: 0 },
      unrelated: { agree: 1, disagree: 0, discuss: 0, unrelated: 2 },
    });
  });

  it('gives null F1 for a label absent from gold and leaves it out of the macro average', () => {
    const e = scoreStance(['agree', 'unrelated'], ['disagree', 'unrelated']);
    expect(e.f1).toEqual({ agree: 0, disagree: null, discuss: null, unrelated: 1 });
    expect(e.macroF1).toBe(0.5);
    // agree → disagree is still related (.25); unrelated → unrelated .25; gold earns 1 + .25
    expect([e.fncScore, e.maxScore, e.relativeScore, e.accuracy]).toEqual([0.5, 1.25, 0.4, 0.5]);
  });

  it('uses null for every rate over no pairs', () => {
    const e = scoreStance([], []);
    expect([e.pairs, e.accuracy, e.macroF1, e.fncScore, e.maxScore, e.relativeScore]).toEqual([0, null, null, 0, 0, null]);
  });

  it('needs one prediction per gold stance', () => {
    expect(() => scoreStance(['agree'], [])).toThrow(GainsayError);
  });
});
