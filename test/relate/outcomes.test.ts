import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/api/stages.js';
import { nounOutcome, outcomeOf } from '../../src/relate/outcomes.js';

const claims = (text: string) => extractClaims({ id: 'a', text, source: 'A', publishedAt: '2025-04-02' });
const claim = (text: string) => claims(text)[0]!;
/**
 * The outcome of each count of the sentence, by the count's value, read in the claim that holds it: two coordinated
 * predicates ("killed 5 … and injured 20 …") are two claims, each with its own count.
 */
const outcomes = (text: string) => Object.fromEntries(claims(text).flatMap((c) => c.quantities.map((q) => [q.value, outcomeOf(c, q) ?? null] as const)));

describe('outcomeOf: what befell the people a count counts', () => {
  it.each([
    ['Four people were shot dead at the market.', { 4: 'death' }],
    ['Nine people died in the crash.', { 9: 'death' }],
    ['Police arrested six people after the match.', { 6: 'arrest' }],
    ['The blast killed 5 people and injured 20 others.', { 5: 'death', 20: 'injury' }],
    ['The battle left 25 militants dead and five more wounded.', { 25: 'death', 5: 'injury' }],
    ['Four people were shot at the market.', { 4: null }],
    ['The bus was carrying 45 pupils.', { 45: null }],
  ])('%s', (text, expected) => {
    expect(outcomes(text)).toEqual(expected);
  });

  it('an outcome word far from the count belongs to other people', () => {
    expect(outcomes('The council appointed nine inspectors for the agency that investigates the killings of farmers in the region.')).toEqual({
      9: null,
    });
  });
});

describe('nounOutcome: a counted noun that is itself an outcome', () => {
  it('reads arrests, deaths and injuries, and nothing of other nouns', () => {
    const q = (noun: string) => ({ value: 1, dimension: 'count', base: { from: 1, to: 1 }, bound: 'exact' as const, noun, span: { start: 0, end: 1, text: '1' } });
    expect(['arrests', 'deaths', 'injuries', 'fatalities', 'passengers'].map((n) => nounOutcome(q(n)) ?? null)).toEqual(['arrest', 'death', 'injury', 'death', null]);
  });
});

describe('outcomeOf: lives ended by the verb (FrameNet Death and Killing idioms)', () => {
  it.each([
    ['Six skiers lost their lives in the avalanche.', { 6: 'death' }],
    ['The fire claimed the lives of 21 workers.', { 21: 'death' }],
    ['The crash claimed 87 lives.', { 87: 'death' }],
    ['Lifeguards saved 30 lives at the beach.', { 30: null }],
    ['The charity changed 200 lives in the town.', { 200: null }],
  ])('%s', (text, expected) => {
    expect(outcomes(text)).toEqual(expected);
  });

  it('nounOutcome reads a count of lives as deaths only under a verb that ends them', () => {
    const lives = (text: string) => {
      const c = claim(text);
      return c.quantities.map((q) => nounOutcome(q, undefined, c) ?? null);
    };
    expect(lives('The crash claimed 87 lives.')).toEqual(['death']);
    expect(lives('Lifeguards saved 30 lives at the beach.')).toEqual([null]);
  });
});
