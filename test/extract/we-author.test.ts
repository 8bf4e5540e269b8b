/**
 * "We" in a source's own voice stands for the source (Quirk et al. 1985 § 6.13: the first person plural includes the
 * speaker): a rescue's post "We are not a licensed rehabilitator" speaks of the rescue, which a wire report calls
 * "the hospital". Another body's "we", or "we" inside a named speaker's quote, is not that source. Every sentence and
 * name is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const kinds = (wire: string, post: string, poster: string) =>
  analyze({
    documents: [
      { id: 'a', text: wire, source: { name: 'Fenland Wire', kind: 'wire' } },
      { id: 'b', text: post, source: { name: poster, kind: 'social' } },
    ],
  }).conflicts.filter((c) => c.band !== 'low').map((c) => c.kind);

const WIRE = 'Thistle Owl Hospital is run by Ann Moss. The hospital is a licensed wildlife rehabilitator, Moss said.';

describe('"we" in a source\'s own voice', () => {
  it('is the source: a clash with what another report says of it', () => {
    expect(kinds(WIRE, 'We are not a licensed wildlife rehabilitator, so we cannot take in other species.', 'Thistle Owl Hospital (@thistleowls)')).toEqual(['polarity']);
  });

  it('hard negative: another body\'s "we" is no account of this one', () => {
    expect(kinds(WIRE, 'We are not a licensed wildlife rehabilitator, so we cannot take in other species.', 'Marsh Lane Rescue (@marshlane)')).toEqual([]);
  });
});
