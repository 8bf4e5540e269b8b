/**
 * A bare plural or collective subject that the tagger read as a present verb ("…, and police blocked the road"):
 * two finite verbs do not stand side by side, so it is the second clause's subject. Every sentence invented.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const claims = (text: string) => extractClaims({ id: 'd', text, source: 'Wire' }).map((c) => ({ actor: c.proposition.actor?.text, lemma: c.proposition.predicate?.lemma }));

describe('a bare subject after a coordinator', () => {
  it('"…, and police blocked the road": police did the blocking', () => {
    expect(claims('The bridge is closed, and police blocked the road.')).toEqual([
      { actor: undefined, lemma: 'close' },
      { actor: 'police', lemma: 'block' },
    ]);
  });
  it.each([
    ['a verb with its own subject stays a verb', 'They police the area.', { actor: 'They', lemma: 'police' }],
    ['an adverb before a past verb changes nothing', 'We then stopped the work.', { actor: 'We', lemma: 'stop' }],
  ])('%s (hard negative)', (_, text, first) => {
    expect(claims(text)[0]).toEqual(first);
  });
});
