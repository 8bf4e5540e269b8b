import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const kind = (text: string) => extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2024-06-12' })[0]?.attribution.holderKind;

describe('a body noun with "the" or no article names one institution (Quirk § 5.28)', () => {
  it.each([
    'Police said the driver had fled on foot.',
    'The transport ministry said the bridge would reopen.',
    'According to the agency, the dam held.',
    'The government said the tax would rise.',
  ])('named: %s', (text) => expect(kind(text)).toBe('named'));

  it.each([
    'A spokesman for the ministry said the bridge would reopen.',
    'A government official said the tax would rise.',
    'Local police said the driver had fled on foot.',
    'Some newspapers said the dam held.',
    'Sources in the ministry said the bridge would reopen.',
    'An agency said the dam held.',
  ])('still anonymous: %s', (text) => expect(kind(text)).toBe('anonymous'));
});
