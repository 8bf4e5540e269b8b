/**
 * Converses and transfers (issue 10): "sold to" / "bought from", "lent" / "borrowed from", "beat" / "lost to" are one
 * event with the roles swapped; the same transfer verb whose recipient is the other's doer is a resale, a second event.
 * Sentences invented for this file. Hard negatives: the same figure, another opponent, a resale, a purchase then a sale.
 */
import { describe, expect, it } from 'vitest';
import { MEDIUM_PLUS, reportedBetween } from '../helpers/two-reports.js';

const clash = (kind: string) => [{ kind, band: MEDIUM_PLUS }];

describe('one transfer told from both ends: a clash of the kind', () => {
  it.each([
    ['numeric', 'sold to / bought from', 'Acme sold the Leeds factory to Borg for $40 million.', 'Borg bought the Leeds factory from Acme for $25 million.'],
    ['numeric', 'lent / borrowed from', 'The bank lent the city $3 billion.', 'The city borrowed $5 billion from the bank.'],
    ['location', 'sold to / bought from, two cities', 'The gallery sold the sketch to a collector in Paris.', 'A collector bought the sketch from the gallery in Geneva.'],
    ['location', 'lent / borrowed from, two cities', 'The state lent the airline 2 billion euros in Paris.', 'The airline borrowed 2 billion euros from the state in Lyon.'],
    ['temporal', 'signed from / sold to', 'The club signed the striker from Ajax in June 2019.', 'Ajax sold the striker to the club in January 2020.'],
    ['temporal', 'beat / lost to', 'Serena Williams beat Maria Sharapova in the final on 6 July 2008.', 'Maria Sharapova lost to Serena Williams in the final on 8 July 2008.'],
    ['opposition', 'one agent, both ends: who sold', 'Acme sold the Leeds factory to Borg.', 'Acme bought the Leeds factory from Borg.'],
  ])('%s: %s', (kind, _, a, b) => {
    expect(reportedBetween(a, b)).toEqual(clash(kind));
  });
});

describe('transfers: hard negatives', () => {
  it.each([
    ['the same price', 'Acme sold the Leeds factory to Borg for $40 million.', 'Borg bought the Leeds factory from Acme for $40 million.'],
    ['another opponent, another year', 'Serena Williams beat Maria Sharapova in the final on 6 July 2008.', 'Serena Williams lost to Justine Henin in the final on 8 July 2011.'],
    ['a resale: the buyer sells on', 'Acme sold the Leeds factory to Borg in 2010.', 'Borg sold the Leeds factory to Cato in 2015.'],
    ['a resale told the other way round', 'Borg sold the brewery to Cato for $9 million.', 'Acme sold the brewery to Borg for $4 million.'],
    ['bought, then sold on', 'Acme bought the Leeds factory from Borg in 2010.', 'Acme sold the Leeds factory to Cato in 2015.'],
  ])('%s: none', (_, a, b) => {
    expect(reportedBetween(a, b)).toEqual([]);
  });
});
