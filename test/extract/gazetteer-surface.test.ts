import { describe, expect, it } from 'vitest';
import { buildGazetteer, surfaceKey } from '../../src/extract/gazetteer.js';
import { tokenize } from '../../src/segment/tokens.js';
import { ADMIN_DIVISIONS } from '../../src/lexicon/places-admin.js';
import { CITIES, DIVISIONS } from '../../src/lexicon/places-subnational.js';
import { COUNTRIES_BY_CONTINENT, PLACE_ALIASES, REGIONS } from '../../src/lexicon/places.js';

/** What surfaceKey promises: the lower-cased token sequence that tokenize reads from running text. */
const viaTokens = (name: string) => tokenize(name).map((t) => t.lower).join(' ');

describe('surfaceKey (the gazetteer key of a written name)', () => {
  it.each([
    ['Lisbon', 'lisbon'],
    ['New South Wales', 'new south wales'],
    ['Saint-Denis', 'saint-denis'],
    ["Côte d'Ivoire", "côte d'ivoire"],
    ['St. Petersburg', 'st. petersburg'],
    ['Washington, D.C.', 'washington , d.c.'],
    ['New  York', 'new york'],
  ])('%s → %s, the same as tokenize gives', (name, key) => {
    expect(surfaceKey(name)).toBe(key);
    expect(surfaceKey(name)).toBe(viaTokens(name));
  });

  it('agrees with tokenize on every written name of the shipped gazetteer', () => {
    const written = [
      ...REGIONS.map(([name]) => name),
      ...[COUNTRIES_BY_CONTINENT, PLACE_ALIASES, DIVISIONS, CITIES, ADMIN_DIVISIONS].flatMap((table) => Object.values(table).flat()),
    ];
    expect(written.length).toBeGreaterThan(3000);
    const differing = written.filter((name) => surfaceKey(name) !== viaTokens(name));
    expect(differing).toEqual([]);
  });

  it('keys the caller\'s places like the shipped ones', () => {
    const { names } = buildGazetteer({ 'x-land': ['Port Mora', 'Bel-Air', 'São Tomé'] });
    expect(names.get('port mora')?.key).toBe('port-mora');
    expect(names.get('são tomé')?.key).toBe('sao-tome');
    expect(names.get('bel-air')?.key).toBe('bel-air');
  });
});
