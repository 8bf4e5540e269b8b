import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const parts = (text: string) => {
  const [c] = extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2024-06-12' });
  const p = c?.proposition;
  return { holder: c?.attribution.holder, actor: p?.actor?.text, lemma: p?.predicate?.lemma };
};

describe('a non-finite complement of a reporting frame takes the frame\'s subject as its actor (Quirk § 16.39)', () => {
  it.each([
    ['an infinitive', 'The firm claims to have paid all its staff.', { holder: 'The firm', actor: 'The firm', lemma: 'pay' }],
    ['a gerund after a denial', 'Ana Ruiz denied taking the money.', { holder: 'Ana Ruiz', actor: 'Ana Ruiz', lemma: 'take' }],
  ])('%s: %s', (_, text, want) => {
    expect(parts(text)).toEqual(want);
  });

  it.each([
    ['a passive infinitive has no stated doer', 'The firm claims to have been hacked.', { holder: 'The firm', actor: undefined, lemma: 'hack' }],
    ['an object between the frame and the infinitive controls it', 'The agency told residents to leave.', { holder: 'The agency', actor: undefined, lemma: 'leave' }],
    ['a finite clause keeps its own subject', 'Officials said protesters threw stones.', { holder: 'Officials', actor: 'protesters', lemma: 'throw' }],
    ['the author\'s voice lends no actor', 'To reach the summit took nine hours.', { holder: 'Wire', actor: undefined, lemma: 'reach' }],
  ])('hard negative, %s: %s', (_, text, want) => {
    expect(parts(text)).toEqual(want);
  });
});
