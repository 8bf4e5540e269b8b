/**
 * One verb whose complements differ only by WordNet antonyms (de Marneffe, Rafferty & Manning 2008: antonymy of
 * aligned words). Every sentence is invented for this file; hard negatives: two sides of one contest, another
 * measured thing, two things, two dates, a negated side that agrees, the same statement twice, a direction word that
 * is part of a name ("East 9th Street", "North Quay").
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS } from '../helpers/two-reports.js';

describe('antonymous complements of one verb', () => {
  it.each([
    ['The trial ended in an acquittal.', 'The trial ended in a conviction.', ['acquittal', 'conviction']],
    ['The mission was a success.', 'The mission was a failure.', ['success', 'failure']],
    ['The firm reported an increase in sales.', 'The firm reported a decrease in sales.', ['increase', 'decrease']],
    ['The road is safe.', 'The road is dangerous.', ['safe', 'dangerous']],
    ['The tram was heading east on Monday.', 'The tram was heading west on Monday.', ['east', 'west']],
  ])('%s / %s', (a, b, evidence) => {
    expect(alertsWithEvidence(a, b)).toEqual([{ kind: 'opposition', band: MEDIUM_PLUS, evidence }]);
  });

  it.each([
    ['two sides of one contest', 'The vote was a victory for the mayor.', 'The vote was a defeat for her rival.'],
    ['another measured thing', 'The firm reported an increase in sales.', 'The firm reported a decrease in costs.'],
    ['two things', 'The mission was a success.', 'The launch was a failure.'],
    ['two dates', 'The firm reported an increase in sales in May.', 'The firm reported a decrease in sales in June.'],
    ['a negated side that agrees', 'The mission was not a success.', 'The mission was a failure.'],
    ['the same statement twice', 'The mission was a success.', 'The mission was a success, officials said.'],
    ['a direction inside a street name', 'The tram was heading west on East 9th Street.', 'The tram was heading west.'],
    ['a direction inside a place name', 'The ferry sailed north from South Quay.', 'The ferry sailed north.'],
  ])('no conflict: %s', (_, a, b) => {
    expect(alertsWithEvidence(a, b)).toEqual([]);
  });
});
