import { describe, expect, it } from 'vitest';
import { CERTAINTY_LEVELS, extractClaims, type Claim } from '../../src/index.js';

const only = (text: string): Claim => {
  const claims = extractClaims({ id: 'd', text, source: 'Wire' });
  expect(claims).toHaveLength(1);
  return claims[0]!;
};
const rank = (c: Claim) => CERTAINTY_LEVELS.indexOf(c.certainty.level);

describe('claim state', () => {
  it('affirmed', () => {
    const [main, after] = extractClaims({ id: 'd', text: 'The president declined to comment after the summit ended.', source: 'Wire' });
    expect(main?.proposition.state).not.toBe('negated');
    expect([after?.proposition.predicate?.lemma, after?.proposition.state, after?.mainClaimId]).toEqual(['end', 'affirmed', main?.id]);
    const q = only('The contractor allegedly stole the funds.').proposition;
    expect({ state: q.state, negated: q.negated, predicate: q.predicate }).toEqual({
      state: 'affirmed', negated: false, predicate: { lemma: 'steal', text: 'stole', span: { start: 25, end: 30, text: 'stole' } },
    });
  });

  it.each([
    ['negated', 'The president will not attend the summit.', { start: 19, end: 29, text: 'not attend' }, 'attend'],
    ['pending', 'The ministry has not yet confirmed the deal.', { start: 17, end: 34, text: 'not yet confirmed' }, 'confirm'],
    ['pending', 'The board is still weighing the offer.', { start: 19, end: 27, text: 'weighing' }, 'weigh'],
    ['pending', 'The council has yet to decide on the budget.', { start: 12, end: 22, text: 'has yet to' }, 'decide'],
    ['refused', 'The president refused to attend the summit.', { start: 14, end: 21, text: 'refused' }, 'refuse'],
    ['refused', 'The union rejected the offer.', { start: 10, end: 18, text: 'rejected' }, 'reject'],
    ['negated', 'The company has no plans to sell the factory.', { start: 16, end: 32, text: 'no plans to sell' }, 'sell'],
  ])('%s: %s', (state, text, stateCue, lemma) => {
    const p = only(text).proposition;
    expect({ state: p.state, stateCue: p.stateCue, lemma: p.predicate?.lemma }).toEqual({ state, stateCue, lemma });
  });

  it('a negated claim carries negated true; a refusal does not', () => {
    expect(only('The president will not attend the summit.').proposition.negated).toBe(true);
    expect(only('The president refused to attend the summit.').proposition.negated).toBe(false);
  });

  it('a refusal keeps the wrapped proposition as inner', () => {
    expect(only('The president refused to attend the summit.').proposition.inner).toEqual({ lemma: 'attend', text: 'attend', span: { start: 25, end: 31, text: 'attend' } });
  });
});

describe('certainty', () => {
  it('author voice is asserted', () => {
    expect(only('The bridge will close in June.').certainty.level).toBe('asserted');
  });

  it('"reportedly" lowers author voice to reported', () => {
    const c = only('The bridge will reportedly close in June.');
    expect(c.certainty.level).toBe('reported');
    expect(c.certainty.value).toBeLessThan(only('The bridge will close in June.').certainty.value);
  });

  it('"allegedly" ranks below "reportedly"', () => {
    expect(rank(only('The contractor allegedly stole the funds.'))).toBeLessThan(rank(only('The contractor reportedly stole the funds.')));
  });

  it('a named holder is held more firmly than an anonymous one at the same level', () => {
    const named = only('The mayor said that the bridge will close in June.').certainty;
    const anonymous = only('Officials said the bridge will close in June.').certainty;
    expect([named.level, anonymous.level]).toEqual(['reported', 'reported']);
    expect(named.value).toBeGreaterThan(anonymous.value);
  });

  it('confirmed is top, a denial is held as firmly as an assertion (of the negation), claimed is doubted', () => {
    expect(only('The mayor confirmed that the bridge will close in June.').certainty.level).toBe('confirmed');
    const denial = only('The mayor denied that the bridge will close in June.');
    expect(denial.certainty.level).toBe('asserted');
    expect(denial.attribution.stance).toBe('denied');
    expect(only('The mayor claimed that the bridge will close in June.').certainty.level).toBe('doubted');
  });
});

describe('a negator after its verb', () => {
  it('gives a state cue from the verb to the negator, in text order', async () => {
    const { analyze } = await import('../../src/api/analyze.js');
    // A garbled 'not' as fuzzing produced it: the negator 'no' follows the predicate 'had'.
    const text = 'Protesters had no t yet rejected the offer.';
    const cues = analyze(text).claims.map((c) => c.proposition.stateCue).filter((s) => s !== undefined);
    for (const cue of cues) {
      expect(cue!.start).toBeLessThanOrEqual(cue!.end);
      expect(cue!.text).toBe(text.slice(cue!.start, cue!.end));
    }
    expect(cues.map((c) => c!.text)).toEqual(['had no']);
  });
});
