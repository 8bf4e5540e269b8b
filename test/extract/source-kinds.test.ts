import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const holder = (text: string) => {
  const [c] = extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2024-06-12' });
  return { holder: c?.attribution.holder, kind: c?.attribution.holderKind };
};

describe('an organisation is a named body; unnamed people are anonymous', () => {
  it.each([
    ['Police said the road was closed.', 'Police', 'named'],
    ['The ministry said the bridge fell.', 'The ministry', 'named'],
    ['According to the transport agency, 12 trains were cancelled.', 'the transport agency', 'named'],
    ['Pentagon officials said the depot was hit.', 'Pentagon officials', 'anonymous'],
    ['Kenyan diplomats said the talks stalled.', 'Kenyan diplomats', 'anonymous'],
    ['Officials said the dam held.', 'Officials', 'anonymous'],
  ])('%s', (text, name, kind) => {
    expect(holder(text)).toEqual({ holder: name, kind });
  });

  it.each([
    ['a person speaking for a body stays anonymous', 'A spokesman for the ministry said the crossing was open.', 'A spokesman for the ministry', 'anonymous'],
    ['an anonymous determiner before a body', 'Some police sources said the suspect fled.', 'Some police sources', 'anonymous'],
    ['texts stay anonymous', 'Some reports said the talks failed.', 'Some reports', 'anonymous'],
    ['a named person with a body before the name', 'Pentagon spokesman Ray Holt said the depot was hit.', 'Pentagon spokesman Ray Holt', 'named'],
  ])('hard negative, %s: %s', (_, text, name, kind) => {
    expect(holder(text)).toEqual({ holder: name, kind });
  });
});
