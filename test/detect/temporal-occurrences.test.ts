/**
 * A report that an event is still to come and a report of the same kind of event on a day before the first report was
 * written speak of two occurrences ("will open for the summer on 23 May" / "opened in 1935"): no date conflict. Once
 * the past report's day falls after the first was written, the two may be one occurrence and their dates clash.
 * Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const temporal = (a: string, pa: string, b: string, pb: string) =>
  analyze({ documents: [
    { id: 'a', source: { name: 'Seafront News' }, text: a, publishedAt: pa },
    { id: 'b', source: { name: 'Bay Radio' }, text: b, publishedAt: pb },
  ] }).conflicts.filter((c) => c.band !== 'low' && c.kind === 'temporal').map((c) => c.evidence.map((e) => e.span.text));

describe('an event still to come and one already past', () => {
  it('a coming opening and an opening decades before are two occurrences (silent)', () => {
    expect(temporal('The lido will open for the summer on Saturday 23 May, its manager said.', '2026-03-10', 'The lido opened in 1935, its manager said.', '2026-03-10')).toEqual([]);
    expect(temporal('The island ferry will sail again on 6 April after repairs.', '2026-03-10', 'The island ferry sailed on 2 February, the operator said.', '2026-03-10')).toEqual([]);
  });

  it('a past day after the coming report was written may be the same occurrence: the dates clash', () => {
    expect(temporal('The lido will open on Saturday 14 March, its manager said.', '2026-03-10', 'The lido opened on Sunday 15 March, its manager said.', '2026-03-16')).toEqual([['Saturday 14 March', 'Sunday 15 March']]);
  });

  it('two coming dates, or two past dates, still clash (positives)', () => {
    expect(temporal('The lido will open on 23 May, its manager said.', '2026-03-10', 'The lido will open on 30 May, its manager said.', '2026-03-10')).toEqual([['23 May', '30 May']]);
    expect(temporal('The lido opened in 1935, its manager said.', '2026-03-10', 'The lido opened in 1937, its manager said.', '2026-03-10')).toEqual([['1935', '1937']]);
  });

  it('a plan told in the present ("is planned for October") is no past occurrence: it still clashes with a coming date', () => {
    expect(temporal('The minister will visit the island in May, her office said.', '2026-02-02', "The minister's visit to the island is planned for October, officials said.", '2026-02-06')).toEqual([['May', 'October']]);
  });
});
