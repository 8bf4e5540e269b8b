import { describe, expect, it } from 'vitest';
import { phrasalAntonymsOf } from '../../src/relate/wordnet.js';
import { analyzeTwoReports } from '../helpers/two-reports.js';

// Medium and high are one reported band here: the border between them moves with each refit of the weights (session 18).
const conflicts = (a: string, b: string) => analyzeTwoReports(a, b).conflicts.map((c) => `${c.kind}:${c.band === 'low' ? 'low' : 'medium+'}`);

// WordNet's direct antonyms where one side is a two-word verb, read from a claim's verb and the word after it.
describe('phrasal verbs read through their particle', () => {
  it('the table holds WordNet\'s two-word antonyms both ways', () => {
    expect(phrasalAntonymsOf('switch_off')).toEqual(['switch_on']);
    expect(phrasalAntonymsOf('phase_in')).toEqual(['phase_out']);
    expect(phrasalAntonymsOf('take_office')).toEqual(['leave_office']);
    expect(phrasalAntonymsOf('switch')).toEqual([]);
  });

  it('one doer, one thing, opposite two-word verbs: opposition', () => {
    expect(conflicts('The plant switched off two reactors on Monday.', 'The plant switched on two reactors on Monday.')).toEqual(['opposition:medium+']);
    expect(conflicts('The ministry will phase in the new tariff in May.', 'The ministry will phase out the new tariff in May.')).toEqual(['opposition:medium+']);
    expect(conflicts('Garcia took office in March.', 'Garcia left office in March.')).toEqual(['opposition:medium+']);
  });

  it('the same act twice, another thing, another doer, or two dates: silent', () => {
    expect(conflicts('The plant switched off two reactors on Monday.', 'On Monday the plant switched off two reactors.')).toEqual([]);
    expect(conflicts('The plant switched off two reactors on Monday.', 'The plant switched on two turbines on Monday.')).toEqual([]);
    expect(conflicts('Garcia took office in March.', 'Lopez left office in March.')).toEqual([]);
    expect(conflicts('Garcia took office in 2019.', 'Garcia left office in 2023.')).toEqual([]);
  });
});

describe('"back" or "again" before the particle ("switched back on")', () => {
  it('is the same two-word verb: opposite acts at two dates are a sequence, no clash of dates (negative)', () => {
    expect(conflicts(
      'The fountain in the square was switched off in January after a leak, the council said.',
      'The fountain in the square was switched back on yesterday after repairs, the council said.',
    )).toEqual([]);
  });

  it('on one day, switched off and switched back on still oppose (positive)', () => {
    expect(conflicts(
      'The plant switched off two reactors on Monday.',
      'The plant switched back on two reactors on Monday.',
    )).toEqual(['opposition:medium+']);
  });
});
