/**
 * One transfer told from either party, affirmed by one side and denied by the other: "sold the factory to Brandt Ltd"
 * / "Brandt Ltd has not bought the factory" (converse verbs, lexicon/converses.ts; Cruse 1986, ch. 10). Every sentence
 * invented for this file. Hard negatives: both sides affirm the transfer, both deny it, a third party denies buying,
 * and a chain of two transfers.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS, reportedBetween } from '../helpers/two-reports.js';

describe('a transfer affirmed from one party and denied from the other: polarity', () => {
  it.each([
    ['The company sold the factory to Brandt Ltd in May.', 'Brandt Ltd has not bought the factory.', ['sold', 'not bought']],
    ['The museum lent the painting to the Louvre.', 'The Louvre has not borrowed the painting.', ['lent', 'not borrowed']],
  ])('%s / %s', (a, b, evidence) => {
    expect(alertsWithEvidence(a, b)).toEqual([{ kind: 'polarity', band: MEDIUM_PLUS, evidence }]);
  });
});

describe('no clash', () => {
  it.each([
    ['both affirm the transfer', 'The company sold the factory to Brandt Ltd in May.', 'Brandt Ltd bought the factory in May.'],
    ['both deny it', 'The company did not sell the factory to Brandt Ltd.', 'Brandt Ltd did not buy the factory.'],
    ['a third party denies buying', 'The company sold the factory to Brandt Ltd in May.', 'Hale Ltd has not bought the factory.'],
    ['a chain of two transfers', 'Brandt Ltd bought the factory from the company in May.', 'Brandt Ltd has not sold the factory.'],
  ])('%s', (_, a, b) => {
    expect(reportedBetween(a, b)).toEqual([]);
  });
});
