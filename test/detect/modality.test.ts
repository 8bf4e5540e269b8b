/**
 * Claims that are not the writer's assertion of what holds (issue 15): a clause under a condition, a possibility
 * ("could be merged"), a judgement elliptically continued ("should never have … — certainly not to …"). Each class is
 * silenced and the same shape without the modal wording still clashes. Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS } from '../helpers/two-reports.js';

const reported = alertsWithEvidence;

describe('a condition is not an assertion', () => {
  it('"If reports … are accurate, the army could barely contain …" / fighting reported: no clash', () => {
    expect(
      reported(
        'If reports from the wire agency are accurate, the army could “barely contain” the rebel fighters or force a retreat even with the air support offered by its allies.',
        'Fierce fighting has been reported on the outskirts of Dunmore where rebel fighters are attempting to seize control of the port - despite ongoing air strikes against the group.',
      ),
    ).toEqual([]);
  });

  it('"If the talks fail, the union will strike" / "will not strike": no clash', () => {
    expect(reported('If the talks fail, the dockers union will strike on Monday.', 'The dockers union will not strike on Monday.')).toEqual([]);
  });

  it('the same claims asserted: polarity', () => {
    expect(reported('The dockers union will strike on Monday.', 'The dockers union will not strike on Monday.')).toEqual([
      { kind: 'polarity', band: 'high', evidence: ['strike', 'not strike'] },
    ]);
  });

  it('a concessive "even if" after the main clause still asserts it: polarity', () => {
    expect(reported('The dockers union will not strike on Monday, even if the talks fail.', 'The dockers union will strike on Monday.')).toEqual([
      { kind: 'polarity', band: 'high', evidence: ['not strike', 'strike'] },
    ]);
  });
});

describe('a possibility denies nothing', () => {
  const NO_PLANS = 'There were no plans to merge the two radio stations, the owner said.';

  it('"no plans to merge" / "could be merged": no clash', () => {
    expect(reported(NO_PLANS, 'A person close to the owner said the two radio stations could be merged.')).toEqual([]);
  });

  it('"no plans to merge" / "will be merged": polarity', () => {
    expect(reported(NO_PLANS, 'A person close to the owner said the two radio stations will be merged.')).toEqual([
      { kind: 'polarity', band: expect.stringMatching(/^(medium|high)$/), evidence: ['no plans to merge', 'merged'] },
    ]);
  });

  it('the month "May" is no modal: polarity', () => {
    expect(reported('In May the owner merged the two radio stations.', 'The owner did not merge the two radio stations.')).toEqual([
      { kind: 'polarity', band: expect.stringMatching(/^(medium|high)$/), evidence: ['merged', 'not merge'] },
    ]);
  });
});

describe('an elliptical "not to" keeps the modal of the clause it continues', () => {
  const DID = 'The locum surgeon performed a biopsy on the patient.';

  it('"should never have been there — certainly not to perform a biopsy": no clash', () => {
    expect(reported(DID, 'The locum surgeon should never have been in the theatre at all — certainly not to perform a biopsy.')).toEqual([]);
  });

  it('"did not perform a biopsy": polarity', () => {
    expect(reported(DID, 'The locum surgeon did not perform a biopsy on the patient.')).toEqual([
      { kind: 'polarity', band: 'high', evidence: ['performed', 'not perform'] },
    ]);
  });
});

describe('one verb on two different things is two propositions', () => {
  it('"gave her a third arm" / "refused to give her real name": no clash', () => {
    expect(reported('Vela Trine claims to have had plastic surgery that gave her a third arm.', 'During a radio interview, Trine refused to give her real name.')).toEqual([]);
  });

  it('"gave the letter to the king" / "refused to give the letter to the king": polarity', () => {
    expect(reported('The envoy gave the letter to the king.', 'The envoy refused to give the letter to the king.')).toEqual([
      // The band is the judge's chance (high after session 28's refit, medium before it): the reading is this test's.
      { kind: 'polarity', band: MEDIUM_PLUS, evidence: ['gave', 'refused'] },
    ]);
  });

  it('"will sell the stadium" / "refused to sell the stadium to the city": polarity', () => {
    expect(reported('The company will sell the stadium.', 'The company refused to sell the stadium to the city.')).toEqual([
      { kind: 'polarity', band: MEDIUM_PLUS, evidence: ['sell', 'refused'] },
    ]);
  });
});
