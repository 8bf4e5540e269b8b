/**
 * A weekday after "a", "an", "every" or "each" names a kind of day ("a Sunday crossing", "every Monday"), not a date
 * (Quirk et al. 1985 § 5.68: a proper noun with an indefinite or distributive determiner is used as a common noun):
 * it dates nothing. Hard negatives: a weekday on its own or after "on" or "this" is still a date. Sentences invented
 * for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractTimes } from '../../src/extract/times.js';

const doc = (text: string) => ({ text, view: text });
// Thursday 15 May 2025.
const REFERENCE = '2025-05-15';
const spans = (text: string) => extractTimes(doc(text), { start: 0, end: text.length }, REFERENCE).map((t) => [t.span.text, t.from]);

describe('a weekday used as a common noun dates nothing', () => {
  it.each([
    'The winter timetable adds a Sunday crossing for the first time.',
    'The market opens every Monday from nine.',
    'Each Friday the library stays open late.',
    'There is an extra Saturday service in summer.',
    'The path has reopened, so our Tuesday walks are coming home.',
    'The chapel restarted its Sunday service.',
  ])('%s', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it('keeps the date beside it', () => {
    expect(spans('A Sunday service starts on Monday 19 May.')).toEqual([['Monday 19 May', '2025-05-19']]);
  });
});

describe('hard negatives: a weekday that is a date', () => {
  it.each([
    ['The ferry sailed on Sunday.', [['Sunday', '2025-05-11']]],
    ['Sunday was the busiest day.', [['Sunday', '2025-05-11']]],
    ['The crossing resumes this Sunday.', [['this Sunday', '2025-05-18']]],
  ] as const)('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('a weekday of every month recurs (a habitual): it dates nothing', () => {
  it.each([
    'The repair café meets on the first Saturday of each month.',
    'Sessions run on the last Friday of every month.',
    'The choir sings on the second Sunday of the month.',
  ])('%s', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it('a weekday of a named month is a date', () => {
    expect(spans('The fair opens on Monday 2 June, the first Monday of June.').map(([text]) => text)).toContain('Monday 2 June');
  });
});
