/**
 * Two more ways copy names who speaks before a colon: a verbless label of a name, a comma and a role ('Tom Reed,
 * chairman: "…"'), and "he" or "she" alone after ", and" taking up the first clause's named subject ("Dr Nia Quell
 * led the count, and she told us: '…'"; Quirk et al. 1985, § 13.40). Every sentence is invented for this file. Hard
 * negatives: a description before "she", "they" for two people, a capitalised heading with no role.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const speakers = (text: string) => extractClaims({ id: 'a', text, source: 'a' }).flatMap((c) => c.quotes.map((q) => q.speaker));

describe('speakers before a colon', () => {
  it.each([
    ['a name, a comma and a role', 'Tom Reed, chairman: "Safety is the first thing we think about."', 'Tom Reed'],
    ['a name, a comma and a longer role', 'Ana Dorsey, the show\u2019s chief steward: "Nobody was hurt."', 'Ana Dorsey'],
    ['"she" after ", and" takes up the named subject', 'Dr Nia Quell from Tarrow University led the count, and she told us: "The pools are healthier than ever."', 'Dr Nia Quell'],
  ])('%s', (_, text, speaker) => expect(speakers(text)).toEqual([speaker]));
});

describe('hard negatives: no named speaker', () => {
  it.each([
    ['a description before "she"', 'The warden led the count, and she told us: "The pools are healthier than ever."'],
    ['"they" for two people', 'Nia Quell and Tom Reed led the count, and they told us: "The pools are healthier than ever."'],
    ['a role with capitals is no label', 'Tom Reed, Chairman Of The Board: "Safety first."'],
  ])('%s', (_, text) => expect(speakers(text).filter((s) => s !== undefined && /Quell|Reed/.test(s))).toEqual([]));
});
