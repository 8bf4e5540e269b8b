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

describe('a full name with its middle names left out is one person', () => {
  it.each([
    ['a middle name', 'Igor Nerin Volkov', 'Igor Volkov'],
    ['a middle initial', 'Dana K. Okafor', 'Dana Okafor'],
    ['two middle names', 'Anna Maria Luisa Ferro', 'Anna Ferro'],
  ])('%s: %s / %s', (_, x, y) => {
    expect(twoBearersOfOneName(x, y)).toBe(false);
    expect(twoBearersOfOneName(y, x)).toBe(false);
  });

  it.each([
    ['two different middle names', 'Mary Ann Smith', 'Mary Beth Smith'],
    ['another given name before the middle name', 'Igor Nerin Volkov', 'Pavel Volkov'],
    ['a longer name with another given name', 'Pavel Nerin Volkov', 'Igor Volkov'],
  ])('still two, %s: %s / %s', (_, x, y) => {
    expect(twoBearersOfOneName(x, y)).toBe(true);
  });
});
