/**
 * A running count ("so far", "to date", "thus far") is an earlier stage of a count that a later report may close
 * (lexicon/update-cues.ts): no clash with a larger or final figure. Sentences invented for this file; expectations
 * written before the first run. Positive: the same two figures without the cue clash.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const kinds = (a: string, b: string) =>
  analyze({ documents: [{ id: 'a', source: { name: 'A Wire' }, text: a }, { id: 'b', source: { name: 'B Wire' }, text: b }] })
    .conflicts.filter((c) => c.band !== 'low')
    .map((c) => c.kind);

describe('running counts', () => {
  it.each([
    ['The Halden museum has sold 8,000 tickets so far this season.', 'The Halden museum sold 12,500 tickets this season.'],
    ['Volunteers have planted 3,000 trees to date along the Wensum.', 'Volunteers planted 5,200 trees along the Wensum.'],
    ['Thus far the appeal has raised 40,000 pounds for the Corran lifeboat.', 'The appeal raised 65,000 pounds for the Corran lifeboat.'],
  ])('no numeric clash: %s / %s', (a, b) => {
    expect(kinds(a, b)).not.toContain('numeric');
  });

  it('the same figures as two final counts clash', () => {
    expect(kinds('The Halden museum sold 8,000 tickets this season.', 'The Halden museum sold 12,500 tickets this season.')).toEqual(['numeric']);
  });
});
