/**
 * An irregular participle after "have" or a passive "be" (a negator or adverb between) is the verb, whatever the
 * tagger read (extract/auxiliary-participles.ts). Sentences invented for this file; expectations written before the
 * first run. Hard negatives: a semi-auxiliary "is set to", a premodifier after "be", a noun phrase subject.
 */
import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../../src/index.js';

const read = (text: string) =>
  extractClaims({ id: 'd', text, source: 'S' }).map((c) => ({ predicate: c.proposition.predicate?.lemma, theme: c.proposition.theme?.text, state: c.proposition.state }));

describe('participles after auxiliaries', () => {
  it.each([
    ['The ferry had never left port on Tuesday.', { predicate: 'leave', theme: 'port', state: 'negated' }],
    ['The ferry had not left port.', { predicate: 'leave', theme: 'port', state: 'negated' }],
    ['The ferry never left port.', { predicate: 'leave', theme: 'port', state: 'negated' }],
    ['The bell was cast at the Whitechapel foundry.', { predicate: 'cast', theme: 'The bell', state: 'affirmed' }],
  ])('%s', (text, expected) => {
    expect(read(text)[0]).toEqual(expected);
  });

  it('keeps a semi-auxiliary and a premodifier', () => {
    expect(read('The council is set to approve the plan.')[0]?.predicate).toBe('approve');
    expect(read('She was a cast member.')[0]?.predicate).toBe('be');
  });

  it('"had never left port" against "left port" is polarity', () => {
    const docs = [
      { id: 'a', source: { name: 'A' }, text: 'The harbour master said the ferry had never left port on Tuesday.' },
      { id: 'b', source: { name: 'B' }, text: 'The ferry left port on Tuesday morning, the operator said.' },
    ];
    expect(analyze({ documents: docs }).conflicts.filter((c) => c.band !== 'low').map((c) => c.kind)).toEqual(['polarity']);
  });
});
