import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const state = (text: string) => {
  const [c] = extractClaims({ id: 'd', text, source: 'Wire' });
  return { lemma: c?.proposition.predicate?.lemma, state: c?.proposition.state };
};

describe('an action under way or only partly done is pending (Quirk §§ 4.29–4.36, downtoners § 8.104)', () => {
  it.each([
    ['"still" before a progressive', 'Firefighters are still battling the blaze.', 'battle'],
    ['"still" after the auxiliary of a progressive', 'The two unions were still negotiating on Friday.', 'negotiate'],
    ['"still" before "be" + progressive', 'Engineers still are inspecting the dam.', 'inspect'],
    ['an undecided outcome after "remain"', 'The cause of the crash remains unknown.', undefined],
    ['a partial action', 'The contractor has partially rebuilt the bridge.', 'rebuild'],
    ['a partial action, "in part"', 'The city in part reopened the market.', 'reopen'],
  ])('%s: %s', (_, text, lemma) => {
    const got = state(text);
    expect(got.state).toBe('pending');
    if (lemma) expect(got.lemma).toBe(lemma);
  });

  it.each([
    ['a progressive without "still"', 'Firefighters are battling the blaze.'],
    ['"still" with a simple past', 'The team still won the final.'],
    ['"still" as an adjective', 'The lake was still.'],
    ['a finished action', 'The contractor has rebuilt the bridge.'],
    ['"part" as a noun', 'The city reopened part of the market.'],
  ])('stays affirmed: %s: %s', (_, text) => {
    expect(state(text).state).toBe('affirmed');
  });
});
