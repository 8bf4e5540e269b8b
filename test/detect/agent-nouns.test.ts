/**
 * Agent nouns (issue 11, the doer of an act told as a role: "was declared the winner" / "won"): the verb a person noun
 * names the doer of by its agentive suffix, and the holder a claim gives that role. Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { agentNounDoer, agentVerb } from '../../src/detect/agent-nouns.js';
import { extractClaims } from '../../src/index.js';

const first = (text: string) => extractClaims({ id: 'a', text, source: 'a' })[0]!;

describe('agentVerb: the verb an agent noun names the doer of', () => {
  it.each([
    ['winner', 'win'],
    ['buyer', 'buy'],
    ['owner', 'own'],
    ['driver', 'drive'],
    ['letter', undefined],
    ['tower', undefined],
    ['mayor', undefined],
  ])('%s → %s', (noun, verb) => {
    expect(agentVerb(noun)).toBe(verb);
  });
});

describe('agentNounDoer: the holder a claim gives an agent noun', () => {
  it('"The winner of the chess final was Mia Holt" → Mia Holt, win, chess final', () => {
    const found = agentNounDoer(first('The winner of the chess final was Mia Holt.'));
    expect(found && { doer: found.doer.text, verb: found.verb, theme: found.theme }).toEqual({ doer: 'Mia Holt', verb: 'win', theme: ['chess', 'final'] });
  });

  it('"Mia Holt was declared the winner of the chess final" → Mia Holt, win, chess final', () => {
    const found = agentNounDoer(first('Mia Holt was declared the winner of the chess final.'));
    expect(found && { doer: found.doer.text, verb: found.verb, theme: found.theme }).toEqual({ doer: 'Mia Holt', verb: 'win', theme: ['chess', 'final'] });
  });

  it('no role verb: "The winner thanked the crowd" gives none', () => {
    expect(agentNounDoer(first('The winner thanked the crowd.'))).toBeUndefined();
  });

  it('no definite role: "Mia Holt was a winner of many prizes" gives none', () => {
    expect(agentNounDoer(first('Mia Holt was a winner of many prizes.'))).toBeUndefined();
  });
});
