/**
 * "down on last year", "up on 2023", "compared with 2024", "higher than last year": the date after a comparison cue is
 * the base the claim is measured against (Quirk et al. 1985 § 9.3, "on" and "compared with" of comparison), not when
 * the claim holds; it dates nothing. Invented sentences; expectations written before the first run.
 */
import { describe, expect, it } from 'vitest';
import { extractTimes } from '../../src/extract/times.js';

const doc = (text: string) => ({ text, view: text });
const spans = (text: string) => extractTimes(doc(text), { start: 0, end: text.length }, '2025-09-30').map((t) => t.span.text);

describe('a comparison base dates nothing', () => {
  it.each([
    'Visitor numbers at the model village are down on last year.',
    'Ticket sales were up on 2023, the owner said.',
    'Membership rose compared with 2024.',
    'Takings were higher than last year.',
  ])('%s', (text) => expect(spans(text)).toEqual([]));

  it('the claim\'s own date beside the base stays', () => {
    expect(spans('Ticket sales in August were up on last year.')).toEqual(['August']);
  });
  it('"on" before a plain date still dates the claim (hard negative)', () => {
    expect(spans('The pier reopened on 3 March.')).toEqual(['3 March']);
  });
});

describe('"down on" of a phrasal verb is no comparison (hard negatives)', () => {
  it.each([
    ['The lander touched down on March 2.', 'March 2'],
    ['The old mill was shut down on 4 May.', '4 May'],
  ])('%s', (text, date) => expect(spans(text)).toEqual([date]));
  it('a change figure before "on" is a comparison', () => expect(spans('Sales were up 12% on last year.')).toEqual([]));
});
