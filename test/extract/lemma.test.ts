import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { verbLemma } from '../../src/extract/lemma.js';

const lemmaOf = (lower: string) => verbLemma({ lower, root: lower });

describe('verbLemma: a predicate left in its written form gets its dictionary form', () => {
  it.each([
    ['is', 'be'], ['were', 'be'], ['has', 'have'], ['did', 'do'],
    ['evacuated', 'evacuate'], ['stopped', 'stop'], ['referred', 'refer'], ['proceeded', 'proceed'],
    ['reviewing', 'review'], ['hoping', 'hope'], ['pulls', 'pull'], ['stolen', 'steal'],
  ])('%s → %s', (written, lemma) => expect(lemmaOf(written)).toBe(lemma));

  it.each([
    // Hard negatives: words whose ending is no inflection, or whose stripped form is no verb.
    'need', 'seed', 'bed', 'news', 'species', 'status', 'focus', 'crisis', 'thing', 'evening', 'morning', 'bus',
  ])('%s stays as written', (word) => expect(lemmaOf(word)).toBe(word));

  it('a root the tagger already gave is kept', () => expect(verbLemma({ lower: 'sailed', root: 'sail' })).toBe('sail'));

  it.each([
    // British doubled "l" before "-ed": the verb is the one WordNet lists, with its own "ll" or without the doubling.
    ['refilled', 'refil', 'refill'],
    ['refuelled', 'refuelled', 'refuel'],
    ['quarrelled', 'quarrelled', 'quarrel'],
    ['travelled', 'travel', 'travel'],
    ['killed', 'kill', 'kill'],
  ])('%s (tagger root %s) → %s', (lower, root, lemma) => expect(verbLemma({ lower, root })).toBe(lemma));
});

describe('claims carry the lemma of their predicate, whatever the tagger read the word as', () => {
  it.each([
    ['The harbour was quiet on Friday.', 'be', 'was'],
    ['The two hikers were rescued near the summit.', 'rescue', 'rescued'],
    ['Inspectors are auditing the county accounts.', 'audit', 'auditing'],
    ['The orchestra cancelled its autumn tour.', 'cancel', 'cancelled'],
  ])('%s', (text, lemma, written) => {
    const [claim] = extractClaims({ id: 'd', text });
    expect(claim?.proposition.predicate?.lemma).toBe(lemma);
    expect(claim?.proposition.predicate?.text).toBe(written);
  });
});
