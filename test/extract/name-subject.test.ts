import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const first = (text: string) => {
  const [c] = extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2024-06-12' });
  const p = c?.proposition;
  return c && { actor: p?.actor?.text, lemma: p?.predicate?.lemma, theme: p?.theme?.text, state: p?.state };
};

describe('a clause-initial surname the tagger guessed to be an adjective ("-al", "-ic") is the subject name', () => {
  it.each([
    ['an irregular past read as a noun, between two surnames', 'Tarvical beat Lindqvist in the final.', { actor: 'Tarvical', lemma: 'beat', theme: 'Lindqvist', state: 'affirmed' }],
    ['a regular past', 'Kestic defeated Lindqvist in the final.', { actor: 'Kestic', lemma: 'defeat', theme: 'Lindqvist', state: 'affirmed' }],
    ['a past with a determiner object', 'Mirabal won the final.', { actor: 'Mirabal', lemma: 'win', theme: 'the final', state: 'affirmed' }],
    ['do-support with a negator', 'Sorvic did not beat Lindqvist in the final.', { actor: 'Sorvic', lemma: 'beat', theme: 'Lindqvist', state: 'negated' }],
    ['a modal', 'Delacic will play the final.', { actor: 'Delacic', lemma: 'play', theme: 'the final', state: 'affirmed' }],
  ])('%s: %s', (_, text, want) => {
    expect(first(text)).toEqual(want);
  });

  it.each([
    ['an adjective before its noun', 'Federal agents arrested the driver.', { actor: 'Federal agents', lemma: 'arrest', theme: 'driver', state: 'affirmed' }],
    ['a quantifier before the verb', 'Many voted against the plan.', { actor: undefined, lemma: 'vote', theme: undefined, state: 'affirmed' }],
  ])('hard negative, %s: %s', (_, text, want) => {
    expect(first(text)).toEqual(want);
  });
});
