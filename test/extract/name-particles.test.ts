/**
 * A lower-case name particle between proper nouns stays inside the name (Chicago Manual of Style § 8.5–8.12), so the
 * actor of "Charles de Gaulle died" is the whole name, not "Charles". Sentences invented for this file, with hard
 * negatives where the particle-like word is no particle.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const actorOf = (text: string) => extractClaims({ id: 'a', text, source: 'a' })[0]!.proposition.actor?.text;

describe('name particles join a personal name', () => {
  it.each([
    ['Charles de Gaulle died in 1970.', 'Charles de Gaulle'],
    ['Ludwig van Beethoven wrote nine symphonies.', 'Ludwig van Beethoven'],
    ['Anne de Villiers-Moreau, 81, died in Lyon on Friday.', 'Anne de Villiers-Moreau'],
  ])('%s → %s', (text, actor) => {
    expect(actorOf(text)).toBe(actor);
  });

  it('hard negative: a capitalised "De" opening a name is the name itself, not a particle between names', () => {
    expect(actorOf('De Klerk signed the accord in Pretoria.')).toBe('De Klerk');
  });
});
