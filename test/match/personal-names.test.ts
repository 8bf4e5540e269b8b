import { describe, expect, it } from 'vitest';
import { twoBearersOfOneName } from '../../src/match/personal-names.js';

describe('two full names with one family name and two given names are two people', () => {
  it.each([
    ['Serena Williams', 'Venus Williams'],
    ['the champion Dana Okafor', 'Ruth Okafor'],
    ["Tomas Berg's", 'Ingrid Berg'],
    ['Ludwig van Beethoven', 'Karl van Beethoven'],
  ])('%s / %s', (x, y) => {
    expect(twoBearersOfOneName(x, y)).toBe(true);
  });

  it.each([
    ['the family name alone', 'Williams', 'Serena Williams'],
    ['a courtesy title', 'Ms. Williams', 'Serena Williams'],
    ['an office before the family name', 'President Okafor', 'Dana Okafor'],
    ['a title before the full name', 'Judge Dana Okafor', 'Dana Okafor'],
    ['an initial', 'S. Williams', 'Serena Williams'],
    ['a clipped given name', 'Alex Brandt', 'Alexander Brandt'],
    ['two family names', 'Serena Williams', 'Venus Jones'],
    ['a common noun', 'the plant manager', 'the night manager'],
    ['a capitalised article', 'The Delta', 'The Ebro Delta'],
  ])('hard negative, %s: %s / %s', (_, x, y) => {
    expect(twoBearersOfOneName(x, y)).toBe(false);
  });
});
