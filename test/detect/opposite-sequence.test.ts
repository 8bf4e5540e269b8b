import { describe, expect, it } from 'vitest';
import { analyzeTwoReports } from '../helpers/two-reports.js';

const conflicts = (a: string, b: string) => analyzeTwoReports(a, b).conflicts.map((c) => `${c.kind}:${c.band}`);

// Opposite acts (the opposites list: WordNet antonyms) on two dates are a sequence: neither their polarity nor their dates clash.
describe('opposite acts on different dates', () => {
  it('a rejection and a later acceptance are a sequence, not a date clash', () => {
    expect(conflicts('The nurses rejected the wage offer in February.', 'In April the nurses accepted a revised wage offer.')).toEqual([]);
    expect(conflicts('The council rejected the bypass plan in May.', 'The council approved the bypass plan in July.')).toEqual([]);
  });

  it('the same act on two dates still clashes on its date', () => {
    expect(conflicts('The council approved the bypass plan in May.', 'The council approved the bypass plan in July.')).toEqual(['temporal:medium']);
  });

  it('opposite acts on one date still clash as opposition', () => {
    // Band medium before session 20's refit, high after it: the band is the weights', the kind and evidence are the rule's.
    expect(conflicts('The council rejected the bypass plan in May.', 'The council approved the bypass plan in May.')).toEqual([expect.stringMatching(/^opposition:(medium|high)$/)]);
  });
});
