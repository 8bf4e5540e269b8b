import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../src/lexicon/index.js';
import { nounLemma, verbLemma } from '../../src/relate/lemma.js';
import { lexicalRelation, type AlignLexicon } from '../../src/relate/lexical.js';
import type { AlignedWord } from '../../src/relate/types.js';
import { indirectAntonymsOf } from '../../src/relate/wordnet.js';
import { analyzeTwoReports } from '../helpers/two-reports.js';

// WordNet alone: the caller's opposites list is emptied, so every antonym below comes from the WordNet tables.
const wordnetOnly: AlignLexicon = { ...buildLexicon(), aliases: new Map(), opposites: new Map() };
const word = (lower: string): AlignedWord => {
  const verb = verbLemma(lower);
  return { span: { start: 0, end: lower.length, text: lower }, lower, lemma: verb ?? nounLemma(lower), ...(verb ? { verb } : {}) };
};
const relation = (x: string, y: string) => lexicalRelation(word(x), word(y), wordnetOnly)?.relation;
const conflicts = (a: string, b: string) => analyzeTwoReports(a, b).conflicts.map((c) => `${c.kind}:${c.band}`);

describe('indirect antonyms (WordNet adjective clusters; a verb against its hypernym\'s antonyms)', () => {
  it.each([
    // "deteriorate" is a way to "worsen", whose antonym is "improve".
    ['deteriorated', 'improved'],
    // "intact" is a satellite of "uninjured", whose antonym is "injured".
    ['intact', 'injured'],
    // "object" is a way to "disapprove", the antonym of "approve"; "save" a way to "keep", the antonym of "lose".
    ['approved', 'objected'],
    ['lost', 'saved'],
  ])('%s / %s are antonyms', (x, y) => {
    expect(relation(x, y)).toBe('antonym');
    expect(relation(y, x)).toBe('antonym');
  });

  it('the table is symmetric and holds only one step', () => {
    expect(indirectAntonymsOf('deteriorate', 'verb')).toEqual(['improve']);
    expect(indirectAntonymsOf('improve', 'verb')).toContain('deteriorate');
    expect(indirectAntonymsOf('intact', 'adjective')).toContain('injured');
    expect(indirectAntonymsOf('injured', 'adjective')).toContain('intact');
  });

  it('a verb and its own hypernym stay a hypernym pair, not antonyms', () => {
    expect(relation('deteriorated', 'worsened')).toBe('hypernym');
    expect(relation('improved', 'recovered')).not.toBe('antonym');
  });

  it('two satellites of one head are not antonyms, nor a rare sense ("dead" as tired) of its head\'s antonym', () => {
    expect(relation('intact', 'unhurt')).toBeUndefined();
    expect(relation('dead', 'rested')).toBeUndefined();
  });
});

describe('opposition reads the indirect antonyms of aligned predicates', () => {
  const approved = 'The council approved the plan on Monday.';

  it('one doer, one thing, opposite acts: a clash', () => {
    // Medium before session 20's refit, high after it: the band is the weights', the clash is the rule's.
    expect(conflicts(approved, 'The council objected to the plan on Monday.')).toEqual([expect.stringMatching(/^opposition:(medium|high)$/)]);
    expect(conflicts('The company lost the contract on Monday.', 'The company saved the contract on Monday.')).toEqual([expect.stringMatching(/^opposition:(medium|high)$/)]);
  });

  it('another theme, another doer, or the same report twice: silent', () => {
    expect(conflicts(approved, 'The council objected to the budget on Monday.')).toEqual([]);
    expect(conflicts(approved, 'Residents objected to the plan on Monday.')).toEqual([]);
    expect(conflicts(approved, 'On Monday the council approved the plan.')).toEqual([]);
  });
});
