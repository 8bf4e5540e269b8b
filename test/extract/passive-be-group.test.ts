import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const prop = (text: string) => extractClaims({ id: 'd', text, source: 'Wire' })[0]?.proposition;

describe('"being" / "been" inside a passive verb group lead on to the participle', () => {
  it.each([
    ['About 200 troops are being deployed to the border.', 'deploy', 'troops', undefined],
    ['The bridge is being built by Halvorsen.', 'build', 'The bridge', 'Halvorsen'],
    ['The road had been closed for a week.', 'close', 'The road', undefined],
  ])('%s', (text, predicate, theme, actor) => {
    const p = prop(text)!;
    expect(p.predicate?.lemma).toBe(predicate);
    expect(p.theme?.text).toBe(theme);
    expect(p.actor?.text).toBe(actor);
  });

  it('"being" with an adjective is a copula, no passive', () => {
    const p = prop('The team is being careful.')!;
    expect(p.predicate?.lemma).toBe('be');
    expect(p.actor?.text).toBe('The team');
  });
});

describe('"has been" + participle: "have" is an auxiliary when "been" follows, past a "not yet"', () => {
  it('The plan has not yet been approved by the board.', () => {
    const p = prop('The plan has not yet been approved by the board.')!;
    expect(p.predicate?.lemma).toBe('approve');
    expect(p.theme?.text).toBe('The plan');
    expect(p.actor?.text).toBe('board');
  });

  it('"has been" with a place is "be", the subject its actor', () => {
    const p = prop('She has been in Oslo since May.')!;
    expect(p.predicate?.lemma).toBe('be');
    expect(p.actor?.text).toBe('She');
  });
});
