/**
 * ", so" before a subject and a finite verb joins two clauses (Quirk et al. 1985 § 13.18): each is a claim of its own,
 * and the first keeps its own verb ("We are not a licensed rehabilitator, so we cannot take other species"). "so"
 * with no comma, or "so many … that", joins no clause. Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const claims = (text: string) =>
  analyze({ documents: [{ id: 'a', text }] }).claims.map((c) => [c.proposition.predicate?.lemma, c.proposition.state]);

describe('", so" between two clauses', () => {
  it.each([
    ['We are not a registered charity, so we cannot accept legacies.', [['be', 'negated'], ['accept', 'negated']]],
    ['The hall is not licensed, so the club cannot sell alcohol.', [['license', 'negated'], ['sell', 'negated']]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each([
    ['The club sold so many tickets that it moved the show.', 1],
    ['The ferry was late so passengers waited.', 1],
  ])('hard negative, no comma or "so many": %s', (text, count) => {
    expect(claims(text)).toHaveLength(count);
  });
});
