/**
 * Locative "there" stands for the last place named before it in the document; existential "there" names none. Every
 * sentence invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const places = (text: string) =>
  extractClaims({ id: 'd', text, source: 'Wire' }).map((c) => c.places.map((p) => ({ name: p.name, text: p.span.text })));

describe('locative "there"', () => {
  it('takes the last place named before it, with "there" as its span', () => {
    expect(places('The clinic in Leeds is busy. Queues there last about two hours.')).toEqual([[{ name: 'Leeds', text: 'Leeds' }], [{ name: 'Leeds', text: 'there' }]]);
  });
  it.each([
    ['existential "there" opening the clause', 'The clinic in Leeds is busy. There are 40 examiners.'],
    ['existential "there" after a reporting verb', 'The clinic in Leeds is busy. Officials said there were delays.'],
    ['existential "there" ending a relative clause', 'The clinic in Leeds is busy. Its porters know every shortcut there is, the manager said.'],
    ['existential "there" ending a relative clause before a full stop', 'The clinic in Leeds is busy. Its staff know every rule there was.'],
  ])('names no place: %s (hard negative)', (_, text) => {
    expect(places(text)[1]).toEqual([]);
  });
  it('"there" before a verb that goes on is still locative', () => {
    expect(places('The clinic in Leeds is busy. The waiting room there is small.')[1]).toEqual([{ name: 'Leeds', text: 'there' }]);
  });
  it('a claim with a place of its own keeps it (hard negative)', () => {
    expect(places('The clinic in Leeds is busy. Drivers there go on to Sheffield.')[1]!.map((p) => p.name)).not.toContain('Leeds');
  });
});
