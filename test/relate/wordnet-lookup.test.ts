import { describe, expect, it } from 'vitest';
import table from '../../src/lexicon/wordnet-relations.json' with { type: 'json' };
import { antonymsOf, causes, entailments, isVerbLemma, verbHypernyms, verbHypernymsInContext, verbsOfNominalisation } from '../../src/relate/wordnet.js';

// wordnet.ts finds a key by binary search in its table's text; these check it against splitting the whole table.
const LOOKUPS: [keyof typeof table, (key: string) => readonly string[]][] = [
  ['hypernyms', verbHypernyms],
  ['wideHypernyms', verbHypernymsInContext],
  ['entails', entailments],
  ['causes', causes],
  ['verbAntonyms', (k) => antonymsOf(k, 'verb')],
  ['adjectiveAntonyms', (k) => antonymsOf(k, 'adjective')],
  ['nounAntonyms', (k) => antonymsOf(k, 'noun')],
  ['nominalisations', verbsOfNominalisation],
];

// Not keys: before the first, after the last, between two keys, a prefix of a key, a key with a suffix, two words.
const MISSES = ['', 'a', 'aa', 'zzzz', 'abandonx', 'abando', 'give up', 'Kill', 'kill '];

describe('WordNet lookups', () => {
  it.each(LOOKUPS)('%s: every key gives its line, a non-key nothing', (name, lookup) => {
    const lines = (table[name] as string).split('\n');
    expect(lines.length).toBeGreaterThan(100);
    for (const line of lines) {
      const [key, ...values] = line.split(' ');
      expect(lookup(key!), `${name} ${key}`).toEqual(values);
      expect(lookup(key!)).toBe(lookup(key!));
    }
    const keys = new Set(lines.map((l) => l.split(' ')[0]));
    for (const miss of MISSES) if (!keys.has(miss)) expect(lookup(miss), miss).toEqual([]);
  });

  it('knows every verb lemma of the table and no other word', () => {
    const verbs = table.verbs.split(' ');
    expect(verbs.length).toBeGreaterThan(1000);
    for (const verb of verbs) expect(isVerbLemma(verb), verb).toBe(true);
    const known = new Set(verbs);
    for (const word of [...MISSES, 'abandonment', 'table', 'zz']) expect(isVerbLemma(word), word).toBe(known.has(word));
  });
});
