import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { analyzeTwoReports } from '../helpers/two-reports.js';

const residences = (text: string) =>
  extractClaims({ id: 'd', text, source: 'Wire' })
    .filter((c) => c.proposition.predicate?.lemma === 'live')
    .map((c) => ({ actor: c.proposition.actor?.text, holder: c.attribution.holderKind, places: c.places.map((p) => `${p.name}:${p.role}`) }));
const conflicts = (a: string, b: string) => analyzeTwoReports(a, b).conflicts.map((c) => `${c.kind}:${c.band}`);

// FrameNet 1.7 Residence: "NAME, a resident of PLACE" states where the named Resident lives, in the author's voice.
describe('a residence appositive is a claim of its own', () => {
  it('"X, a resident of Y, said …" yields "X lives in Y" held by the author', () => {
    expect(residences('Marta Kowal, a resident of Gdansk, said the ferry was late.')).toEqual([{ actor: 'Marta Kowal', holder: 'author', places: ['Gdansk:at'] }]);
  });

  it('modifiers before the noun and a name after a description are read', () => {
    expect(residences('The court heard from Ion Rusu, a 52-year-old resident of Iasi, on Monday.')).toEqual([{ actor: 'Ion Rusu', holder: 'author', places: ['Iasi:at'] }]);
  });

  it('"a native of" names where someone was born (People_by_origin), not where they live', () => {
    expect(residences('Marta Kowal, a native of Gdansk, said the ferry was late.')).toEqual([]);
  });

  it('a resident noun without a place or without a name before it gives nothing', () => {
    expect(residences('Marta Kowal, a resident of the area, said the ferry was late.')).toEqual([]);
    expect(residences('Residents of Gdansk said the ferry was late.')).toEqual([]);
  });
});

describe('residence against residence', () => {
  const premise = 'Marta Kowal, a resident of Gdansk, said the ferry had been late all week.';

  it('one person living in two cities of one country clashes', () => {
    expect(conflicts(premise, 'Marta Kowal lives in Krakow.')).toEqual(['location:medium']);
  });

  it('the same city (paraphrase) and a container (containment) agree', () => {
    expect(conflicts(premise, 'Marta Kowal lives in Gdansk.')).toEqual([]);
    expect(conflicts(premise, 'Marta Kowal lives in Poland.')).toEqual([]);
  });

  it('another person elsewhere, and a birthplace elsewhere, are no clash', () => {
    expect(conflicts(premise, 'Piotr Nowak lives in Krakow.')).toEqual([]);
    expect(conflicts(premise, 'Marta Kowal was born in Krakow.')).toEqual([]);
  });

  it('the same residence stated twice is silent', () => {
    expect(conflicts(premise, 'Marta Kowal, a resident of Gdansk, said the ferry was on time.').filter((c) => c.startsWith('location'))).toEqual([]);
  });
});
