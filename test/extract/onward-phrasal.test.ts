import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { clashes } from '../helpers/two-reports.js';

/** "go on to …" moves on to a new stage (Cambridge), it does not mean "continue". Invented sentences. */
const lemma = (text: string) => extractClaims({ id: 'd', text, source: 'Wire' })[0]?.proposition.predicate?.lemma;

describe('"go on" before "to"', () => {
  it('before "to" it keeps its own verb', () => {
    expect(lemma('Ada Lind now goes on to the national championships in Leeds.')).toBe('go');
  });
  it('without "to" it still means continue', () => {
    expect(lemma('The dispute went on for a week.')).toBe('continue');
  });
  it('finishing a round and going on to the next stage is no opposition (hard negative)', () => {
    expect(clashes('Ada Lind finished the 1,000-piece puzzle in 71 minutes.', 'Ada Lind now goes on to the national championships in Leeds.', ['2026-04-04'])).toEqual([]);
  });
});
