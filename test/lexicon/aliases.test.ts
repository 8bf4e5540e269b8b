import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/api/analyze.js';
import { compareClaims, extractClaims } from '../../src/api/stages.js';
import { ACTOR_ALIASES } from '../../src/lexicon/actor-aliases.js';
import { HEADS_OF_STATE } from '../../src/lexicon/heads-of-state.js';
import { buildLexicon } from '../../src/lexicon/index.js';
import { COUNTRIES_BY_CONTINENT } from '../../src/lexicon/places.js';
import { placeKey } from '../../src/extract/gazetteer.js';

const actorOf = (text: string) => extractClaims({ id: 'd', text })[0]!.proposition.actor?.key;
let documents = 0;
/** Each claim from its own document, as two reports are: one writer repeating itself is never compared. */
const claim = (text: string) => extractClaims({ id: `d${++documents}`, text })[0]!;

describe('actor alias table', () => {
  it('names the leaders of every country in the gazetteer, and only gazetteer countries', () => {
    const countries = Object.values(COUNTRIES_BY_CONTINENT).flat().map(placeKey).sort();
    expect(Object.keys(HEADS_OF_STATE).sort()).toEqual(countries);
    for (const key of countries) {
      expect(HEADS_OF_STATE[key]!.length, key).toBeGreaterThan(0);
      expect(ACTOR_ALIASES[key], key).toContain(Object.values(COUNTRIES_BY_CONTINENT).flat().find((n) => placeKey(n) === key)!.toLowerCase());
    }
  });

  it('states the date it holds for and the list it comes from', () => {
    const header = readFileSync(new URL('../../src/lexicon/heads-of-state.ts', import.meta.url), 'utf8').slice(0, 1200);
    expect(header).toContain('as of 2025-06-01');
    expect(header).toContain('Chiefs of State and Cabinet Members of Foreign Governments');
  });

  it('maps no name to two actors, and every name is lower case', () => {
    const owner = new Map<string, string>();
    for (const [key, forms] of Object.entries(ACTOR_ALIASES)) {
      for (const form of forms) {
        expect(form).toBe(form.toLowerCase());
        expect(owner.get(form) ?? key, form).toBe(key);
        owner.set(form, key);
      }
    }
  });

  it.each([
    ['Modi', 'India', 'india'],
    ['Lula', 'Brazil', 'brazil'],
    ['Xi', 'China', 'china'],
    ['Merz', 'Germany', 'germany'],
    ['Sheinbaum', 'Mexico', 'mexico'],
    ['Carney', 'Canada', 'canada'],
    ['Ramaphosa', 'South Africa', 'south-africa'],
    ['Luís Montenegro', 'Portugal', 'portugal'],
  ])('"%s announced …" and "%s announced …" name one actor', (leader, country, key) => {
    expect(actorOf(`${leader} announced new tariffs on steel.`)).toBe(key);
    expect(actorOf(`${country} announced new tariffs on steel.`)).toBe(key);
  });

  it('keeps a surname that is another country\'s name for that country ("Montenegro" alone)', () => {
    expect(actorOf('Montenegro announced new tariffs on steel.')).toBe('montenegro');
  });

  it('finds a leader contradicting their own state, and not a neighbour\'s leader', () => {
    const india = claim('India did not approve the trade agreement on Monday.');
    expect(compareClaims(claim('Narendra Modi approved the trade agreement on Monday.'), india)?.kind).toBe('polarity');
    expect(compareClaims(claim('Shehbaz Sharif approved the trade agreement on Monday.'), india)).toBeNull();
  });

  it('keeps two leaders of one state two speakers', () => {
    const people = buildLexicon().people;
    expect(people.get('modi')).toBe('narendra modi');
    expect(people.get('murmu')).toBe('droupadi murmu');
    expect(people.get('lula')).toBe(people.get('luiz inacio lula da silva'));
  });

  it('still finds the seed article\'s status conflict with the complete table', () => {
    const text = readFileSync(new URL('../../examples/data/seed-article.txt', import.meta.url), 'utf8');
    expect(Object.keys(ACTOR_ALIASES).length).toBeGreaterThanOrEqual(200);
    const strong = analyze(text).conflicts.filter((c) => c.band !== 'low');
    expect(strong.map((c) => c.kind)).toEqual(['status']);
  });
});
