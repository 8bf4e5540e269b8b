import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const holders = (text: string) =>
  extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2026-01-10' }).map((c) => [c.proposition.predicate?.lemma, c.attribution.holder ?? null]);

describe('a contrast (", but") inside a quotation does not split the quotation from its speaker', () => {
  it.each([
    ['", but" inside a quote', '"The fire took our slope, but it gave us our neighbours," Holroyd told the meeting.', [['take', 'Holroyd'], ['give', 'Holroyd']]],
    ['curly quotes', '“The hall is shut, but the show will go on,” the director said.', [['shut', 'the director'], ['continue', 'the director']]],
  ])('%s: %s', (_, text, want) => {
    expect(holders(text)).toEqual(want);
  });

  it('hard negative: a contrast outside the quotation still joins two clauses with their own holders', () => {
    expect(holders('The mayor said the hall was safe, but inspectors closed it on Monday.')).toEqual([['be', 'The mayor'], ['close', 'Wire']]);
  });
});
