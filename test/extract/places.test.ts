import { describe, expect, it } from 'vitest';
import { extractPlaces } from '../../src/extract/places.js';
import { PlaceSchema, type Place } from '../../src/model/claim.js';
import { tokenize } from '../../src/segment/tokens.js';

const doc = (text: string) => ({ text, view: text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/[–—]/g, '-') });
const sp = (start: number, text: string) => ({ start, end: start + text.length, text });
const places = (text: string) => {
  const d = doc(text);
  const range = { start: 0, end: text.length };
  return extractPlaces(d, range, tokenize(d.view, range));
};
const place = (name: string, key: string, role: Place['role'], within: string[], start: number): Place => ({ name, key, role, within, span: sp(start, name) });

const RUSSIA = ['russia', 'europe', 'asia'];
const TURKEY_UP = ['asia', 'middle-east', 'europe'];

type Case = [string, Place[]];

const positives: Case[] = [
  ['Ballots were counted in Tartu, Estonia, overnight.', [
    place('Tartu', 'tartu', 'at', ['estonia', 'europe', 'baltics'], 24),
    place('Estonia', 'estonia', 'mention', ['europe', 'baltics'], 31),
  ]],
  ['Fans gathered in Kreuzberg, Berlin.', [
    place('Kreuzberg', 'kreuzberg', 'at', ['berlin', 'germany', 'europe'], 17),
    place('Berlin', 'berlin', 'mention', ['germany', 'europe'], 28),
  ]],
  ['Stalls opened in Derby, Leeds, Paris.', [
    place('Derby', 'derby', 'at', [], 17),
    place('Leeds', 'leeds', 'mention', ['england', 'united-kingdom', 'europe'], 24),
    place('Paris', 'paris', 'mention', ['france', 'europe'], 31),
  ]],
  // A list closed by "and" gives every member the preposition's role (coordination, Quirk et al. 1985 § 13.21).
  ['Stalls opened in Derby, Leeds and York.', [
    place('Derby', 'derby', 'at', [], 17),
    place('Leeds', 'leeds', 'at', ['england', 'united-kingdom', 'europe'], 24),
    place('York', 'york', 'at', [], 34),
  ]],
  ['Putin spoke from St. Petersburg, not Moscow.', [
    place('St. Petersburg', 'st-petersburg', 'from', RUSSIA, 17),
    place('Moscow', 'moscow', 'mention', RUSSIA, 37),
  ]],
  ['Talks in Istanbul, Turkey, ended.', [
    place('Istanbul', 'istanbul', 'at', ['turkey', ...TURKEY_UP], 9),
    place('Turkey', 'turkey', 'mention', TURKEY_UP, 19),
  ]],
  ['Turkish officials flew to the United States.', [place('United States', 'united-states', 'to', ['north-america'], 30)]],
  ['Let us meet the US envoy.', [place('US', 'united-states', 'mention', ['north-america'], 16)]],
  ["Russia's army entered Crimea.", [
    place('Russia', 'russia', 'mention', ['europe', 'asia'], 0),
    place('Crimea', 'crimea', 'mention', ['ukraine', 'europe'], 22),
  ]],
  ['He was born in Derby and moved to Nottingham.', [
    place('Derby', 'derby', 'at', [], 15),
    place('Nottingham', 'nottingham', 'to', ['england', 'united-kingdom', 'europe'], 34),
  ]],
  ['Judges in The Hague ruled.', [place('The Hague', 'the-hague', 'at', ['netherlands', 'europe'], 10)]],
  ['Shelling near Bakhmut in the Donbas.', [
    place('Bakhmut', 'bakhmut', 'at', ['donbas', 'ukraine', 'europe'], 14),
    place('Donbas', 'donbas', 'at', ['ukraine', 'europe'], 29),
  ]],
  ['Flights into Rio de Janeiro and New York City resumed.', [
    place('Rio de Janeiro', 'rio-de-janeiro', 'to', ['brazil', 'south-america', 'latin-america'], 13),
    place('New York City', 'new-york', 'to', ['united-states', 'north-america'], 32),
  ]],
  ['Crowds gathered outside Kyiv’s city hall.', [place('Kyiv', 'kyiv', 'at', ['ukraine', 'europe'], 24)]],
  ['Officials in the Middle East and the Gulf met.', [
    place('Middle East', 'middle-east', 'at', ['asia'], 17),
    place('Gulf', 'gulf', 'mention', ['middle-east', 'asia'], 37),
  ]],
  ['The convoy drove from Port Augusta to Kiev.', [
    place('Port Augusta', 'port augusta', 'from', [], 22),
    place('Kiev', 'kyiv', 'to', ['ukraine', 'europe'], 38),
  ]],
];

// Months, institutions, demonyms, person names, news agencies, common nouns, words with no preposition.
const negatives: string[] = [
  "In May, at the Senate, in Russian, from Putin, from Reuters, in Monday's vote.",
  'A turkey dinner and a china plate.',
  'Derby won the cup and Chelsea lost.',
  'The convoy reached Port Augusta.',
  'Russian and Turkish envoys met.',
  'Let us go to them now.',
];

describe('extractPlaces', () => {
  it.each(positives)('%s', (text, expected) => {
    const got = places(text);
    expect(got).toEqual(expected);
    for (const p of got) expect(PlaceSchema.parse(p)).toEqual(p);
  });

  it.each(negatives)('finds no place in %s', (text) => {
    expect(places(text)).toEqual([]);
  });

  it('reads only the range it is given, with absolute offsets', () => {
    const text = 'Rain in Oslo. Sun in Rome.';
    const d = doc(text);
    const range = { start: 14, end: text.length };
    expect(extractPlaces(d, range, tokenize(d.view, range))).toEqual([place('Rome', 'rome', 'at', ['italy', 'europe'], 21)]);
  });

  // Time is no assertion here: test/robustness/regex-safety.test.ts proves every regex free of catastrophic backtracking.
  it('reads no place in 100,000-character hostile input without place names', () => {
    for (const hostile of ['1'.repeat(100_000), '" '.repeat(50_000), ' '.repeat(100_000), 'Q'.repeat(100_000)]) {
      expect(places(hostile)).toEqual([]);
    }
  });

  it('reads each of 10,000 place names in 100,000 characters, at its own offset', () => {
    const found = places('in Moscow '.repeat(10_000));
    expect(found).toHaveLength(10_000);
    expect(found.every((p, i) => p.key === 'moscow' && p.span.start === 3 + 10 * i)).toBe(true);
  });
});

describe('a local genitive names the possessor\'s home or shop, not a place (Quirk § 5.115)', () => {
  it.each(["There was a chimney fire at Maureen's.", "The party was held at Halloran's on Friday.", "We met at Kettley's and then walked home."])('%s', (text) => {
    expect(places(text).map((p) => p.name)).toEqual([]);
  });
  it('a possessive place before its noun is still the place', () => {
    expect(places("Crowds gathered at Derby's market hall.").map((p) => p.name)).toEqual(['Derby']);
  });
  it('a place after the genitive is still read', () => {
    expect(places("The party was held at Halloran's in Derby.").map((p) => p.name)).toEqual(['Derby']);
  });
});
