import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { vowelVariants } from '../../src/detect/place-spellings.js';

const locationConflicts = (a: string, b: string) =>
  analyze({ documents: [{ id: 'a', text: a }, { id: 'b', text: b }] }).conflicts.filter((c) => c.kind === 'location').map((c) => c.kind);

describe('vowelVariants: one vowel apart in a name of five letters or more', () => {
  it.each([
    ['darsana', 'dersana', true],
    ['benghazi', 'banghazi', true],
    ['darsana', 'darsana', false],
    ['darsana', 'darpana', false],
    ['mali', 'mila', false],
    ['tarsu', 'tarsi', true],
    ['darsanai', 'darsana', false],
    ['qusayr', 'qusair', true],
  ])('%s / %s → %s', (x, y, expected) => {
    expect(vowelVariants(x, y)).toBe(expected);
  });
});

describe('detectLocation: a place name romanised two ways is one place', () => {
  it('"fighting in Darsana" vs "fighting in Dersana" (two unknown names one vowel apart): no location conflict', () => {
    expect(locationConflicts('Heavy fighting broke out in Darsana on Monday.', 'Heavy fighting broke out in Dersana on Monday.')).toEqual([]);
  });

  it('"in Benghazi" vs "in Banghazi", a city and the district named after it: no location conflict', () => {
    expect(locationConflicts('Militias clashed in Benghazi on Friday.', 'Militias clashed in Banghazi on Friday.')).toEqual([]);
  });

  it('"in Darsana" vs "in Dersana" with a named country after each: no location conflict', () => {
    expect(locationConflicts('Heavy fighting broke out in Darsana, Syria, on Monday.', 'Heavy fighting broke out in Dersana, Syria, on Monday.')).toEqual([]);
  });

  it('hard negative: two places the gazetteer knows in different regions stay a clash ("Kenya" / "Konya")', () => {
    expect(locationConflicts('The bus crashed in Kenya on Monday.', 'The bus crashed in Konya on Monday.')).toHaveLength(1);
  });

  it('hard negative: a consonant changed is another name ("Darsana" / "Darpana")', () => {
    expect(locationConflicts('Heavy fighting broke out in Darsana on Monday.', 'Heavy fighting broke out in Darpana on Monday.')).toHaveLength(1);
  });
});
