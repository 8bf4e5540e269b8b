import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const first = (text: string) => {
  const c = extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2024-06-12' })[0];
  return { holder: c?.attribution.holderKind === 'author' ? undefined : c?.attribution.holder, lemma: c?.proposition.predicate?.lemma, times: c?.times.map((t) => t.span.text) };
};

describe('an "-s" form after a determiner or cardinal is a plural noun, not a reporting verb (Quirk § 5.10)', () => {
  it.each([
    ['Two suspects were detained at the border.', 'detain'],
    ['The claims were false.', 'be'],
    ['Many reports were wrong.', 'be'],
    ['12 suspects appeared in court.', 'appear'],
  ])('%s', (text, lemma) => expect(first(text)).toMatchObject({ holder: undefined, lemma }));

  it.each([
    ['No one suspects that the mayor lied.', 'No one'],
    ['The agency reports that exports fell.', 'The agency'],
    ['Some reports said the bridge had collapsed.', 'Some reports'],
  ])('still a frame: %s', (text, holder) => expect(first(text).holder).toBe(holder));
});

describe('"for" with a length of time is a duration, not a date (Quirk § 8.61)', () => {
  it.each([
    ['The airport closed its runway for six hours on Sunday.', ['Sunday']],
    ['Rain fell for two hours on Sunday.', ['Sunday']],
    ['The port was shut for 3 days last week.', ['last week']],
  ])('%s', (text, times) => expect(first(text).times).toEqual(times));

  it('a date after "for" stays a date', () => expect(first('The vote was set for Friday.').times).toEqual(['Friday']));
});
