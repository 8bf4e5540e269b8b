import { describe, expect, it } from 'vitest';
import { checkFrequencyOrder, quantise } from '../../scripts/build-vectors.js';
import { VECTOR_CODES, VECTOR_DIMENSIONS, VECTOR_WORDS } from '../../src/lexicon/word-vectors.js';
import { cosineOfRows, hasVector, similarity } from '../../src/relate/vectors.js';

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

describe('rows decoded one at a time', () => {
  // Reference: the whole table decoded at once, each row scaled to unit length in float32, as a cosine reads it.
  const bytes = Int8Array.from(atob(VECTOR_CODES), (ch) => (ch.charCodeAt(0) << 24) >> 24);
  const unit = (row: number) => {
    const codes = bytes.subarray(row * VECTOR_DIMENSIONS, (row + 1) * VECTOR_DIMENSIONS);
    const norm = Math.sqrt(codes.reduce((sum, c) => sum + c * c, 0)) || 1;
    return Float32Array.from(codes, (c) => c / norm);
  };
  const cosine = (a: number, b: number) => unit(a).reduce((dot, x, d) => dot + x * unit(b)[d]!, 0);

  it('gives the cosine of the whole decoded table, whichever of the three base64 phases a row starts at', () => {
    // Rows start at byte 100·row: rows 0, 1 and 2 start at offsets 0, 1 and 2 within a 3-byte quartet.
    for (const [a, b] of [[0, 1], [1, 2], [2, 3], [14_998, 14_999], [7_001, 3], [14_999, 0]] as const) {
      expect(cosineOfRows(a, b)).toBe(cosine(a, b));
      expect(cosineOfRows(b, a)).toBe(cosine(b, a));
    }
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
