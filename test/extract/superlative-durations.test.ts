/**
 * "the first ferry built in the town for sixty years", "its best result in a decade": a duration after "for" or "in"
 * that follows "first" or a superlative measures how long since the last such event (Quirk et al. 1985 § 9.59, the
 * same comparison frame as "since"), not how long this event lasted. It leaves the claim's figures; a duration of the
 * event itself stays. Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { evidenceOf } from '../helpers/two-reports.js';
import { extractClaims } from '../../src/index.js';

const figures = (text: string) =>
  extractClaims({ id: 'd', source: { name: 'The Courier' }, text, publishedAt: '2026-03-10' }).map((c) => [c.proposition.predicate?.lemma, c.quantities.map((q) => q.span.text)]);

describe('a duration after "first … for" or a superlative … in', () => {
  it('inside the subject, before the main verb, past a participle', () => {
    // The reduced relative ("built in Arnsby …") is a claim of its own: the gap leaves it too.
    expect(figures('The first ferry built in Arnsby for more than sixty years was launched on Friday.')).toEqual([['launch', []], ['build', []]]);
  });

  it('after a superlative in an appositive', () => {
    expect(figures('The choir raised £3,100 on Saturday, its best total for a decade.')).toEqual([['raise', ['£3,100']]]);
    expect(figures('Turnout reached its highest level in 20 years.')).toEqual([['reach', []]]);
  });

  it('a duration of the event itself stays (hard negatives)', () => {
    expect(figures('The first ferry sailed for three hours.')).toEqual([['sail', ['three hours']]]);
    expect(figures('Building the ferry took four years.').map(([, q]) => q)).toEqual([['four years']]);
    expect(figures('The yard built the ferry in four years.')).toEqual([['build', ['four years']]]);
  });
});

describe('reports of one launch', () => {
  const numeric = (a: string, b: string) => evidenceOf('numeric', a, b, ['2026-03-10']);

  it('the gap since the last launch does not clash with how long the build took', () => {
    expect(numeric('The first ferry built in Arnsby for more than sixty years was launched on Friday.', 'The ferry was launched on Friday. Building it took four years.')).toEqual([]);
  });

  it('two build times still clash (positive)', () => {
    expect(numeric('Building the ferry took four years, the yard said.', 'Building the ferry took six years, the owners said.')).toEqual([['four years', 'six years']]);
  });
});
