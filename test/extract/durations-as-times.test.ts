import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const timesOf = (text: string) => extractClaims({ id: 'd', text, publishedAt: '2026-12-05' }).flatMap((c) => c.times.map((t) => t.span.text));

describe('a length of time an act took ("in 41 seconds") is no point in time', () => {
  it.each([
    ['seconds after "in"', 'Kev Ainscough ate a meat-and-potato pie in 41 seconds on Saturday.', ['Saturday']],
    ['minutes and seconds', 'Rennie covered the course in 23 minutes 51 seconds on Sunday.', ['Sunday']],
    ['hours after "in"', 'The crew reached the summit in two hours on Monday.', ['Monday']],
  ])('%s', (_name, text, expected) => {
    expect(timesOf(text)).toEqual(expected);
  });

  it.each([
    ['a calendar date', 'The bridge reopened on March 3.', ['March 3']],
    ['a clock time', 'The meeting starts at 10am on Monday.', ['10am on Monday']],
  ])('a point in time stays: %s', (_name, text, expected) => {
    expect(timesOf(text)).toEqual(expected);
  });
});
