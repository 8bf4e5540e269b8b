/**
 * Two status readings: "not yet" against a plain "not" of the same act agrees (one act not done up to now), while a
 * refusal or a decision to come still clashes; and an awaited verdict or decision against the decision made by the
 * same decider (lexicon/process-outcomes.ts JUDGMENT_OUTCOMES, ASSESSMENT_OUTCOMES). Every sentence is invented here.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS } from '../helpers/two-reports.js';

const kinds = (a: string, b: string) => alertsWithEvidence(a, b).map((c) => [c.kind, c.band]);

describe('not yet against not', () => {
  it.each([
    ['The minister has not yet signed the bill.', 'The minister will not sign the bill.'],
    ['The minister has not yet signed the bill.', 'The minister refused to sign the bill.'],
    ['The board has not yet decided whether to sell the plant.', 'The board will not sell the plant.'],
  ])('%s / %s: status', (a, b) => {
    expect(kinds(a, b)).toEqual([['status', MEDIUM_PLUS]]);
  });

  it.each([
    ['synonyms, both not done', 'The project has not yet been completed.', 'The project is not finished.'],
    ['one verb, both not done', 'The minister has not yet signed the bill.', 'The minister did not sign the bill.'],
    ['still not / has not', 'The road is still not repaired.', 'The road has not been repaired.'],
  ])('no conflict: %s', (_, a, b) => {
    expect(kinds(a, b)).toEqual([]);
  });
});

describe('an awaited decision made by its decider', () => {
  it.each([
    ['The jury has not yet reached a verdict.', 'The jury convicted the driver.'],
    ['The panel has yet to issue a ruling on the appeal.', 'The panel rejected the appeal.'],
    ['The regulator has made no decision on the merger.', 'The regulator approved the merger.'],
  ])('%s / %s: status', (a, b) => {
    expect(kinds(a, b)).toEqual([['status', MEDIUM_PLUS]]);
  });

  it.each([
    ['another decider', 'The jury has not yet reached a verdict.', 'The judge convicted the driver.'],
    ['another decider of the kind', 'The jury has not yet reached a verdict.', 'A second jury convicted the driver.'],
    ['a decision a year back', 'The jury has not yet reached a verdict in the fraud trial.', 'The jury convicted the driver last year.'],
    ['a decision only predicted', 'The jury has not yet reached a verdict.', 'The jury will convict the driver, lawyers predicted.'],
  ])('no conflict: %s', (_, a, b) => {
    expect(kinds(a, b)).toEqual([]);
  });
});
