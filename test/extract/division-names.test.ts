import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

/**
 * A one-word name from the generated list of administrative divisions ("Mary", a province of Turkmenistan) followed by
 * a capitalised word that is no place opens a longer name, a person's or a body's, not a place. Invented sentences.
 */
const places = (text: string) => extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2026-03-14' })[0]?.places.map((p) => p.name);

describe('division names inside longer names', () => {
  it('a first name that is also a division is no place', () => {
    expect(places('The hide was opened on Sunday by Mary Tregear.')).toEqual([]);
  });
  it('the division itself, set off by a comma or alone, is still a place', () => {
    expect(places('The cotton harvest began in Mary, officials said.')).toEqual(['Mary']);
  });
  it('a name from the hand-kept lists keeps its reading before another name', () => {
    expect(places('Ferries to Oslo Harbour were cancelled on Monday.')).toContain('Oslo');
  });
});
