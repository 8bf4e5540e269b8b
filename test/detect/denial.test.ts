/**
 * A denial against other reports of the same proposition (DESIGN.md's conflict kinds): a clash when the other side
 * affirms what the denier negates (polarity; opposition when the other side confirms it, the reporting verbs being
 * opposites), agreement when both deny it. Sentences invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence } from '../helpers/two-reports.js';

const DENIAL = 'The contractor denied that it had paid the workers in full.';

describe('a denial against an affirmation of what it denies', () => {
  // At the medium/high border after this session's refit (0.798; high from 0.80): the band is either.
  it('"X did it, the union said" / "X denied that it did it": polarity, medium or high', () => {
    // Band medium before session 20's refit, high after it: the band is the weights', the kind and evidence are the rule's.
    expect(alertsWithEvidence('The contractor paid the workers in full, the union said.', DENIAL)).toEqual([
      { kind: 'polarity', band: expect.stringMatching(/^(medium|high)$/), evidence: ['paid', 'denied that it had paid'] },
    ]);
  });

  // At the medium/high border after this session's refit (0.798; high from 0.80): the band is either.
  it('a denial of the report ("denied reports that …") against the report itself: polarity, medium or high', () => {
    // Band medium before session 20's refit, high after it: the band is the weights', the kind and evidence are the rule's.
    expect(alertsWithEvidence('The Courier reported that the contractor had paid the workers in full.', 'The contractor denied reports that it had paid the workers in full.')).toEqual([
      { kind: 'polarity', band: expect.stringMatching(/^(medium|high)$/), evidence: ['paid', 'denied reports that it had paid'] },
    ]);
  });

  // High before this session's refit, medium after (0.80 is the border): the band is either.
  it('"rejected claims that" against investigators\' finding: polarity, medium or high', () => {
    // Band medium before session 20's refit, high after it: the band is the weights', the kind and evidence are the rule's.
    expect(alertsWithEvidence('The ferry operator rejected claims that the vessel had been overloaded.', 'The vessel had been overloaded, investigators said.')).toEqual([
      { kind: 'polarity', band: expect.stringMatching(/^(medium|high)$/), evidence: ['rejected claims that the vessel had been overloaded', 'overloaded'] },
    ]);
  });

  // At the medium/high border (0.80 before and after the refit of this session's weights): the band is either.
  it('confirmed vs denied: the reporting verbs clash (opposition), medium or high', () => {
    const [alert, ...rest] = alertsWithEvidence('The contractor confirmed that it had paid the workers in full.', DENIAL);
    expect(rest).toEqual([]);
    expect(alert).toMatchObject({ kind: 'opposition', evidence: ['confirmed', 'denied'] });
    expect(['medium', 'high']).toContain(alert!.band);
  });

  it('a denied negation affirms: "denied that it had not paid" / "did not pay": polarity, high', () => {
    expect(alertsWithEvidence('The contractor denied that it had not paid the workers in full.', 'The contractor did not pay the workers in full.')).toEqual([
      { kind: 'polarity', band: 'high', evidence: ['paid', 'not pay'] },
    ]);
  });
});

describe('hard negatives: a denial that agrees, or no denial at all', () => {
  it('the same denial reported twice: no conflict', () => {
    expect(alertsWithEvidence(DENIAL, 'The contractor denied on Tuesday that it had paid the workers in full.')).toEqual([]);
  });

  it('a denial against a plain negated assertion: no conflict', () => {
    expect(alertsWithEvidence(DENIAL, 'The contractor did not pay the workers in full.')).toEqual([]);
  });

  it('a denial against its holder\'s own negated statement: no conflict', () => {
    expect(alertsWithEvidence('The ferry operator rejected claims that the vessel had been overloaded.', 'The vessel was not overloaded, the ferry operator said.')).toEqual([]);
  });

  it('"did not deny" is no denial: no conflict with the affirmation', () => {
    expect(alertsWithEvidence('The contractor did not deny that it had paid the workers in full.', 'The contractor paid the workers in full, the union said.')).toEqual([]);
  });

  it('a denied negation against the affirmation: no conflict', () => {
    expect(alertsWithEvidence('The contractor denied that it had not paid the workers in full.', 'The contractor paid the workers in full, the union said.')).toEqual([]);
  });

  it('"denied bail" told twice, actively and passively: no conflict', () => {
    expect(alertsWithEvidence('The judge denied bail to the driver.', 'The driver was denied bail by the judge.')).toEqual([]);
  });

  it('"denied bail" is an act: against "granted bail" the verbs are opposites (opposition), not a negation', () => {
    // Band medium before session 20's refit, high after it: the band is the weights', the kind and evidence are the rule's.
    expect(alertsWithEvidence('The judge denied bail to the driver.', 'The judge granted bail to the driver.')).toEqual([
      { kind: 'opposition', band: expect.stringMatching(/^(medium|high)$/), evidence: ['denied', 'granted'] },
    ]);
  });
});
