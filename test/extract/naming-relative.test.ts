import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const parts = (text: string) => {
  const [c] = extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2024-06-12' });
  const p = c?.proposition;
  return { actor: p?.actor?.text, lemma: p?.predicate?.lemma, theme: p?.theme?.text };
};

describe('a naming verb\'s participle with a name after a noun is a reduced relative (Levin § 29.3)', () => {
  it.each([
    ['A Quebec man named Leo Ruiz underwent surgery.', { actor: 'A Quebec man', lemma: 'undergo', theme: 'surgery' }],
    ['A storm dubbed Ophelia struck the coast on Monday.', { actor: 'A storm', lemma: 'strike', theme: 'coast' }],
  ])('%s', (text, want) => {
    expect(parts(text)).toEqual(want);
  });

  it.each([
    ['the naming verb as the main verb', 'The council named Ana Ruiz chair.', { actor: 'The council', lemma: 'name', theme: 'Ana Ruiz chair' }],
    ['a naming verb with a common-noun object', 'Police named the victim as Jo Reed.', { actor: 'Police', lemma: 'name', theme: 'victim' }],
  ])('hard negative, %s: %s', (_, text, want) => {
    expect(parts(text)).toEqual(want);
  });
});
