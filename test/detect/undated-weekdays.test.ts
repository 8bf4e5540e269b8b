/**
 * Undated reports (no publication date, as pasted wire copy often is) that give one event two weekdays: the weekdays
 * resolve to no date, yet two different ones cannot both be the event's day. Every sentence is invented for this
 * file; hard negatives: two events, a weekday that dates the report, the same day twice, a span that includes the
 * other's day.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const undated = (a: string, b: string) =>
  analyze({ documents: [{ id: 'a', source: { name: 'First Report' }, text: a }, { id: 'b', source: { name: 'Second Report' }, text: b }] })
    .conflicts.filter((c) => c.band !== 'low')
    .map((c) => ({ kind: c.kind, evidence: c.evidence.map((e) => e.span.text) }));

describe('two weekdays for one event in undated reports', () => {
  it.each([
    ['The storm made landfall on Tuesday.', 'The storm made landfall on Wednesday.', ['Tuesday', 'Wednesday']],
    ['On Monday the storm made landfall.', 'The storm made landfall on Tuesday.', ['Monday', 'Tuesday']],
    ['The minister resigned on Friday.', 'The minister resigned on Thursday, aides said.', ['Friday', 'Thursday']],
    // A possessive weekday after the verb is the clause's own ("Monday's fire"), not the time of the saying.
    ['Officials said Monday\'s fire destroyed the mill.', 'Officials said Tuesday\'s fire destroyed the mill.', ['Monday', 'Tuesday']],
  ])('%s / %s', (a, b, evidence) => {
    expect(undated(a, b)).toEqual([{ kind: 'temporal', evidence }]);
  });

  it.each([
    ['two events', 'The storm made landfall on Tuesday.', 'The storm weakened on Wednesday.'],
    ['a weekday that dates the report', 'Police said on Monday the storm made landfall.', 'The storm made landfall on Tuesday.'],
    ['a bare weekday that dates the report', 'Police said late Monday the storm made landfall.', 'The storm made landfall on Tuesday.'],
    ['a weekday after the frame', 'The storm made landfall, police said on Monday.', 'The storm made landfall on Tuesday.'],
    ['the same day twice', 'The storm made landfall on Tuesday.', 'The storm made landfall late on Tuesday.'],
    ['a span that includes the other day', 'The talks were held on Monday and Tuesday.', 'The talks were held on Tuesday.'],
  ])('no conflict: %s', (_, a, b) => {
    expect(undated(a, b)).toEqual([]);
  });
});

describe('a weekday of an outer clause', () => {
  it('dates that clause, not the reported event', () => {
    expect(undated('The dispute deepened on Sunday when the ministry said that the bridge had collapsed.', 'The bridge collapsed on Friday.')).toEqual([]);
  });
});
