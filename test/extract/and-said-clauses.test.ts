/**
 * "P, and a spokeswoman said Q": a clause of the writer's own, then a coordinated clause that reports Q (Quirk et al.
 * 1985, § 13.5, clause coordination). P stays the writer's claim and Q is the spokeswoman's, also with a fronted
 * adverbial ("On Sunday, P, and …") and a bare plural or a name as Q's subject. Every sentence is invented for this
 * file; before the change P was credited to the spokeswoman and Q was lost. Hard negatives: a trailing frame with
 * only a time after its verb, "and" inside the time phrase.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const read = (text: string) =>
  extractClaims({ id: 'a', text, source: 'a' }).map((c) => ({ holder: c.attribution.holderKind === 'author' ? null : c.attribution.holder, predicate: c.proposition.predicate?.lemma }));

describe('a clause of the writer\u2019s, and a coordinated report', () => {
  it.each([
    ['The cable car did not reopen, and a spokeswoman said inspectors were examining the drive.', 'reopen', 'a spokeswoman', 'examine'],
    ['On Sunday, the cable car did not reopen, and a spokeswoman said inspectors from the safety board were still examining the drive.', 'reopen', 'a spokeswoman', 'examine'],
    ['The club lost heavily, and the coach said Mansell would start next week.', 'lose', 'the coach', 'start'],
  ])('%s', (text, first, holder, second) => expect(read(text)).toEqual([{ holder: null, predicate: first }, { holder, predicate: second }]));
});

describe('hard negatives', () => {
  it('a trailing frame with only a time after its verb credits the clause before it', () => {
    expect(read('The bridge stayed shut, and police said on Monday.')).toEqual([{ holder: 'police', predicate: 'shut' }]);
  });
  it('"and" inside a fronted time phrase is no coordinated clause', () => {
    expect(read('Yesterday, and again this morning, officials said the road was shut.')).toEqual([{ holder: 'officials', predicate: 'shut' }]);
  });
});
