/**
 * Outcomes of one event that exclude each other (issue 10/11; lexicon/exclusive-outcomes.ts): "the talks collapsed" /
 * "the talks ended in agreement", "landed safely" / "crashed". Sentences invented for this file. Hard negatives: a
 * sequence at two dates, a negated outcome that agrees, the same outcome twice in other words, another subject.
 */
import { describe, expect, it } from 'vitest';
import { oneClash, reportedBetween } from '../helpers/two-reports.js';

describe('two outcomes of one event: opposition', () => {
  it.each([
    ['The negotiations collapsed on Friday.', 'The negotiations ended in a settlement on Friday.'],
    ['The wage talks collapsed on Monday.', 'The wage talks ended in agreement on Monday.'],
    ['The cargo plane landed safely in Oslo.', 'The cargo plane crashed in Oslo.'],
    // A carrier verb with the outcome as its object: the match reads the outcomes, since the verbs differ.
    ['The brewer posted a profit last year.', 'The brewer reported a loss last year.'],
  ])('%s / %s', (a, b) => {
    expect(reportedBetween(a, b)).toEqual(oneClash('opposition'));
  });
});

describe('two outcomes of one event: hard negatives', () => {
  it.each([
    ['a sequence, not an outcome', 'The talks stalled.', 'The talks resumed later.'],
    ['two dates: a sequence', 'The talks collapsed in March.', 'The talks ended in agreement in June.'],
    ['a negated outcome agrees', 'The flight did not crash.', 'The flight landed safely.'],
    ['the same outcome with a place added', 'The flight landed safely.', 'The flight landed safely in Oslo.'],
    ['the same outcome in other words', 'The talks collapsed.', 'The talks broke down.'],
    ['another aircraft', 'The cargo plane landed safely.', 'A fighter jet crashed.'],
    ['other talks', 'The talks between the unions collapsed.', 'The talks between the ministers ended in agreement.'],
    ['two years', 'The brewer posted a profit in 2023.', 'The brewer reported a loss in 2024.'],
    ['two companies', 'Acme posted a profit last year.', 'Borg reported a loss last year.'],
  ])('%s: none', (_, a, b) => {
    expect(reportedBetween(a, b)).toEqual([]);
  });
});
