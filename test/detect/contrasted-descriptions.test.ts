import { describe, expect, it } from 'vitest';
import { alertKinds } from '../helpers/two-reports.js';

const alerts = alertKinds;

describe('definite descriptions of one head told apart by antonym modifiers ("the old footbridge" / "the new footbridge") are two things', () => {
  it.each([
    ['old and new: another doer of one act', 'The old footbridge was designed by Ove Lind in 1960.', 'The new footbridge was designed by engineers from Leeds.'],
    ['north and south: closed and not closed', 'The north stand will close for repairs next month.', 'The south stand will not close for repairs next month.'],
    ['inner and outer: two counts', 'The inner harbour holds 40 boats.', 'The outer harbour holds 120 boats.'],
  ])('no conflict: %s', (_name, a, b) => {
    expect(alerts(a, b)).toEqual([]);
  });

  it.each([
    ['one description, two doers', 'The old footbridge was designed by Ove Lind in 1960.', 'The old footbridge was designed by engineers from Leeds.', ['actor']],
    ['one description, closed and not closed', 'The north stand will close for repairs next month.', 'The north stand will not close for repairs next month.', ['polarity']],
    ['indefinite descriptions describe one thing, they do not pick out two', 'A small fire destroyed the old footbridge on Monday.', 'A large fire did not destroy the old footbridge on Monday.', ['polarity']],
  ])('still a conflict: %s', (_name, a, b, kinds) => {
    expect(alerts(a, b)).toEqual(kinds);
  });
});
