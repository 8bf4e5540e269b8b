import { describe, expect, it } from 'vitest';
import { analyzeTwoReports } from '../helpers/two-reports.js';

const conflicts = (a: string, b: string) => analyzeTwoReports(a, b).conflicts.map((c) => `${c.kind}:${c.band}`);

// One event has one set of participants: two proper names in one role are two events (dates, places, figures may differ).
describe('different named participants are different events', () => {
  it('two museums\' visitor counts and two men\'s arrest dates do not clash', () => {
    expect(conflicts('The Rijksmuseum welcomed 2.7 million visitors last year.', 'The Uffizi welcomed 4.1 million visitors last year.')).toEqual([]);
    expect(conflicts('Karim Haddad was arrested in Lyon in May 2010.', 'Omar Said was arrested in Lyon in June 2011.')).toEqual([]);
  });

  it('the same name, or a name and its surname, still clash on the slot', () => {
    expect(conflicts('The Rijksmuseum welcomed 2.7 million visitors last year.', 'The Rijksmuseum welcomed 4.1 million visitors last year.')).toEqual(['numeric:medium']);
    // Band medium before session 21's refit, high after it: the band is the weights', the kind is the rule's.
    expect(conflicts('Karim Haddad was arrested in Lyon in May 2010.', 'Haddad was arrested in Lyon in June 2011.')).toEqual([expect.stringMatching(/^temporal:(medium|high)$/)]);
  });

  it('a place named as the participant is the differing slot, not another participant', () => {
    expect(conflicts('The brewer chose Oregon as the site for its new brewery.', 'The brewer chose Ohio as the site for its new brewery.')).toEqual(['location:medium']);
  });

  it('a description and a name may be one participant (paraphrase stays silent)', () => {
    expect(conflicts('The Rijksmuseum welcomed 2.7 million visitors last year.', 'The museum welcomed 2.7 million visitors last year.')).toEqual([]);
  });
});
