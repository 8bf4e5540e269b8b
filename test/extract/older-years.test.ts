import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const figures = (text: string) =>
  extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2026-06-01' }).flatMap((c) => c.quantities.map((q) => q.span.text));

describe('a four-digit year before 1900 after a preposition of time is a date, not a count', () => {
  it.each([
    ['The rides, a fixture of the resort since 1896, face an uncertain summer.', []],
    ['The club was founded in 1887 and has 40 members.', ['40 members']],
    ['The mill, built before 1850, will close.', []],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });

  it.each([
    ['a count after "in" with its noun stays a count', 'The fire destroyed 1850 homes in 2025.', ['1850 homes']],
    ['a bare figure with no preposition of time stays a count', 'Organisers counted 1850 at the gate.', ['1850']],
  ])('hard negative, %s: %s', (_, text, want) => {
    expect(figures(text)).toEqual(want);
  });
});
