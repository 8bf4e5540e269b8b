/**
 * "took the title by less than a minute", "finished with 11 minutes to spare": a duration after "by" or before "to
 * spare" is a margin (Quirk et al. 1985 § 9.58), compared only with another margin, never with how long an act took.
 * Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { evidenceOf } from '../helpers/two-reports.js';
import { extractClaims } from '../../src/index.js';

const dims = (text: string) => extractClaims({ id: 'd', source: { name: 'The Courier' }, text }).flatMap((c) => c.quantities.map((q) => [q.span.text, q.dimension]));
const numeric = (a: string, b: string) => evidenceOf('numeric', a, b);

describe('a margin', () => {
  it('is read as a margin', () => {
    expect(dims('Ellen Voss won the title by less than a minute.')).toEqual([['less than a minute', 'margin']]);
    expect(dims('The team finished both puzzles with 11 minutes to spare.')).toEqual([['11 minutes', 'margin']]);
    expect(dims('Price finished two seconds ahead of the champion.')).toEqual([['two seconds', 'margin']]);
  });

  it('does not clash with the time taken', () => {
    expect(numeric('Ellen Voss won the title, finishing the puzzle in 58 minutes.', 'Ellen Voss won the title by less than a minute.')).toEqual([]);
  });

  it('two margins still clash, and two times taken (positives)', () => {
    expect(numeric('Ellen Voss won the final by two minutes.', 'Ellen Voss won the final by ten seconds.')).toEqual([['two minutes', 'ten seconds']]);
    expect(numeric('Ellen Voss finished the puzzle in 58 minutes.', 'Ellen Voss finished the puzzle in 75 minutes.')).toEqual([['58 minutes', '75 minutes']]);
  });
});
