/**
 * A unit sign that closes a figure ("16%") is part of the figure, not punctuation: a proposition cut before a trailing
 * attribution (", the agent said") or at the end of a subordinate clause keeps it, so the figure keeps its unit (issues
 * 10 and 11). Hard negatives: real punctuation before the attribution is still left out. Sentences invented for this
 * file.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const only = (text: string) => {
  const claims = extractClaims({ id: 'd', source: 'S', text });
  expect(claims).toHaveLength(1);
  return claims[0]!;
};

describe('a percent sign before a trailing attribution stays with its figure', () => {
  it.each([
    ['Rents rose 16%, the agent said.', 'Rents rose 16%', '16%'],
    ['Turnout was 62%, officials said.', 'Turnout was 62%', '62%'],
  ])('%s', (text, proposition, figure) => {
    const claim = only(text);
    expect(claim.proposition.span.text).toBe(proposition);
    expect(claim.quantities.map((q) => [q.span.text, q.dimension, q.unit])).toEqual([[figure, 'percent', '%']]);
  });
});

describe('hard negatives: punctuation before the attribution is no part of the proposition', () => {
  it.each([
    ['Rents rose sharply, the agent said.', 'Rents rose sharply'],
    ['Turnout was 62 percent, officials said.', 'Turnout was 62 percent'],
  ])('%s', (text, proposition) => {
    expect(only(text).proposition.span.text).toBe(proposition);
  });
});

describe('a percent sign closing a subordinate clause stays with its figure', () => {
  it('keeps the unit of the clause-final figure', () => {
    const claims = extractClaims({ id: 'd', source: 'S', text: 'The bakery will shut because its landlord raised the rent by 45%.' });
    const raised = claims.find((c) => c.proposition.predicate?.lemma === 'raise');
    expect(raised?.proposition.span.text).toBe('its landlord raised the rent by 45%');
    expect(raised?.quantities.map((q) => [q.span.text, q.dimension])).toEqual([['45%', 'percent']]);
  });
});
