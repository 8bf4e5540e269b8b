import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const first = (text: string) => {
  const [c] = extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2024-06-12' });
  return { lemma: c?.proposition.predicate?.lemma, negated: c?.proposition.negated, state: c?.proposition.state };
};

describe('a negator before a wh-word or "whether" negates another clause, not the verb after it', () => {
  it.each([
    ['It\'s not clear when the plant will be shut down.', 'close'],
    ['It was not clear why the ferry was sold.', 'sell'],
  ])('%s', (text, lemma) => {
    expect(first(text)).toEqual({ lemma, negated: false, state: 'affirmed' });
  });

  it.each([
    ['a negator in the verb\'s own clause', 'The firm did not close the plant.', { lemma: 'close', negated: true, state: 'negated' }],
    ['a negator after the wh-word', 'Nobody knows why the dam did not hold.', { lemma: 'know', negated: true, state: 'negated' }],
    ['the negated main verb before a wh-clause', 'It is not known where the convoy will stop.', { lemma: 'know', negated: true, state: 'negated' }],
    ['a negated verb before its wh-clause', 'Officials did not say when the bridge would reopen.', { lemma: 'say', negated: true, state: 'negated' }],
  ])('hard negative, %s: %s', (_, text, want) => {
    expect(first(text)).toEqual(want);
  });
});
