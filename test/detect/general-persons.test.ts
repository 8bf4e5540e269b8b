/**
 * A general noun of person ("the woman", Halliday & Hasan 1976 § 6.2) may refer back to one person told another way
 * ("the client"), so the claims can clash (detect/general-persons.ts). Sentences invented for this file; expectations
 * written before the first run. Hard negatives: two role descriptions (two people), a thing, a plural general noun,
 * and the same denial reported twice.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const kinds = (a: string, b: string) => analyze({ documents: [{ id: 'a', text: a }, { id: 'b', text: b }] }).conflicts.map((c) => c.kind);

describe('a general noun of person and a description of one person', () => {
  it('passive: "the client was not taken to hospital" / "the woman was taken to hospital"', () => {
    expect(kinds('The client was not taken to hospital after the fall on Friday.', 'The woman was taken to hospital after the fall on Friday.')).toEqual(['polarity']);
  });

  it('active: "the pensioner did not return the van" / "the man returned the van"', () => {
    expect(kinds('The pensioner did not return the van on Friday.', 'The man returned the van on Friday.')).toEqual(['polarity']);
  });

  it('hard negative: two role descriptions are two people ("the driver" / "the passenger")', () => {
    expect(kinds('The driver was not hurt in the crash on Friday.', 'The passenger was hurt in the crash on Friday.')).toEqual([]);
  });

  it('hard negative: a thing is no person ("the woman" / "the car")', () => {
    expect(kinds('The woman was not taken to the depot on Friday.', 'The car was taken to the depot on Friday.')).toEqual([]);
  });

  it('hard negative: a plural general noun is a group, not the one person ("the men" / "the client")', () => {
    expect(kinds('The men were not taken to hospital on Friday.', 'The client was taken to hospital on Friday.')).toEqual([]);
  });

  it('hard negative: the same denial reported twice', () => {
    expect(kinds('The client was not taken to hospital on Friday.', 'The woman was not taken to hospital on Friday.')).toEqual([]);
  });
});
