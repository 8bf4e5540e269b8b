/**
 * A restrictive relative clause on the subject whose verb group opens with an auxiliary ("that has served"), or whose
 * past form the tagger reads as an adjective ("that escaped"), is the noun's modifier: the main verb comes after it,
 * and the clause gives a background claim. Sentences invented for this file; expectations written before the first run.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const read = (text: string) =>
  extractClaims({ id: 'd', text, source: 'S' }).map((c) => `${c.background ?? 'main'}:${c.proposition.predicate?.lemma}`);

describe('relative clauses on the subject', () => {
  it('"The station that has served the valley since 2009 will close" is about closing', () => {
    expect(read('The station that has served the valley since 2009 will close on March 31.')).toEqual(['main:close', 'relative:serve']);
  });
  it('"A falcon that escaped from a display was found" is about finding, the escape a background claim', () => {
    expect(read('A falcon that escaped from a display at the castle was found on Wednesday.')).toEqual(['main:find', 'relative:escape']);
  });
  it('a content clause after "that" is no relative clause: "said that tired workers had left"', () => {
    expect(read('He said that tired workers had left.')).toEqual(['main:leave']);
  });
  it('"that has" as a demonstrative subject keeps its verb', () => {
    expect(read('Officials said that has never happened before.')).toEqual(['main:happen']);
  });
});
