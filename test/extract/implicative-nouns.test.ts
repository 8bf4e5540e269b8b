import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const read = (text: string) => {
  const claims = extractClaims({ id: 'd', text, source: 'Wire' });
  expect(claims).toHaveLength(1);
  const p = claims[0]!.proposition;
  return { predicate: p.predicate?.lemma, state: p.state, negated: p.negated, cue: p.stateCue?.text, actor: p.actor?.text, theme: p.theme?.text };
};

describe('an implicative noun sets the state of the event it governs', () => {
  it.each([
    ["The council's failure to pay the contractor delayed the works.", { predicate: 'pay', state: 'negated', negated: true, cue: 'failure', actor: 'council', theme: 'contractor' }],
    ["The pilot's inability to lower the wheels alarmed the tower.", { predicate: 'lower', state: 'negated', negated: true, cue: 'inability', actor: 'pilot', theme: 'wheels' }],
    ["The union's refusal to accept the offer surprised analysts.", { predicate: 'accept', state: 'refused', negated: false, cue: 'refusal', actor: 'union', theme: 'offer' }],
    ['Her refusal to sign the lease angered the landlord.', { predicate: 'sign', state: 'refused', negated: false, cue: 'refusal', actor: 'Her', theme: 'lease' }],
    ['The delay in repairing the bridge angered drivers.', { predicate: 'repair', state: 'pending', negated: false, cue: 'delay', actor: undefined, theme: 'bridge' }],
    ['The pilot was unable to lower the wheels.', { predicate: 'lower', state: 'negated', negated: true, cue: 'unable', actor: 'The pilot', theme: 'wheels' }],
    ['The continued failure to reach a settlement worried the board.', { predicate: 'reach', state: 'negated', negated: true, cue: 'failure', actor: undefined, theme: 'settlement' }],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['a noun naming a breakdown, not governing an event', 'The failure of the pump flooded the basement.'],
    ['a noun that is no implicative', "The council's decision to pay the contractor ended the dispute."],
    ['"delay" with an infinitive is a verb, not the noun', 'The airline will delay the flight.'],
    ['"able" speaks of a capacity', 'The pilot was able to lower the wheels.'],
  ])('leaves the clause affirmed: %s', (_, text) => {
    expect(read(text).state).toBe('affirmed');
  });
});

describe('"no doubt" asserts what follows', () => {
  it.each([
    ['There is no doubt that the mayor signed the decree.', 'sign'],
    ['There is no question that the firm repaid the loan.', 'repay'],
  ])('%s', (text, predicate) => {
    expect(read(text)).toMatchObject({ predicate, state: 'affirmed', negated: false });
  });

  it('a plain "no" before the verb still negates it', () => {
    expect(read('No bank repaid the loan.')).toMatchObject({ predicate: 'repay', state: 'negated', negated: true });
  });
});
