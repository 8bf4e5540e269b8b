import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { clashes } from '../helpers/two-reports.js';

/**
 * A refusal verb that names an act of stopping, removing or abstaining ("withdraw", "cancel", "scrap"), negated with a
 * plain object, tells that the act did not happen (negated); a response to a proposal ("did not reject the offer",
 * "did not rule out a ban") leaves the question open (pending), as before. Invented sentences.
 */
const state = (text: string) => extractClaims({ id: 'd', text, source: 'Wire' })[0]?.proposition.state;

describe('negated refusal verbs', () => {
  it.each([
    ['The bakery has not withdrawn its donations to the food bank.', 'negated'],
    ['The theatre did not cancel the puppet show.', 'negated'],
    ['The board did not reject the offer.', 'pending'],
    ['The minister did not rule out a ban.', 'pending'],
  ])('%s → %s', (text, expected) => expect(state(text)).toBe(expected));

  it('the same denial told twice in other words is no clash (hard negative)', () => {
    expect(clashes(
      'The bakery says it has not withdrawn its donations to the food bank.',
      'The bakery has denied cutting off its donations to the food bank.',
      ['2026-03-12', '2026-03-13'],
    )).toEqual([]);
  });

  // An affirmed "cancelled" reads as state 'refused' (negative) and "did not cancel" as 'negated': both negative, yet
  // they clash on the act itself (detect/polarity.ts actDoneAndNot).
  it('a show not cancelled against a show cancelled is a polarity conflict (positive)', () => {
    expect(clashes('The theatre did not cancel the puppet show on Friday.', 'The theatre cancelled the puppet show on Friday.', ['2026-03-14']).map(([kind]) => kind)).toEqual(['polarity']);
  });

  it('two acts of cancelling, one denied, on two things are no clash (hard negative)', () => {
    expect(clashes('The theatre did not cancel the puppet show on Friday.', 'The theatre cancelled the jazz night on Friday.', ['2026-03-14'])).toEqual([]);
  });

  it('a cancellation reported twice is no clash (hard negative)', () => {
    expect(clashes('The theatre cancelled the puppet show on Friday.', 'The puppet show was cancelled by the theatre on Friday.', ['2026-03-14'])).toEqual([]);
  });
});
