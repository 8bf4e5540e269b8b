/**
 * Facility names outside the gazetteer (issue 15, class "facility names treated as different places"): a facility
 * sits in a town and facilities nest, so a camp and an air base do not exclude each other; two airports still do.
 * Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTwoReports } from '../helpers/two-reports.js';
import { detectLocation } from '../../src/detect/location.js';
import { buildLexicon } from '../../src/lexicon/index.js';
import type { Place } from '../../src/model/claim.js';
import { makeClaim, placeIn, predicateIn } from '../helpers/make-claim.js';

function reported(a: string, b: string): { kind: string; evidence: string[] }[] {
  const report = analyzeTwoReports(a, b);
  return report.conflicts.filter((c) => c.band !== 'low').map((c) => ({ kind: c.kind, evidence: c.evidence.map((e) => e.span.text) }));
}

describe('facility names', () => {
  it('a camp and an air base (one may lie inside the other): no clash', () => {
    expect(
      reported(
        'Two inmates were reported missing from Camp Harlow on Sunday after a work detail.',
        'Two inmates were reported missing from Northgate Air Base on Sunday after a work detail.',
      ),
    ).toEqual([]);
  });

  it('two airports of one kind exclude each other: location', () => {
    expect(reported('The plane landed safely at Northfield Airport on Monday.', 'The plane landed safely at Kelby Airport on Monday.')).toEqual([
      { kind: 'location', evidence: ['Northfield Airport', 'Kelby Airport'] },
    ]);
  });
});

describe('detectLocation: places mentioned in passing under a light or reporting verb', () => {
  const context = { lexicon: buildLexicon() };
  const mention = (key: string): Omit<Place, 'span' | 'name'> => ({ key, role: 'mention', within: [] });
  const claimWith = (text: string, place: string, verb: [string, string]) =>
    makeClaim({ text, places: [placeIn(text, place, mention(place.toLowerCase()))], proposition: { predicate: predicateIn(text, verb[0], verb[1]) } });

  it('"the verdict comes despite protests in Kelby" / "… comes amid unrest in Dunmore": no clash', () => {
    const a = claimWith('The verdict comes despite protests in Kelby.', 'Kelby', ['comes', 'come']);
    const b = claimWith('The verdict comes amid unrest in Dunmore.', 'Dunmore', ['comes', 'come']);
    expect(detectLocation(a, b, context)).toBeNull();
  });

  it('"fighting was reported near Kelby" / "… reported near Dunmore" by a reporting verb: no clash', () => {
    const a = claimWith('Fighting was reported near Kelby.', 'Kelby', ['reported', 'report']);
    const b = claimWith('Fighting was reported near Dunmore.', 'Dunmore', ['reported', 'report']);
    expect(detectLocation(a, b, context)).toBeNull();
  });

  it('one act with two places mentioned ("the statue stands … Kelby" / "… Dunmore"): location', () => {
    const a = claimWith('The statue stands beside the old bank in Kelby.', 'Kelby', ['stands', 'stand']);
    const b = claimWith('The statue stands beside the old bank in Dunmore.', 'Dunmore', ['stands', 'stand']);
    expect(detectLocation(a, b, context)?.kind).toBe('location');
  });
});
