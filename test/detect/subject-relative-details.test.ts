/**
 * The dates, places and figures of a relative clause on the subject belong to that clause ("A ship that sank off Malta
 * in 1942 was found near Sicily"): they neither clash with another report's details of the main event nor hide a
 * clash the main clauses have. Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const conflicts = (a: string, b: string, publishedAt: string | undefined = '2026-03-10') =>
  analyze({ documents: [
    { id: 'a', source: { name: 'Harbour Gazette' }, text: a, ...(publishedAt ? { publishedAt } : {}) },
    { id: 'b', source: { name: 'Coast Radio' }, text: b, ...(publishedAt ? { publishedAt } : {}) },
  ] }).conflicts.filter((c) => c.band !== 'low').map((c) => [c.kind, c.evidence.map((e) => e.span.text)]);

describe('details of a relative clause on the subject', () => {
  it('a place inside the relative clause does not clash with where the main event happened', () => {
    expect(conflicts(
      'A bronze bell that has not left the cathedral in Utrecht for two centuries will be shown at a museum in Ghent this summer.',
      'The bell will go on show at the Ghent city museum in June, the curators said.',
    )).toEqual([]);
  });

  it('a year inside the relative clause does not clash with the date of the main event', () => {
    expect(conflicts(
      'A trawler that sank off Malta in 1942 was found by divers on Saturday.',
      'Divers found the wreck of the trawler on Saturday, the navy said.',
    )).toEqual([]);
    // Undated reports: "Saturday" resolves to no day, so only the years are left to compare.
    expect(conflicts(
      'The shearer who won the title in 2019 sheared 700 ewes on Saturday.',
      'The shearer sheared 700 ewes on Saturday, her fourth record since 2021.',
      undefined,
    )).toEqual([]);
  });

  it('a figure inside the relative clause does not clash with the main figure', () => {
    expect(conflicts(
      'The vase that sold for $2 million in 1990 fetched $9 million at auction on Tuesday.',
      'The vase fetched $9 million at auction on Tuesday, the auction house said.',
    )).toEqual([]);
  });

  it('the main clauses still clash on their own place and figure (positives)', () => {
    expect(conflicts(
      'A trawler that sank in 1942 was found in Sicily on Saturday, the navy said.',
      'The trawler was found in Crete on Saturday, divers said.',
    ).map(([kind]) => kind)).toEqual(['location']);
    expect(conflicts(
      'The firm that cut 300 jobs in 2023 hired 40 apprentices this month.',
      'The firm hired 25 apprentices this month, the union said.',
    ).map(([kind]) => kind)).toEqual(['numeric']);
  });
});

describe('a relative pronoun written with a contracted auxiliary ("that\'s", "who\'s")', () => {
  it('the relative clause keeps its own dates and figures', () => {
    expect(conflicts(
      'A bakery that\'s been on Mill Lane since 1952 will close at the end of the month.',
      'The Mill Lane bakery will shut its doors on March 31, the owners said.',
    )).toEqual([]);
    expect(conflicts(
      'A keeper who\'s worked at the lighthouse for 30 years retired on Monday.',
      'The keeper retired on Monday after 12 years at the light, the trust said.',
    )).toEqual([]);
  });

  it('the main clauses still clash on their own date (positive)', () => {
    expect(conflicts(
      'A bakery that\'s been on Mill Lane since 1952 will close on Friday, its owner said.',
      'The Mill Lane bakery will close on Wednesday, its owner said.',
    ).map(([kind]) => kind)).toEqual(['temporal']);
  });
});

describe('a length of time after "after" ("will close after 58 years")', () => {
  it('dates nothing: it does not clash with the year a state began', () => {
    expect(conflicts(
      'The oldest bakery in town, Crumbs on Mill Lane, will close on March 31 after 58 years.',
      'Crumbs, on Mill Lane since 1968, is to shut on March 31.',
    )).toEqual([]);
  });

  it('the closing dates still clash (positive)', () => {
    expect(conflicts(
      'The oldest bakery in town, Crumbs on Mill Lane, will close on March 31 after 58 years, its owner said.',
      'Crumbs, on Mill Lane since 1968, will close on March 21, its owner said.',
    ).map(([kind]) => kind)).toEqual(['temporal']);
  });
});
