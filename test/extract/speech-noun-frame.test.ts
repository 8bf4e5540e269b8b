import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const held = (text: string) =>
  extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2026-06-09' }).map((c) => [c.proposition.predicate?.lemma, c.attribution.holder]);

describe('a quotation after a colon and a named speaker\'s speech noun is the speaker\'s (FrameNet 1.7 Statement, Communication_response)', () => {
  it.each([
    ['Ashdown\'s statement on sourcing: "Good coffee starts with a handshake with the farmer."', [['start', 'Ashdown']]],
    ['The mayor\'s message to residents was simple: "Stay off the roads tonight."', [['stay', 'The mayor']]],
    ['Dr Greaves\'s reply: "The numbers were not there."', [['be', 'Dr Greaves']]],
  ])('%s', (text, want) => {
    expect(held(text)).toEqual(want);
  });

  it.each([
    ['a noun that is no speech', 'Ashdown\'s roastery on the quay: "a working museum", one visitor called it.'],
    ['no quotation after the colon', 'The mayor\'s statement was short: roads would close at six.'],
  ])('hard negative, %s: the writer holds it', (_, text) => {
    expect(held(text).every(([, holder]) => holder === 'Wire')).toBe(true);
  });
});
