import { describe, expect, it } from 'vitest';
import { compareClaims, extractClaims, type Claim } from '../../src/index.js';
import { buildGazetteer } from '../../src/extract/gazetteer.js';

const one = (id: string, text: string): Claim => {
  const claims = extractClaims({ id, text, source: id.toUpperCase() });
  expect(claims).toHaveLength(1);
  return claims[0]!;
};
const compare = (x: string, y: string) => compareClaims(one('a', x), one('b', y));
const places = (text: string) => one('a', text).places.map((p) => `${p.name}:${p.role}:${p.within[0] ?? '-'}`);
const strength = (c: ReturnType<typeof compare>) => c?.factors.find((f) => f.name === 'strength')?.value;

// Places named through a place noun ("the city of X", "the X district of Y") and first-level divisions (ISO 3166-2).
describe('place extraction: divisions and place nouns', () => {
  it('a first-level division is a place inside its country, with the role of its preposition past direction words', () => {
    expect(places('Gunmen attacked a convoy in northern Zamfara state on Sunday.')).toEqual(['Zamfara:at:nigeria']);
  });

  it('"the city of X in southern Y": the unknown town is at, inside the country the text names', () => {
    expect(places('The mayor opened a bridge in the city of Tarnow in southern Poland.')).toEqual(['Tarnow:at:poland', 'Poland:at:europe']);
  });

  it('"in the X district of Y state": the district is at, inside the state', () => {
    expect(places('Troops cleared a road in the Gusau district of Zamfara state.')).toEqual(['Gusau:at:zamfara', 'Zamfara:at:nigeria']);
  });

  it('"off the coast of X" places X at', () => {
    expect(places('A cargo ship sank off the coast of Mersin.')).toEqual(['Mersin:at:turkey']);
  });

  it('a division named only by common words is not in the gazetteer ("Central", "Delta"); one with a proper name is', () => {
    const { names, within } = buildGazetteer();
    expect(names.has('central')).toBe(false);
    expect(names.has('delta')).toBe(false);
    expect(within.get(names.get('borno')!.key)).toEqual(['nigeria', 'africa', 'west-africa']);
  });
});

describe('location: divisions and towns named through place nouns', () => {
  it('two states of one country for one attack clash at full strength', () => {
    const c = compare('Bandits killed 12 farmers in Zamfara state on Sunday.', 'Bandits killed 12 farmers in Katsina state on Sunday.');
    expect(c?.kind).toBe('location');
    expect(strength(c)).toBe(0.85);
    expect(c?.band).not.toBe('low');
  });

  it('a district of the state is no clash (containment)', () => {
    expect(compare('Bandits killed 12 farmers in the Gusau district of Zamfara state on Sunday.', 'Bandits killed 12 farmers in Zamfara state on Sunday.')).toBeNull();
  });

  it('the country named beside a town accounts for no other town of it: "the city of Tartu in Estonia" vs "Tallinn"', () => {
    const c = compare('The two ministers signed the trade accord in the city of Tartu in Estonia on Friday.', 'The two ministers signed the trade accord in Tallinn on Friday.');
    expect(c?.kind).toBe('location');
    expect(strength(c)).toBe(0.85);
  });

  it('the same town with and without its country is no clash', () => {
    expect(compare('The two ministers signed the trade accord in the city of Tartu in Estonia on Friday.', 'The two ministers signed the trade accord in Tartu on Friday.')).toBeNull();
  });

  it('"off the coast of" two towns of one country clash; the town and its country do not', () => {
    const c = compare('Coastguards rescued 40 migrants off the coast of Sfax, Tunisia, on Monday.', 'Coastguards rescued 40 migrants off the coast of Tunis on Monday.');
    expect(c?.kind).toBe('location');
    expect(compare('Coastguards rescued 40 migrants off the coast of Sfax, Tunisia, on Monday.', 'Coastguards rescued 40 migrants off Tunisia on Monday.')).toBeNull();
  });

  it('two different acts in two states are no location conflict', () => {
    expect(compare('Bandits killed 12 farmers in Zamfara state on Sunday.', 'Soldiers freed 40 hostages in Katsina state on Sunday.')?.kind).not.toBe('location');
  });
});

describe('location: "took place" is one event with "was held"', () => {
  it('the subject of "took place" is its theme, with no actor; "took the place of" keeps its actor', () => {
    const idiom = one('a', 'The peace conference took place in Geneva on Tuesday.').proposition;
    expect([idiom.actor?.text, idiom.theme?.text]).toEqual([undefined, 'The peace conference']);
    const literal = one('a', 'The deputy took the place of the minister on Tuesday.').proposition;
    expect(literal.actor?.text).toBe('The deputy');
  });

  it('"was held in Geneva" vs "took place in Vienna" is a location conflict', () => {
    const c = compare('The peace conference was held in Geneva on Tuesday.', 'The peace conference took place in Vienna on Tuesday.');
    expect(c?.kind).toBe('location');
    expect(strength(c)).toBe(0.85);
    expect(c?.band).not.toBe('low');
  });

  it('the same place, or a place and its country, told with the two verbs is no conflict', () => {
    expect(compare('The peace conference was held in Geneva on Tuesday.', 'The peace conference took place in Geneva on Tuesday.')).toBeNull();
    expect(compare('The peace conference took place in Geneva on Tuesday.', 'The peace conference was held in Switzerland on Tuesday.')).toBeNull();
  });
});

describe('location: a place named as what a synonymous act chose', () => {
  it('"selected Denver as the host city" vs "chose Phoenix as the host city" (WordNet synonyms) is a location conflict', () => {
    const c = compare('The league selected Denver as the host city.', 'The league chose Phoenix as the host city.');
    expect(c?.kind).toBe('location');
    expect(strength(c)).toBe(0.5);
  });

  it('the same city chosen, and a city in another act, are no location conflict', () => {
    expect(compare('The league selected Denver as the host city.', 'The league chose Denver as the host city.')).toBeNull();
    expect(compare('The league selected Denver as the host city.', 'The league praised Phoenix as a host city.')?.kind).not.toBe('location');
  });
});
