import { describe, expect, it } from 'vitest';
import { alertKinds } from '../helpers/two-reports.js';

const alerts = alertKinds;

describe('an act one has the right, the chance or the time to do is an option, not an act done or intended', () => {
  it.each([
    ['time allowed ("has 28 days to appeal") against a refusal', 'Mr Pyle has 28 days to appeal against the decision.', 'Mr Pyle said he would not appeal against the decision.'],
    ['a right against an act not done', 'Residents have the right to object to the licence.', 'No residents objected to the licence.'],
    ['free to act against a plan not to', 'The firm is free to reopen the quarry.', 'The firm will not reopen the quarry, its director said.'],
    ['a deadline ("until Friday to") against a refusal', 'Members have until Friday to vote on the merger.', 'Members will not vote on the merger, the club said.'],
  ])('no conflict: %s', (_name, a, b) => {
    expect(alerts(a, b)).toEqual([]);
  });

  it.each([
    ['a decision to act against a refusal', 'Mr Pyle has decided to appeal against the decision.', 'Mr Pyle said he would not appeal against the decision.'],
    ['an intention against a refusal', 'Mr Pyle will appeal against the decision.', 'Mr Pyle said he would not appeal against the decision.'],
    ['two options, one denied', 'Residents have the right to object to the licence.', 'Residents do not have the right to object to the licence.'],
  ])('still a conflict: %s', (_name, a, b) => {
    expect(alerts(a, b)).toEqual(['polarity']);
  });
});
