/**
 * A passive's "by" phrase names the doer without a reduced relative after it ("by a postman doing his rounds") and
 * by the proper name in apposition to it ("by the club president, the potter Ruth Amble"). Every sentence invented
 * for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { reportedBetween } from '../helpers/two-reports.js';

const actor = (text: string) => extractClaims({ id: 'd', text, source: 'Wire' })[0]?.proposition.actor?.text;
const kinds = (a: string, b: string) => reportedBetween(a, b).map((c) => c.kind);

describe('the edges of a passive doer', () => {
  it.each([
    ['The lost dog was found by a postman doing his rounds.', 'postman'],
    ['The cup was presented by the club president, the potter Ruth Amble.', 'Ruth Amble'],
    ['The cup was presented by the club president, Ruth Amble.', 'Ruth Amble'],
    ['The cup was presented by the club president.', 'club president'],
    ['The lost dog was found by volunteers searching the woods.', 'volunteers'],
  ])('%s → %s', (text, want) => {
    expect(actor(text)).toBe(want);
  });
});

describe('doers named so', () => {
  it('a doer with a reduced relative against another doer clashes', () => {
    expect(kinds('The lost dog was found by a postman doing his rounds on Sunday.', 'The lost dog was found by a mountain rescue team on Sunday.')).toEqual(['actor']);
  });
  it('a doer named by apposition against another named doer clashes', () => {
    expect(kinds('The cup was presented by the club president, the potter Ruth Amble.', 'Club secretary Dev Anand presented the cup.')).toEqual(['actor']);
  });
  it('the same doer told with and without the description is silent (hard negative)', () => {
    expect(kinds('The cup was presented by the club president, the potter Ruth Amble.', 'Ruth Amble presented the cup.')).toEqual([]);
  });
  it('the same doer told actively is silent (hard negative)', () => {
    expect(kinds('The lost dog was found by a postman doing his rounds on Sunday.', 'A postman found the lost dog on Sunday.')).toEqual([]);
  });
});
