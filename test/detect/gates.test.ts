/** planPair: which kinds may be compared for a pair, and the named gate that rules out each other kind. Invented sentences. */
import { describe, expect, it } from 'vitest';
import { planPair } from '../../src/detect/gates.js';
import { buildLexicon } from '../../src/lexicon/index.js';
import { singleClaim } from '../helpers/single-claim.js';

const lexicon = buildLexicon();
const plan = (x: string, y: string) => Object.fromEntries(planPair(singleClaim('a', x), singleClaim('b', y), { lexicon }).blocked);
/** The kinds that compare what happened on one occasion (gates.ts OCCASION_BOUND), each ruled out by one gate. */
const occasionKinds = (gate: string) => ({ polarity: gate, opposition: gate, status: gate, numeric: gate, location: gate, actor: gate });

describe('planPair names the gate for every kind it rules out', () => {
  it('one event named twice: nothing is ruled out', () => {
    expect(plan('The council approved the budget.', 'The council approved the budget in Leeds.')).toEqual({});
  });

  it('two dates that clash make two occasions for what happened, not for when', () => {
    expect(plan('The council approved the budget on March 3, 2025.', 'The council approved the budget on March 5, 2025.')).toEqual(occasionKinds('two-occasions'));
  });

  it('one noun under two ordinals is two instances: what happened at the one says nothing of the other', () => {
    expect(plan('The council approved the budget at the first session.', 'The council did not approve the budget at the second session.')).toEqual(occasionKinds('other-settings'));
  });

  it('the same ordinal, or an ordinal on one side only, rules nothing out', () => {
    expect(plan('The council approved the budget at the first session.', 'The council did not approve the budget at the first session.')).toEqual({});
    expect(plan('The council approved the budget at the first session.', 'The council did not approve the budget.')).toEqual({});
  });

  it('an act denied in one place and done in another: two settings, where leaves no rival place either', () => {
    expect(plan('The council did not approve the budget in Lyon.', 'The council approved the budget in Marseille.')).toEqual(occasionKinds('other-settings'));
  });

  it('one act in two places is still a place clash for the location detector', () => {
    expect(plan('The council approved the budget in Lyon.', 'The council approved the budget in Marseille.')).toEqual({
      polarity: 'other-settings',
      opposition: 'other-settings',
      status: 'other-settings',
      numeric: 'other-settings',
      actor: 'other-settings',
    });
  });

  it('a place within the other is one setting', () => {
    expect(plan('The council did not approve the budget in Lyon.', 'The council approved the budget in France.')).toEqual({});
  });

  it('a condition rules out every kind but wording', () => {
    expect(plan('If the reports are accurate, the council approved the budget.', 'The council rejected the budget.')).toEqual({
      polarity: 'hypothetical',
      opposition: 'hypothetical',
      status: 'hypothetical',
      numeric: 'hypothetical',
      temporal: 'hypothetical',
      location: 'hypothetical',
      actor: 'hypothetical',
    });
  });

  it('a resale to a third party rules out figures, dates, places and the doer', () => {
    expect(plan('Harlow Mining sold the smelter to Brisk Metals.', 'Brisk Metals sold the smelter to Corva Group.')).toEqual({
      numeric: 'resale',
      temporal: 'resale',
      location: 'resale',
      actor: 'resale',
    });
  });

  it('the same act with its parties exchanged leaves the doer to the actor detector', () => {
    expect(plan('Okafor defeated Lindqvist in the final.', 'Lindqvist defeated Okafor in the final.')).toEqual({
      numeric: 'resale',
      temporal: 'resale',
      location: 'resale',
    });
  });
});
