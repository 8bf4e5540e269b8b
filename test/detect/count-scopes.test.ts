/**
 * Issue 10: which count a figure is. An increment is not a total ("40 new infections" / "has infected 5,000"); a count
 * limited to a place is part of a count over the whole ("12 in Florida" / "30 across the region"); counts set at two
 * kinds of place are two groups ("in the square" / "outside the court"); an illness outcome counts the people an
 * outbreak made ill whatever its verb ("infected" / "sickened"). Sentences invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS } from '../helpers/two-reports.js';

const reported = alertsWithEvidence;

describe('increments and totals', () => {
  it('new infections / infections so far: no clash', () => {
    expect(reported('The virus has infected 5,000 people since March.', '40 new infections were reported on Tuesday.')).toEqual([]);
  });

  it('"another 12 deaths" / a season toll: no clash', () => {
    expect(reported('The flu has killed 300 people this winter.', 'Another 12 deaths from the flu were recorded on Friday.')).toEqual([]);
  });

  it('two increments of one day: numeric', () => {
    expect(reported('Officials reported 40 new infections on Tuesday.', 'Officials reported 12 new infections on Tuesday.')).toEqual([
      { kind: 'numeric', band: MEDIUM_PLUS, evidence: ['40 new infections', '12 new infections'] },
    ]);
  });

  it('"more than 30" is a bound, not an addition: compatible with 34, not with 12', () => {
    expect(reported('More than 30 people were injured in the blast.', 'The blast injured 34 people.')).toEqual([]);
    expect(reported('More than 30 people were injured in the blast.', 'The blast injured 12 people.')).toEqual([
      { kind: 'numeric', band: MEDIUM_PLUS, evidence: ['More than 30 people', '12 people'] },
    ]);
  });
});

describe('a part and its whole', () => {
  it('a state / across the region: no clash while the part is smaller', () => {
    expect(reported('The storm killed 12 people in Florida.', 'The storm killed 30 people across the region.')).toEqual([]);
  });

  it('a state / the country that contains it: no clash', () => {
    expect(reported('The storm killed 12 people in Florida.', 'The storm killed 30 people in the United States.')).toEqual([]);
  });

  it('a part larger than the whole: numeric', () => {
    expect(reported('The storm killed 40 people in Florida.', 'The storm killed 30 people across the region.')).toEqual([
      { kind: 'numeric', band: MEDIUM_PLUS, evidence: ['40 people', '30 people'] },
    ]);
  });

  it('a place on one side only is no part: the other may mean it unsaid', () => {
    expect(reported('The envoy said 790 people were killed in January.', 'The envoy said about 300 people died in Iraq in January.')).toEqual([
      { kind: 'numeric', band: MEDIUM_PLUS, evidence: ['790 people', 'about 300 people'] },
    ]);
  });

  it('one place on both sides: numeric', () => {
    expect(reported('The storm killed 12 people in Florida.', 'The storm killed 30 people in Florida.')).toEqual([
      { kind: 'numeric', band: MEDIUM_PLUS, evidence: ['12 people', '30 people'] },
    ]);
  });
});

describe('one instance and several', () => {
  it('the first blast / the two blasts: no clash while the part is smaller', () => {
    expect(reported('Three people were killed in the first blast.', 'The two blasts killed 11 people.')).toEqual([]);
    expect(reported('The first attack wounded 5 soldiers.', 'Both attacks wounded 20 soldiers.')).toEqual([]);
  });

  it('one instance larger than all of them: numeric', () => {
    expect(reported('Fourteen people were killed in the first blast.', 'The two blasts killed 11 people.')).toEqual([
      { kind: 'numeric', band: MEDIUM_PLUS, evidence: ['Fourteen people', '11 people'] },
    ]);
  });

  it('the same instance twice: numeric', () => {
    expect(reported('Three people were killed in the first blast.', 'Eleven people were killed in the first blast.')).toEqual([
      { kind: 'numeric', band: MEDIUM_PLUS, evidence: ['Three people', 'Eleven people'] },
    ]);
  });
});

describe('progress toward a target', () => {
  it('already cut / will cut: no clash while the progress is smaller', () => {
    expect(reported('The company will cut 5,000 jobs by 2025.', 'The company has already cut 1,200 jobs.')).toEqual([]);
    expect(reported('The city plans to plant 10,000 trees.', 'So far 2,300 trees have been planted.')).toEqual([]);
  });

  it('progress past the target: numeric', () => {
    expect(reported('The company will cut 5,000 jobs by 2025.', 'The company has already cut 7,000 jobs.')).toEqual([
      { kind: 'numeric', band: MEDIUM_PLUS, evidence: ['5,000 jobs', '7,000 jobs'] },
    ]);
  });

  it('two progress counts, or two targets: numeric', () => {
    expect(reported('The company has already cut 1,200 jobs.', 'The company has already cut 3,000 jobs.')).toEqual([
      { kind: 'numeric', band: MEDIUM_PLUS, evidence: ['1,200 jobs', '3,000 jobs'] },
    ]);
    expect(reported('The company will cut 5,000 jobs.', 'The company will cut 1,200 jobs.')).toEqual([
      { kind: 'numeric', band: MEDIUM_PLUS, evidence: ['5,000 jobs', '1,200 jobs'] },
    ]);
  });
});

describe('counts at two settings', () => {
  it('a crowd in the square / a crowd outside the court: no clash', () => {
    expect(reported('A crowd estimated at 20,000 gathered in the square.', 'A crowd of about 500 gathered outside the court.')).toEqual([]);
  });

  it('arrests at the stadium / at the airport: no clash', () => {
    expect(reported('Police arrested 40 people at the stadium.', 'Police arrested 12 people at the airport.')).toEqual([]);
  });

  it('one setting named twice: numeric', () => {
    expect(reported('A crowd estimated at 20,000 gathered in the square.', 'A crowd of about 500 gathered in the main square.')).toEqual([
      { kind: 'numeric', band: MEDIUM_PLUS, evidence: ['20,000', 'about 500'] },
    ]);
  });
});

describe('illness outcomes', () => {
  it('infected / sickened count one group: numeric', () => {
    expect(reported('The outbreak has infected 40 people, health officials said.', 'Twelve people were sickened in the outbreak, health officials said.')).toEqual([
      { kind: 'numeric', band: MEDIUM_PLUS, evidence: ['40 people', 'Twelve people'] },
    ]);
  });

  it('sickened / hospitalized / died count different groups: no clash', () => {
    expect(reported('The outbreak has sickened 40 people.', 'Twelve people were hospitalized in the outbreak.')).toEqual([]);
    expect(reported('The outbreak has infected 40 people.', 'Twelve people have died in the outbreak.')).toEqual([]);
  });
});
