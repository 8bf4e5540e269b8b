/**
 * A colon after a reporting verb (and a short adverbial) opens what is said: "wrote on Monday: 'the bridge is safe'"
 * holds the quoted clause as the writer's report (Quirk et al. 1985, § 14.29). Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const first = (text: string) => {
  const c = extractClaims({ id: 'd', text, source: 'Wire' })[0]!;
  const p = c.proposition;
  return { holder: c.attribution.holder, verb: c.attribution.verb, stance: c.attribution.stance, lemma: p.predicate?.lemma, complement: p.complement?.text, state: p.state };
};

describe('a colon after a reporting verb opens its content', () => {
  it.each([
    ['The ranger wrote today: “The lynx is very much alive.”', 'The ranger', 'write', 'be', 'alive', 'affirmed'],
    ['The harbour master stated in a letter: "The pier will not close."', 'The harbour master', 'state', 'close', undefined, 'negated'],
    ['Ines Varga added: “The ferry was delayed by fog.”', 'Ines Varga', 'add', 'delay', undefined, 'affirmed'],
  ])('%s', (text, holder, verb, lemma, complement, state) => {
    expect(first(text)).toEqual({ holder, verb, stance: 'reported', lemma, complement, state });
  });

  it('a verb with an object of its own before the colon stays the author\'s act: "wrote a novel: The Quiet Pier"', () => {
    expect(first('Ines Varga wrote a novel: The Quiet Pier.')).toMatchObject({ holder: 'Wire', stance: 'asserted', lemma: 'write' });
  });

  it('a verb that needs its clause and has none after it stays the author\'s act', () => {
    expect(first('The harbour master stated the obvious.')).toMatchObject({ holder: 'Wire', stance: 'asserted' });
  });
});
