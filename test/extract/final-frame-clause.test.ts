/**
 * A clause with a past-tense verb and no auxiliary before a sentence-final frame that holds nothing after its verb
 * ("Shipping rates climbed steeply, the exchange said on Friday."): the clause is what was said, though its first
 * word ends in "-ing" or "-ly"; and a name ending in "-ly" ("Kelly", "Italy") opens no adverbial. Every sentence is
 * invented for this file; before the change each yielded no claim.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const read = (text: string) =>
  extractClaims({ id: 'a', text, source: 'a' }).map((c) => ({ predicate: c.proposition.predicate?.lemma, holder: c.attribution.holder, actor: c.proposition.actor?.text }));

describe('a finite clause before a frame with nothing after its verb is the proposition', () => {
  it.each([
    ['Fishing boats returned to port, the coastguard said on Tuesday.', 'return', 'the coastguard', 'Fishing boats'],
    ['Housing starts fell in March, the ministry said on Monday.', 'fall', 'the ministry', 'Housing starts'],
    ['Striking workers blocked the main road, police said on Sunday.', 'block', 'police', 'Striking workers'],
    ['Italy beat France in the final, the federation said on Monday.', 'beat', 'the federation', 'Italy'],
    ['Sicily recorded its hottest day, the weather service said on Sunday.', 'record', 'the weather service', 'Sicily'],
  ])('%s', (text, predicate, holder, actor) => {
    expect(read(text)).toEqual([{ predicate, holder, actor }]);
  });
});

describe('hard negatives: a supplementive opener states nothing of its own', () => {
  it.each([
    ['Visibly shaken, the mayor said on Monday.'],
    ['Citing figures compiled by the bank, the paper said on Friday.'],
    ['Separately, the agency said on Friday.'],
  ])('%s: no claim', (text) => expect(read(text)).toEqual([]));
  it.each([
    ['Speaking in Geneva on Monday, the envoy said the talks had failed.', 'fail', 'the envoy', 'the talks'],
    ['Earlier, the coastguard said two sailors had drowned.', 'drown', 'the coastguard', 'sailors'],
    ['Separately, the council said it had closed the pool.', 'close', 'the council', 'it'],
  ])('%s: the frame holds the clause after it', (text, predicate, holder, actor) => expect(read(text)).toEqual([{ predicate, holder, actor }]));
});
