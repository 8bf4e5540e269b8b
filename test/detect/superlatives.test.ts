/**
 * A definite superlative names one holder in its class: two different subjects of "the deepest lake in the world"
 * contradict (an actor clash, as two holders of one office). Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { superlativeRole } from '../../src/detect/superlatives.js';
import { oneClash, reportedBetween } from '../helpers/two-reports.js';

describe('superlativeRole', () => {
  it.each([
    ['Lake Orla is the deepest lake in the world.', { role: 'deepest lake', of: 'world' }],
    ['Veloria is the largest country of the region.', { role: 'largest country', of: 'region' }],
    ['Tarvik is the most populous city of Veloria.', { role: 'most populous city', of: 'veloria' }],
    ['Mount Arde is the biggest peak.', { role: 'biggest peak', of: '' }],
  ])('%s', (text, expected) => {
    expect(superlativeRole(text)).toMatchObject(expected);
  });

  it('needs a gradable base: "-est" nouns and adjectives without one are no superlatives', () => {
    expect(superlativeRole('The forest road was closed.')).toBeUndefined();
    expect(superlativeRole('Norway was the honest broker in the talks.')).toBeUndefined();
    expect(superlativeRole('The interest rate rose.')).toBeUndefined();
  });
});

describe('two holders of one superlative', () => {
  it('two names for "the deepest lake in the world" clash on who holds it', () => {
    expect(reportedBetween('Lake Orla, in the north, is the deepest lake in the world.', 'Lake Tamsin is the deepest lake in the world.')).toEqual(oneClash('actor'));
  });

  it('"the most populous city of Veloria" held by two cities', () => {
    expect(reportedBetween('Tarvik is the most populous city of Veloria.', 'Ostrand is the most populous city of Veloria.')).toEqual(oneClash('actor'));
  });

  it('different classes, different superlatives, one holder, or another tense are no clash', () => {
    expect(reportedBetween('Lake Orla is the deepest lake in Asia.', 'Lake Tamsin is the deepest lake in Africa.')).toEqual([]);
    expect(reportedBetween('Lake Orla is the deepest lake in the world.', 'Lake Tamsin is the oldest lake in the world.')).toEqual([]);
    expect(reportedBetween('Lake Orla is the deepest lake in the world.', 'Lake Orla is the oldest lake in the world.')).toEqual([]);
    expect(reportedBetween('The Arde Tower was the tallest building in the world.', 'The Vale Tower is the tallest building in the world.')).toEqual([]);
  });
});
