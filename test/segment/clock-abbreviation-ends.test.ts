/**
 * "… at about 3 p.m. We expect …": a clock abbreviation ends the sentence when a subject pronoun or determiner opens
 * the next (Quirk et al. 1985 §§ 6.12, 5.13: words that never continue a clock time); before a weekday or a name it
 * stays inside the sentence. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/segment/sentences.js';

const sentences = (text: string) => splitSentences(text).map((r) => text.slice(r.start, r.end));

describe('a clock abbreviation', () => {
  it('ends the sentence before a pronoun or determiner', () => {
    expect(sentences('The run returns at about 3 p.m. We expect to raise £10,000.')).toEqual(['The run returns at about 3 p.m.', 'We expect to raise £10,000.']);
    expect(sentences('The hall closed at 6 p.m. The council said so.')).toEqual(['The hall closed at 6 p.m.', 'The council said so.']);
  });

  it('stays inside the sentence before a weekday (hard negative)', () => {
    expect(sentences('The ferry leaves at 9 a.m. Monday to Friday.')).toEqual(['The ferry leaves at 9 a.m. Monday to Friday.']);
  });
});
