import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const actorOf = (text: string) => extractClaims({ id: 'a', text, source: 'A' }).map((c) => c.proposition.actor?.span);

/** A nationality word the tagger reads as a noun premodifies the adjectives and the head noun after it (Quirk § 7.26). */
describe('a demonym before adjectives and a head noun', () => {
  it.each([
    ['Italian royal family returns home.', { start: 0, end: 20, text: 'Italian royal family' }],
    ['Chinese state media reported the fire.', { start: 0, end: 19, text: 'Chinese state media' }],
  ])('%s → actor %j', (text, span) => {
    expect(actorOf(text)).toEqual([span]);
  });

  it('hard negative: a demonym right before its noun is read as before', () => {
    expect(actorOf('British diplomats left the embassy.')).toEqual([{ start: 0, end: 17, text: 'British diplomats' }]);
  });

  it('hard negative: an adjective after a comma opens a supplement, not the head', () => {
    expect(actorOf('Italian officials, angry at the plan, walked out.')).toEqual([{ start: 0, end: 17, text: 'Italian officials' }]);
  });
});
