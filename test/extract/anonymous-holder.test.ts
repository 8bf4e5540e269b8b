import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const holder = (text: string) => {
  const a = extractClaims({ id: 'd', text, source: 'Wire' })[0]?.attribution;
  return { holder: a?.holder, kind: a?.holderKind };
};

describe('an unnamed source stays anonymous whatever is capitalised around it', () => {
  it.each([
    ['"A" opening the sentence', 'A spokeswoman for the council said the pool would close.', 'A spokeswoman for the council'],
    ['a named outlet\'s sources', "One of the Herald's sources said the pool would close.", "One of the Herald's sources"],
    ['a named body\'s official', "An official at the Treasury said the pool would close.", 'An official at the Treasury'],
  ])('%s: %s', (_, text, want) => {
    expect(holder(text)).toEqual({ holder: want, kind: 'anonymous' });
  });

  it.each([
    ['a name', 'Mara Lind said the pool would close.', 'Mara Lind'],
    ['a title and a name', 'Council spokeswoman Mara Lind said the pool would close.', 'Council spokeswoman Mara Lind'],
    ['a named body', 'The Herald said the pool would close.', 'The Herald'],
  ])('named: %s: %s', (_, text, want) => {
    expect(holder(text)).toEqual({ holder: want, kind: 'named' });
  });
});
