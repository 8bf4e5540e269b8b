// "P, accusing X of Y, the agency said": a comment clause that closes a sentence has a finite verb (Quirk et al. 1985,
// § 15.54); a reporting verb's "-ing" form after a comma opens a supplementive clause (§ 15.60), so the frame is the
// next segment with a finite reporting verb. Invented sentences; expectations written before the rule ran.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { count as n, wrongFields, type Want } from '../helpers/wire-fields.js';

const cases: [string, string, Want[]][] = [
  ['"accusing" clause before the frame', 'Police arrested the driver on Friday, accusing him of speeding, the ministry said on Saturday.', [
    { holder: 'ministry', actor: 'police', predicate: 'arrest', theme: 'driver', dates: ['Friday'] },
  ]],
];

// The holder is right, but the absolute clause's figure (40 clinics) is still given to the main claim.
const known: [string, string, Want[]][] = [
  ['"with" absolute clause with "reporting" before the frame', 'Flu cases rose in March, with 40 clinics reporting long queues, the health agency said.', [
    { holder: 'health agency', actor: 'cases', predicate: 'rise', dates: ['March'] },
  ]],
];

describe('a supplementive "-ing" clause before a trailing frame is no frame', () => {
  it.each(cases)('%s: %s', (_name, text, want) => expect(wrongFields(text, want)).toEqual([]));
  it.fails.each(known)('known gap (quantities): %s: %s', (_name, text, want) => expect(wrongFields(text, want)).toEqual([]));
  it('the "with" absolute clause: the frame after it is the holder', () =>
    expect(extractClaims({ id: 'd', text: 'Flu cases rose in March, with 40 clinics reporting long queues, the health agency said.', source: 'Wire' })[0]?.attribution.holder).toBe('the health agency'));
  // Hard negative: an inverted frame with a finite verb stays a frame.
  it('an inverted finite frame: "P, said the minister"', () =>
    expect(wrongFields('The bridge will reopen in May, said the transport minister.', [{ holder: 'transport minister', actor: 'bridge', predicate: 'reopen', dates: ['May'] }])).toEqual([]));
  it('a plain trailing frame with a figure', () =>
    expect(wrongFields('Exports fell 3 percent in May, officials said.', [{ holder: 'officials', anonymous: true, actor: 'exports', predicate: 'fall', quantities: [n(3, '%', null)], dates: ['May'] }])).toEqual([]));
});
