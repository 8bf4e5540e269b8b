/**
 * One role of one thing filled by two different names (issue 11; de Marneffe, Rafferty & Manning 2008, relational
 * phrases): "X is the mayor of Tarvik" / "Y is the mayor of Tarvik". Sentences invented for this file; hard negatives:
 * another tense, another town, another role, the same holder under a title, an indefinite role.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { buildLexicon } from '../../src/lexicon/index.js';
import { roleHolderHit } from '../../src/detect/role-holders.js';
import { MEDIUM_PLUS, reportedBetween } from '../helpers/two-reports.js';

const lexicon = buildLexicon();
const first = (id: string, text: string) => extractClaims({ id, text, source: id })[0]!;
const hit = (a: string, b: string) => roleHolderHit(first('a', a), first('b', b), lexicon);

/** Medium-or-high conflicts between the two documents, as kind and band (bands move with each refit: medium or high). */
const reported = reportedBetween;

describe('roleHolderHit', () => {
  it('two names for the mayor of one town: the holders as evidence', () => {
    const found = hit('Maria Lopez is the mayor of Tarvik.', 'John Brandt is the mayor of Tarvik.');
    expect(found?.kind).toBe('actor');
    expect(found?.evidence.map((s) => s.text)).toEqual(['Maria Lopez', 'John Brandt']);
    expect(found?.detail).toBe('Maria Lopez vs John Brandt as the mayor of tarvik');
  });

  it('the role before the copula on one side, after it on the other', () => {
    expect(hit('The capital of Veloria is Ostrand.', 'Mirel is the capital of Veloria.')?.evidence.map((s) => s.text)).toEqual(['Ostrand', 'Mirel']);
  });

  it.each([
    ['another tense', 'Maria Lopez is the mayor of Tarvik.', 'John Brandt was the mayor of Tarvik.'],
    ['another town', 'Maria Lopez is the mayor of Tarvik.', 'John Brandt is the mayor of Ostby.'],
    ['another role', 'Maria Lopez is the mayor of Tarvik.', 'John Brandt is the deputy mayor of Tarvik.'],
    ['the same holder under a title', 'Maria Lopez is the mayor of Tarvik.', 'Mayor Lopez is the mayor of Tarvik.'],
    ['an indefinite role', 'Maria Lopez is a mayor.', 'John Brandt is a mayor.'],
    ['a role many hold', 'Maria Lopez is the spokeswoman of Tarvik.', 'John Brandt is the spokesman of Tarvik.'],
  ])('hard negative, %s: none', (_, a, b) => {
    expect(hit(a, b)).toBeNull();
  });
});

describe('reported as an actor conflict', () => {
  it('"Maria Lopez is the mayor" / "John Brandt is the mayor" of one town', () => {
    expect(reported('Maria Lopez is the mayor of Tarvik.', 'John Brandt is the mayor of Tarvik.')).toEqual([{ kind: 'actor', band: MEDIUM_PLUS }]);
  });

  it('hard negative: the former holder in the past tense is none', () => {
    expect(reported('Maria Lopez is the mayor of Tarvik.', 'John Brandt was the mayor of Tarvik.')).toEqual([]);
  });
});
