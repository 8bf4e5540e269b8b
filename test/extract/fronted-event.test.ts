import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { analyzeTwoReports } from '../helpers/two-reports.js';

const events = (text: string) =>
  extractClaims({ id: 'd', text, source: 'Wire' }).map((c) => ({
    lemma: c.proposition.predicate?.lemma,
    theme: c.proposition.theme?.text,
    times: c.times.map((t) => t.from.slice(0, 7)),
    places: c.places.map((p) => p.name),
  }));
const conflicts = (a: string, b: string) => analyzeTwoReports(a, b).conflicts.map((c) => `${c.kind}:${c.band}`);

// A fronted time phrase around a deverbal noun (Quirk et al. 1985, § 9.39) states an event of its own.
describe('"Before his arrest in Lyon in May 2010, X …"', () => {
  const premise = 'Before his arrest in Lyon in May 2010, Karim Haddad ran a bakery near the station.';

  it('yields the arrest of the main clause subject, with the phrase\'s date and place', () => {
    expect(events(premise)).toContainEqual({ lemma: 'arrest', theme: 'Karim Haddad', times: ['2010-05'], places: ['Lyon'] });
  });

  it('a derived noun takes its verb; a phrase without a date or place, or a non-possessive one, gives nothing', () => {
    expect(events('After her resignation in March 2019, Dana Holt joined a law firm.')).toContainEqual({ lemma: 'resign', theme: 'Dana Holt', times: ['2019-03'], places: [] });
    expect(events('Before his arrest, Karim Haddad ran a bakery.').map((e) => e.lemma)).toEqual(['run']);
    expect(events('Before the storm in May 2010, Karim Haddad ran a bakery.').map((e) => e.lemma)).toEqual(['run']);
  });

  // The band of a clash this clear moves between medium and high with each refit of the judge (session 30's: high).
  it('another date or place for the same arrest clashes', () => {
    expect(conflicts(premise, 'Karim Haddad was arrested in Lyon in March 2009.')).toEqual([expect.stringMatching(/^temporal:(medium|high)$/)]);
    expect(conflicts(premise, 'Karim Haddad was arrested in Marseille in May 2010.')).toEqual([expect.stringMatching(/^location:(medium|high)$/)]);
  });

  it('the same arrest (paraphrase), a container, and another man\'s arrest are silent', () => {
    expect(conflicts(premise, 'Karim Haddad was arrested in Lyon in May 2010.')).toEqual([]);
    expect(conflicts(premise, 'Haddad was arrested in France in May 2010.')).toEqual([]);
    expect(conflicts(premise, 'Omar Said was arrested in Lyon in June 2011.')).toEqual([]);
  });
});
