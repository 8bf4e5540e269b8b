/**
 * "the end of August" names the month's last dekad (days 21 to the last), not its last day: a day inside it is
 * compatible, a day before it is not. Every sentence invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { reportedBetween } from '../helpers/two-reports.js';

const times = (text: string) =>
  extractClaims({ id: 'd', text, source: 'Wire', publishedAt: '2025-04-02' }).flatMap((c) => c.times.map((t) => [t.span.text, t.from, t.to]));

describe('"the end of" a month', () => {
  it.each([
    ['Bids close at the end of August.', 'end of August', '2025-08-21', '2025-08-31'],
    ['The survey ran until the end of February.', 'end of February', '2025-02-21', '2025-02-28'],
    ['Repairs finish by the end of Sept.', 'end of Sept.', '2025-09-21', '2025-09-30'],
  ])('%s → days 21 to the month\'s last', (text, span, from, to) => {
    expect(times(text)).toEqual([[span, from, to]]);
  });

  it('a named day keeps its own day (hard negative)', () => {
    expect(times('Bids close on August 31.')).toEqual([['August 31', '2025-08-31', '2025-08-31']]);
  });
});

describe('a day against "the end of" its month', () => {
  it('a day inside the last dekad is compatible (containment, hard negative)', () => {
    expect(reportedBetween('The trust said bids for the lease close on Friday, August 29.', 'The trust said bids for the lease close at the end of August.')).toEqual([]);
  });
  it('a deadline on the last day and "until the end of" the month agree (hard negative)', () => {
    expect(reportedBetween('Residents have until the end of June to object, the council said.', 'Residents must object by June 30, the council said.')).toEqual([]);
  });
  it('a day early in the month still clashes with the end of it', () => {
    expect(reportedBetween('The trust said bids for the lease close on Friday, August 8.', 'The trust said bids for the lease close at the end of August.')).toEqual([
      { kind: 'temporal', band: expect.stringMatching(/^(medium|high)$/) },
    ]);
  });
});
