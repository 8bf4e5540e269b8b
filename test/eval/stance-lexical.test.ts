import { describe, expect, it } from 'vitest';
import { chooseLexical, fitLexical, vocabularyOf, type LexicalExample } from '../../scripts/calibrate-lexical.js';
import { minimiseLbfgs } from '../../scripts/fit-lbfgs.js';
import { frameTerms, framedSequence, lexicalLogits, LexicalModelSchema, shippedLexicalModel, withLogits } from '../../src/eval/stance-lexical.js';
import { explainStance } from '../../src/eval/predict-stance.js';
import { stanceSide } from '../../src/eval/stance-features.js';
import { shippedStanceModel } from '../../src/eval/stance-model.js';
import { textProfile } from '../../src/eval/stance-text.js';

const CLAIM = textProfile('The harbour tunnel will close for a month');
const terms = (report: string) => frameTerms(CLAIM, textProfile(report));

describe('frame terms of a report against a claim', () => {
  it('reads every word as its stem, numbers as #, and the marks ? : and quotes (curly ones as straight)', () => {
    expect(textProfile("Report: Velmar's scooter won't sell 19M units? \u201cHoax,\u201d says Ada Brenn").lexemes).toEqual([
      'report', ':', 'velmar', 'scooter', "won't", 'sell', '#', 'm', 'unit', '?', '"', 'hoax', '"', 'sai', 'ada', 'brenn',
    ]);
  });

  it('replaces each run of claim words by one slot and keeps the rest, marks included', () => {
    expect(framedSequence(CLAIM, textProfile('Council denies harbour tunnel will close?'))).toEqual(['council', 'deni', '_', 'will', '_', '?']);
    expect(terms('Council denies harbour tunnel will close?')).toEqual([
      'b:< council', 'b:? >', 'b:_ ?', 'b:_ will', 'b:council deni', 'b:deni _', 'b:will _', 'w:?', 'w:council', 'w:deni', 'w:will',
    ]);
  });

  it('gives no claim content word a unigram, whatever the frame', () => {
    const observed = terms('Harbour tunnel to close for a month, reports say');
    expect(observed).toEqual(['b:< _', 'b:_ for', 'b:_ report', 'b:_ to', 'b:a _', 'b:for a', 'b:report sai', 'b:sai >', 'b:to _', 'w:a', 'w:for', 'w:report', 'w:sai', 'w:to']);
    expect(observed.filter((t) => /^w:(harbour|tunnel|close|month)$/.test(t))).toEqual([]);
  });

  it('keeps quotes and colons, and words the claim does not use (a different stem is a frame word)', () => {
    expect(terms('Hoax: "harbour tunnel closure" is not real')).toEqual([
      'b:" _', 'b:" is', 'b:: "', 'b:< hoax', 'b:_ closur', 'b:closur "', 'b:hoax :', 'b:is not', 'b:not real', 'b:real >', 'w:"', 'w::', 'w:closur', 'w:hoax', 'w:is', 'w:not', 'w:real',
    ]);
  });

  it('reads the same report against another claim with other slots', () => {
    const other = frameTerms(textProfile('Council leader resigns'), textProfile('Council denies harbour tunnel will close?'));
    expect(other).toContain('w:harbour');
    expect(other).not.toContain('w:council');
  });
});

const example = (terms: string[], label: number, group: string): LexicalExample => ({ terms, offset: [Math.log(0.4), Math.log(0.2), Math.log(0.4)], label, group });
/** Invented reports: "hoax" by claims a–d always against, "reportedly" by a–c always observing, "zebra" by one claim. */
const EXAMPLES: LexicalExample[] = [
  example(['w:hoax'], 1, 'a'), example(['w:hoax'], 1, 'b'), example(['w:hoax'], 1, 'c'), example(['w:hoax'], 1, 'd'),
  example(['w:reportedli'], 2, 'a'), example(['w:reportedli'], 2, 'b'), example(['w:reportedli'], 2, 'c'),
  example(['w:zebra'], 0, 'e'), example(['w:zebra'], 0, 'e'), example(['w:zebra'], 0, 'e'), example(['w:zebra'], 0, 'e'),
  example([], 0, 'f'), example([], 0, 'g'),
];

describe('the lexical fit', () => {
  it('keeps only terms used by reports of at least minClaims distinct claims', () => {
    expect(vocabularyOf(EXAMPLES, 3)).toEqual(['w:hoax', 'w:reportedli']);
    expect(vocabularyOf(EXAMPLES, 4)).toEqual(['w:hoax']);
    expect(vocabularyOf(EXAMPLES, 1)).toEqual(['w:hoax', 'w:reportedli', 'w:zebra']);
  });

  it('is deterministic and weighs each term towards the stance it goes with', () => {
    const first = fitLexical(EXAMPLES, ['w:hoax', 'w:reportedli'], 1);
    expect(fitLexical(EXAMPLES, ['w:hoax', 'w:reportedli'], 1)).toEqual(first);
    const [hoax, reportedly] = first.weights;
    expect(hoax![1]).toBeGreaterThan(1);
    expect(hoax![1]).toBeGreaterThan(Math.max(hoax![0]!, hoax![2]!));
    expect(reportedly![2]).toBeGreaterThan(Math.max(reportedly![0]!, reportedly![1]!));
    // A stronger penalty shrinks the weights.
    expect(fitLexical(EXAMPLES, ['w:hoax', 'w:reportedli'], 30).weights[0]![1]).toBeLessThan(hoax![1]!);
  });

  it('chooses its threshold and penalty from the candidates, the same twice', () => {
    const choice = chooseLexical(EXAMPLES);
    expect([3, 5, 8]).toContain(choice.minClaims);
    expect([1, 3, 10, 30]).toContain(choice.lambda);
    expect(chooseLexical(EXAMPLES)).toEqual(choice);
  });
});

describe('lexical log-odds', () => {
  const model = LexicalModelSchema.parse({
    note: 'invented',
    classes: ['agree', 'disagree', 'discuss'],
    terms: ['w:hoax', 'w:reportedli'],
    weights: [[-1, 2, 0], [0, 0, 1.5]],
    fit: { minClaims: 3, lambda: 1, reports: 13, data: 'invented' },
  });

  it('sums the weights of the terms present and ignores unknown terms', () => {
    expect(lexicalLogits(model, ['w:hoax', 'w:reportedli', 'w:zebra'])).toEqual({ agree: -1, disagree: 2, discuss: 1.5, unrelated: 0 });
    expect(lexicalLogits(model, ['w:zebra'])).toEqual({ agree: 0, disagree: 0, discuss: 0, unrelated: 0 });
  });

  it('adds log-odds to probabilities: p(c) is proportional to p(c)·exp(logit)', () => {
    const p = withLogits({ agree: 0.5, disagree: 0.25, discuss: 0.25, unrelated: 0 }, { agree: 0, disagree: Math.log(2), discuss: 0, unrelated: 0 });
    expect(p.agree).toBeCloseTo(0.4, 10);
    expect(p.disagree).toBeCloseTo(0.4, 10);
    expect(p.discuss).toBeCloseTo(0.2, 10);
    expect(p.unrelated).toBe(0);
  });

  it('rejects a model whose rows do not match its classes', () => {
    expect(() => LexicalModelSchema.parse({ ...model, weights: [[1, 2], [0, 0, 1]] })).toThrow();
  });
});

describe('minimiseLbfgs', () => {
  it('finds the minimiser of a convex quadratic with coupled terms', () => {
    // f(x, y) = (x − 1)² + 10(y + 2)² + x·y: gradient 0 at x = 80/39, y = −82/39.
    const objective = ([x, y]: readonly number[]) => ({
      value: (x! - 1) ** 2 + 10 * (y! + 2) ** 2 + x! * y!,
      gradient: [2 * (x! - 1) + y!, 20 * (y! + 2) + x!],
    });
    const [x, y] = minimiseLbfgs(objective, [0, 0], { iterations: 100, tolerance: 1e-10 });
    expect(x).toBeCloseTo(80 / 39, 8);
    expect(y).toBeCloseTo(-82 / 39, 8);
  });
});

describe('the shipped lexical part', () => {
  const CLAIM_TEXT = 'The harbour tunnel will close for a month';
  const claim = stanceSide(CLAIM_TEXT, []);
  const report = (text: string) => stanceSide(text, []);

  it('loads, and gives a weight only to sorted, distinct terms', () => {
    const model = shippedLexicalModel();
    expect(model.terms.length).toBeGreaterThan(100);
    expect([...model.terms].sort()).toEqual(model.terms);
    expect(new Set(model.terms).size).toBe(model.terms.length);
    expect(model.fit.minClaims).toBeGreaterThanOrEqual(3);
  });

  it('adds its log-odds to the main model for a headline-length body, exactly as stance-lexical computes them', () => {
    const body = report('Council denies harbour tunnel will close? Officials call it a hoax');
    const shipped = explainStance(claim, body);
    const without = explainStance(claim, body, { lexical: null });
    const logits = lexicalLogits(shippedLexicalModel(), frameTerms(claim.profile, body.profile));
    expect(Object.values(logits).some((v) => v !== 0)).toBe(true);
    const expected = withLogits(without.probabilities, logits);
    for (const s of ['agree', 'disagree', 'discuss', 'unrelated'] as const) expect(shipped.probabilities[s]).toBeCloseTo(expected[s], 12);
    expect(shipped.probabilities.disagree).not.toBeCloseTo(without.probabilities.disagree, 6);
  });

  it('leaves a long body to the main model alone, and stays off with another main model', () => {
    const long = report(`Council denies harbour tunnel will close? ${Array.from({ length: 45 }, () => 'weather').join(' ')}`);
    expect(explainStance(claim, long).probabilities).toEqual(explainStance(claim, long, { lexical: null }).probabilities);
    const body = report('Council denies harbour tunnel will close?');
    expect(explainStance(claim, body, { model: shippedStanceModel() }).probabilities).toEqual(explainStance(claim, body, { lexical: null }).probabilities);
  });
});
