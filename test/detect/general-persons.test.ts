/**
 * A general noun of person ("the woman", Halliday & Hasan 1976 § 6.2) may refer back to one person told another way
 * ("the tenant"), so the claims can clash (detect/general-persons.ts). Sentences invented for this file; expectations
 * written before the first run. Hard negatives: two role descriptions (two people), a thing, a plural general noun,
 * and the same denial reported twice.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const kinds = (a: string, b: string) => analyze({ documents: [{ id: 'a', text: a }, { id: 'b', text: b }] }).conflicts.map((c) => c.kind);

describe('a general noun of person and a description of one person', () => {
  it('passive: "the tenant was not evicted" / "the woman was evicted"', () => {
    expect(kinds('The tenant was not evicted from the flat on Friday.', 'The woman was evicted from the flat on Friday.')).toEqual(['polarity']);
  });

  it('active: "the pensioner did not return the van" / "the man returned the van"', () => {
    expect(kinds('The pensioner did not return the van on Friday.', 'The man returned the van on Friday.')).toEqual(['polarity']);
  });

  it('hard negative: two role descriptions are two people ("the driver" / "the passenger")', () => {
    expect(kinds('The driver was not hurt in the crash on Friday.', 'The passenger was hurt in the crash on Friday.')).toEqual([]);
  });

  it('hard negative: a thing is no person ("the woman" / "the car")', () => {
    expect(kinds('The woman was not towed to the depot on Friday.', 'The car was towed to the depot on Friday.')).toEqual([]);
  });

  it('hard negative: a plural general noun is a group, not the one person ("the men" / "the tenant")', () => {
    expect(kinds('The men were not evicted from the flat on Friday.', 'The tenant was evicted from the flat on Friday.')).toEqual([]);
  });

  it('hard negative: the same denial reported twice', () => {
    expect(kinds('The tenant was not evicted from the flat on Friday.', 'The woman was not evicted from the flat on Friday.')).toEqual([]);
  });
});
