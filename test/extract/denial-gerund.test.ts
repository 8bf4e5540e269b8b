import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const first = (text: string) => {
  const c = extractClaims({ id: 'd', text, source: 'Wire' })[0];
  return { holder: c?.attribution.holder, stance: c?.attribution.stance, lemma: c?.proposition.predicate?.lemma, certainty: c?.certainty.value };
};

describe('a denial with a gerund is the denier\'s firm stance on the gerund clause', () => {
  it.each([
    ['Councillor Amara Yeo denied taking the envelope.', 'Councillor Amara Yeo', 'take'],
    ['The ministry denied receiving the warning.', 'The ministry', 'receive'],
  ])('%s', (text, holder, lemma) => {
    const got = first(text);
    expect(got).toMatchObject({ holder, stance: 'denied', lemma });
    // Firm: the stance's certainty (0.82, less the penalty for an unnamed body), never the 0.10 of a refuted claim.
    expect(got.certainty).toBeGreaterThanOrEqual(0.76);
  });

  it.each([
    ['a noun in "-ing"', 'The contractor denied wrongdoing.'],
    ['a noun object', 'The contractor denied the allegation.'],
  ])('the author\'s report of a denial act: %s', (_, text) => {
    expect(first(text)).toMatchObject({ holder: 'Wire', stance: 'asserted', lemma: 'deny' });
  });
});
