/**
 * A vague plural runs from twice its scale to below twice the next scale, where the next plural starts: "hundreds"
 * is 200 to 1,999, so it covers a count of 1,200 but not "thousands". Every sentence invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { reportedBetween } from '../helpers/two-reports.js';

const kinds = (a: string, b: string) => reportedBetween(a, b).map((c) => c.kind);

describe('vague plurals against figures', () => {
  it('"hundreds" and "more than 1,200" are compatible (hard negative)', () => {
    expect(kinds('More than 1,200 kite fliers gathered on the downs on Sunday.', 'Hundreds of kite fliers gathered on the downs on Sunday.')).toEqual([]);
  });
  it('"hundreds" and "thousands" still clash', () => {
    expect(kinds('Hundreds of kite fliers gathered on the downs on Sunday.', 'Thousands of kite fliers gathered on the downs on Sunday.')).toEqual(['numeric']);
  });
  it('"hundreds" and a count of 40 still clash', () => {
    expect(kinds('Hundreds of kite fliers gathered on the downs on Sunday.', 'About 40 kite fliers gathered on the downs on Sunday.')).toEqual(['numeric']);
  });
  it('"dozens" and "thousands" still clash', () => {
    expect(kinds('Dozens of kite fliers gathered on the downs on Sunday.', 'Thousands of kite fliers gathered on the downs on Sunday.')).toEqual(['numeric']);
  });
});

describe('vague plurals of near scales', () => {
  it('"dozens" and "scores" overlap: no clash (hard negative)', () => {
    expect(kinds('Dozens of kite fliers gathered on the downs on Sunday.', 'Scores of kite fliers gathered on the downs on Sunday.')).toEqual([]);
  });
});
