import { describe, expect, it } from 'vitest';
import { roleMayBeNamed } from '../../src/detect/roles.js';
import { buildLexicon } from '../../src/lexicon/index.js';

const titles = buildLexicon().tables['role-titles'].ROLE_TITLES;

const phrase = (text: string) => ({ text, key: text.toLowerCase(), span: { start: 0, end: text.length, text } });

describe('roleMayBeNamed', () => {
  it.each([
    ['A High Court judge', 'Justice Amara Diallo', true],
    ['Justice Amara Diallo', 'an appeals judge', true],
    ['a junior minister', 'Secretary Lina Park', true],
    ['A High Court judge', 'Senator Amara Diallo', false],
    ['The High Court judge', 'Justice Amara Diallo', false],
    ['a judge', 'the justice ministry', false],
    ['a spokesman', 'Justice Amara Diallo', false],
  ])('%s / %s → %s', (x, y, expected) => {
    expect(roleMayBeNamed(phrase(x), phrase(y), titles)).toBe(expected);
  });

  it('is false when either side names no one', () => {
    expect(roleMayBeNamed(undefined, phrase('Justice Amara Diallo'), titles)).toBe(false);
  });

  it('reads the titles it is given: without "justice" for judges the named judge is not known to be the one', () => {
    expect(roleMayBeNamed(phrase('A High Court judge'), phrase('Justice Amara Diallo'), { judge: ['judge'] })).toBe(false);
  });
});
