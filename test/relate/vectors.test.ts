import { describe, expect, it } from 'vitest';
import { checkFrequencyOrder, quantise } from '../../scripts/build-vectors.js';
import { VECTOR_CODES, VECTOR_DIMENSIONS, VECTOR_WORDS } from '../../src/lexicon/word-vectors.js';
import { hasVector, similarity } from '../../src/relate/vectors.js';

describe('similarity', () => {
  it('is the cosine, symmetric, 1 for a word with itself', () => {
    expect(similarity('storm', 'storm')).toBe(1);
    expect(similarity('storm', 'hurricane')).toBe(similarity('hurricane', 'storm'));
    expect(similarity('storm', 'hurricane')).toBeGreaterThan(0.8);
    expect(similarity('Storm', 'HURRICANE')).toBe(similarity('storm', 'hurricane'));
  });

  it('rates antonyms as similar, which is why it never counts as agreement', () => {
    expect(similarity('rose', 'fell')).toBeGreaterThan(0.85);
    expect(similarity('won', 'lost')).toBeGreaterThan(0.6);
  });

  it('is low for unrelated words and undefined outside the table', () => {
    expect(similarity('cocaine', 'stadium')).toBeLessThan(0.3);
    expect(similarity('storm', 'qwertyuiop')).toBeUndefined();
    expect(hasVector('qwertyuiop')).toBe(false);
    expect(hasVector('the')).toBe(true);
  });
});

describe('the shipped vector table', () => {
  const words = VECTOR_WORDS.split('\n');

  it('holds 15,000 distinct lower-case words × 100 int8 dimensions, most frequent first', () => {
    expect(words).toHaveLength(15_000);
    expect(new Set(words).size).toBe(15_000);
    expect(words.slice(0, 5)).toEqual(['the', 'of', 'to', 'and', 'in']);
    expect(atob(VECTOR_CODES).length).toBe(15_000 * VECTOR_DIMENSIONS);
    for (const w of words) expect(w).toMatch(/^[a-z][a-z'-]*$/);
  });
});

describe('build-vectors checks', () => {
  const table = (words: string[]) => ({
    size: words.length, dimensions: 2, wordIndex: 3, words,
    vectors: Object.fromEntries(words.map((w, i) => [w, [0.1, -0.2, 0, i]])),
  });
  const ordered = ['the', 'of', 'to', 'and', 'in', 'for', 'that', 'on', 'is', 'was', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

  it('accepts a list in frequency order and rejects one that is not', () => {
    expect(checkFrequencyOrder(table(ordered))).toEqual([]);
    const shuffled = [...ordered].reverse();
    expect(checkFrequencyOrder(table(shuffled)).length).toBe(2);
    const wrongIndex = table(ordered);
    wrongIndex.vectors.of = [0, 0, 0, 7];
    expect(checkFrequencyOrder(wrongIndex)).toEqual(['index of "of" is not 1']);
  });

  it('quantises each vector by its own largest component', () => {
    expect([...quantise([0.5, -1, 0.25])]).toEqual([64, -127, 32]);
  });
});
