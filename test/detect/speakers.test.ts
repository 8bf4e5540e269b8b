import { describe, expect, it } from 'vitest';
import { compareClaims, extractClaims, type Claim } from '../../src/index.js';
import { distinguishable, hasName } from '../../src/detect/speakers.js';
import { buildLexicon } from '../../src/lexicon/index.js';

const one = (id: string, text: string): Claim => {
  const claims = extractClaims({ id, text, source: id.toUpperCase() });
  expect(claims).toHaveLength(1);
  return claims[0]!;
};

describe('speakers: attribution needs two names, otherwise near-identical quotes are a misquote', () => {
  it.each([
    ['Peskov', true],
    ['director Anna Gerber', true],
    ['The ministry', false],
    ["the network's director", false],
    ['she', false],
  ])('hasName(%j) is %j', (holder, expected) => {
    expect(hasName(holder)).toBe(expected);
  });

  it('two named speakers can be told apart; a role and a name cannot', () => {
    expect(distinguishable('Anna Gerber', 'Tomas Berg', buildLexicon())).toBe(true);
    expect(distinguishable("the network's director", 'Anna Gerber', buildLexicon())).toBe(false);
  });

  it('the same words credited to two named people are an attribution conflict', () => {
    const c = compareClaims(
      one('a', '"We will rebuild every school," said Mayor Ines Duarte.'),
      one('b', '"We will rebuild every school," said Governor Paulo Reis.'),
    );
    expect(c?.kind).toBe('attribution');
  });

  it('one person titled two ways is no attribution conflict', () => {
    const c = compareClaims(
      one('a', '"We will rebuild every school," said Mayor Ines Duarte.'),
      one('b', '"We will rebuild every school," said city leader Ines Duarte.'),
    );
    expect(c).toBeNull();
  });

  it('near-identical words from a role and a named person are a quote conflict, not an attribution one', () => {
    const c = compareClaims(
      one('a', '"We will rebuild every school by June," the city\'s mayor said.'),
      one('b', '"We will rebuild every school by July," Ines Duarte said.'),
    );
    // The month inside the quote is also a date clash (yearless June vs July); either way it is no attribution one.
    expect(c?.kind).not.toBe('attribution');
    expect([c?.kind, ...(c?.also ?? [])]).toContain('quote');
  });
});
