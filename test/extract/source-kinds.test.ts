import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const holder = (text: string) => {
  const [c] = extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2024-06-12' });
  return { holder: c?.attribution.holder, kind: c?.attribution.holderKind };
};

describe('a name before a plural of people says whose they are, not who: the speakers stay unnamed', () => {
  it.each([
    ['Treasury officials said the depot was hit.', 'Treasury officials'],
    ['Kenyan diplomats said the talks stalled.', 'Kenyan diplomats'],
    ['Officials said the dam held.', 'Officials'],
  ])('%s', (text, name) => {
    expect(holder(text)).toEqual({ holder: name, kind: 'anonymous' });
  });

  it.each([
    ['a named person with a body before the name', 'Treasury spokesman Ray Holt said the depot was hit.', 'Treasury spokesman Ray Holt', 'named'],
    ['a named body', 'Interpol said the suspect fled.', 'Interpol', 'named'],
    ['a person speaking for a body stays anonymous', 'A spokesman for the ministry said the crossing was open.', 'A spokesman for the ministry', 'anonymous'],
    ['texts stay anonymous', 'Some reports said the talks failed.', 'Some reports', 'anonymous'],
  ])('hard negative, %s: %s', (_, text, name, kind) => {
    expect(holder(text)).toEqual({ holder: name, kind });
  });
});
