/**
 * An obligation said still to stand ("still has to be ratified", "is still to be signed") leaves its act undone: the
 * claim is pending. Every sentence invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { reportedBetween } from '../helpers/two-reports.js';

const state = (text: string) => extractClaims({ id: 'd', text, source: 'Wire' })[0]?.proposition.state;
const kinds = (a: string, b: string) => reportedBetween(a, b).map((c) => c.kind);

describe('an obligation still standing', () => {
  it.each([
    ['The new lease still has to be signed.', 'pending'],
    ['The merger still needs to be approved by regulators.', 'pending'],
    ['The treaty is still to be ratified.', 'pending'],
    ['The lease has to be signed by Friday.', 'affirmed'],
    ['The lease was signed on Friday.', 'affirmed'],
  ])('%s → %s', (text, want) => {
    expect(state(text)).toBe(want);
  });
  it('"is still to be signed" / "was signed on Monday" is a status clash', () => {
    expect(kinds('The pay deal is still to be signed, the union said.', 'The pay deal was signed on Monday, the union said.')).toEqual(['status']);
  });
  it('"still has to be signed" / "has yet to be signed" agree (paraphrase, hard negative)', () => {
    expect(kinds('The pay deal still has to be signed, the union said.', 'The pay deal has yet to be signed, the union said.')).toEqual([]);
  });
});
