import { derived as perLexicon, type Lexicon } from '../lexicon/index.js';
import { LIGHT_VERBS } from '../lexicon/light-verbs.js';
import { areSynonymsInContext } from '../lexicon/synonyms.js';
import type { AlignedWord, LinkRelation } from './types.js';
import { cosineOfRows } from './vectors.js';
import { factsOf, type WordFacts } from './word-facts.js';

/** What alignment needs from the caller's lexicon: aliases, opposites, converses and support verbs (as the Lexicon builds them). */
export type AlignLexicon = Pick<Lexicon, 'aliases' | 'opposites' | 'converses' | 'supportVerbs' | 'happeningVerbs' | 'phrasalVerbs'>;

export interface LexicalRelation {
  relation: LinkRelation;
  strength: number;
  direction?: 'a-to-b' | 'b-to-a';
}

/**
 * Strength of each relation: an ordering of how surely two words name the same thing (antonyms: the same slot),
 * set by hand from the relation's definition, not fitted; it only ranks competing links.
 */
export const RELATION_STRENGTH: Readonly<Record<Exclude<LinkRelation, 'similar'>, number>> = {
  identical: 1, inflection: 0.95, alias: 0.95, derivation: 0.9, synonym: 0.85, 'light-verb': 0.85, converse: 0.8,
  antonym: 0.8, hypernym: 0.7, entailment: 0.65, cause: 0.65,
};
/** Cosine from which two content words count as vector-similar: 0.25 % of random pairs of table words reach it (measured on 200,000 pairs). */
export const SIMILAR_MIN = 0.6;

const converseMap = (lexicon: Pick<Lexicon, 'converses'>): ReadonlyMap<string, ReadonlySet<string>> => {
  const map = new Map<string, Set<string>>();
  const add = (p: string, q: string) => (map.get(p) ?? map.set(p, new Set()).get(p)!).add(q);
  for (const { a, b } of lexicon.converses) (add(a.verb, b.verb), add(b.verb, a.verb));
  return map;
};

/** Whether two verb lemmas are converses (sell / buy), by the lexicon's converses; built once per lexicon. */
export function areConverses(x: string, y: string, lexicon: Pick<Lexicon, 'converses'>): boolean {
  return perLexicon(lexicon, converseMap).get(x)?.has(y) ?? false;
}

const lexical = (relation: Exclude<LinkRelation, 'similar'>, direction?: 'a-to-b' | 'b-to-a'): LexicalRelation =>
  ({ relation, strength: RELATION_STRENGTH[relation], ...(direction ? { direction } : {}) });

/** Antonyms by WordNet (verb, adjective, event noun) or the caller's opposites list. */
export function areOpposed(x: AlignedWord, y: AlignedWord, lexicon: AlignLexicon): boolean {
  const fx = factsOf(x);
  const fy = factsOf(y);
  return fy.forms.some((f) => fx.antonyms.has(f)) || fx.forms.some((f) => {
    const opposed = lexicon.opposites.get(f);
    return opposed !== undefined && fy.forms.some((g) => opposed.has(g));
  });
}

/** A noun derived from a verb ("indictment" / "indicted"), or two nouns of one verb. */
/** The relation of a word to itself, one shared object: asked for every word two claims share, before any memo. */
const IDENTICAL = lexical('identical');

function derived(x: AlignedWord, y: AlignedWord, fx: WordFacts, fy: WordFacts): boolean {
  return (y.verb !== undefined && fx.nominalOf.includes(y.verb)) || (x.verb !== undefined && fy.nominalOf.includes(x.verb)) ||
    fx.nominalOf.some((v) => fy.nominalOf.includes(v));
}

/** The verb is a hypernym of the word's (its third and fourth senses too when a shared role fixes the sense). */
function isParentOf(f: WordFacts, verb: string, sharedRole: boolean): boolean {
  return f.hypernyms.has(verb) || (sharedRole && f.hypernymsInContext.has(verb));
}

/** "a-to-b" when the relation runs from a's word to b's (a is the specific or causing one). */
function directed(fromA: boolean, fromB: boolean): 'a-to-b' | 'b-to-a' | undefined {
  if (fromA) return 'a-to-b';
  return fromB ? 'b-to-a' : undefined;
}

/**
 * The WordNet-and-list relation of two content words, strongest first; antonymy is tested before any sameness.
 * `sharedRole`: the two words are predicates of claims with the same agent or theme, which fixes the sense enough
 * for WordNet's wider synonym links (a synset among each verb's first four senses).
 */
export function lexicalRelation(x: AlignedWord, y: AlignedWord, lexicon: AlignLexicon, sharedRole = false): LexicalRelation | undefined {
  if (x.lower === y.lower && samePhrasal(x, y)) return IDENTICAL;
  const fx = factsOf(x);
  const fy = factsOf(y);
  const memo = perLexicon(lexicon, relationMemo);
  return remembered(memo, rowOf(memo, fx), x, fx, y, fy, lexicon, sharedRole);
}

/**
 * lexicalRelation from one word to many (alignment relates each word to every word of the other claim): the same
 * answers, with this word's facts and memo row read once instead of on every call. `fy` is y's facts when known.
 */
export function relationsFrom(x: AlignedWord, lexicon: AlignLexicon): (y: AlignedWord, fy?: WordFacts, sharedRole?: boolean) => LexicalRelation | undefined {
  const memo = perLexicon(lexicon, relationMemo);
  let fx: WordFacts | undefined;
  let row: Map<WordFacts, Remembered> | undefined;
  return (y, fy, sharedRole = false) => {
    if (x.lower === y.lower && samePhrasal(x, y)) return IDENTICAL;
    fx ??= factsOf(x);
    row ??= rowOf(memo, fx);
    return remembered(memo, row, x, fx, y, fy ?? factsOf(y), lexicon, sharedRole);
  };
}

/** The memo row of one word's facts, made on first use. */
function rowOf(memo: RelationMemo, fx: WordFacts): Map<WordFacts, Remembered> {
  let row = memo.rows.get(fx);
  if (!row) memo.rows.set(fx, (row = new Map()));
  return row;
}

/** The relation of x to y from the memo, else computed and remembered (within the bound). */
function remembered(memo: RelationMemo, row: Map<WordFacts, Remembered>, x: AlignedWord, fx: WordFacts, y: AlignedWord, fy: WordFacts, lexicon: AlignLexicon, sharedRole: boolean): LexicalRelation | undefined {
  // A word's facts stand for its lower, lemma and verb, all the relation reads: one entry per distinct word pair.
  const known = row.get(fy);
  const slot = sharedRole ? 1 : 0;
  if (known && known[slot] !== undefined) return known[slot] ?? undefined;
  const found = computeRelation(x, y, fx, fy, lexicon, sharedRole);
  if (memo.size >= MAX_REMEMBERED) return found;
  const entry = known ?? [undefined, undefined];
  entry[slot] = found ?? null;
  if (!known) row.set(fy, entry);
  memo.size++;
  return found;
}

/** Bound on remembered word pairs per lexicon, so a hostile stream of distinct words cannot grow memory without limit. */
const MAX_REMEMBERED = 500_000;
type Remembered = [LexicalRelation | null | undefined, LexicalRelation | null | undefined];
/** Relations already found, per lexicon, by the two words' facts; null records that none holds. */
interface RelationMemo { rows: WeakMap<WordFacts, Map<WordFacts, Remembered>>; size: number }
const relationMemo = (): RelationMemo => ({ rows: new WeakMap(), size: 0 });

function computeRelation(x: AlignedWord, y: AlignedWord, fx: WordFacts, fy: WordFacts, lexicon: AlignLexicon, sharedRole: boolean): LexicalRelation | undefined {
  const aliasX = lexicon.aliases.get(x.lower);
  if (aliasX !== undefined && aliasX === lexicon.aliases.get(y.lower)) return lexical('alias');
  if (x.phrasal || y.phrasal) return phrasalRelation(x, y, fx, fy, lexicon, sharedRole);
  if (x.verb && y.verb && areConverses(x.verb, y.verb, lexicon)) return lexical('converse');
  if (areOpposed(x, y, lexicon)) return lexical('antonym');
  if (x.lemma === y.lemma || (x.verb !== undefined && x.verb === y.verb)) return lexical('inflection');
  if (derived(x, y, fx, fy)) return lexical('derivation');
  if (fx.synonymGroups.some((id) => fy.synonymGroups.includes(id))) return lexical('synonym');
  if (sharedRole && x.verb && y.verb && areSynonymsInContext(x.verb, y.verb)) return lexical('synonym');
  if (!x.verb || !y.verb) return undefined;
  // One agent or theme fixes the sense enough for the hypernyms of a verb's third and fourth senses too.
  const hypernym = directed(isParentOf(fx, y.verb, sharedRole), isParentOf(fy, x.verb, sharedRole));
  if (hypernym) return lexical('hypernym', hypernym);
  const entailment = directed(fx.entails.includes(y.verb), fy.entails.includes(x.verb));
  if (entailment) return lexical('entailment', entailment);
  const cause = directed(fx.causes.includes(y.verb), fy.causes.includes(x.verb));
  return cause ? lexical('cause', cause) : undefined;
}

/** Both words are one phrasal verb, or neither is a phrasal verb. */
function samePhrasal(x: AlignedWord, y: AlignedWord): boolean {
  return x.phrasal?.lemma === y.phrasal?.lemma;
}

/**
 * A phrasal verb against another word: WordNet's antonyms of the two-word verb, the same phrasal verb inflected, or
 * a single verb of one of its synsets (strict, or among its first four senses when one agent or theme fixes the
 * sense) or of a hypernym synset ("broke out of jail" / "escaped"). Its bare verb is none of these: "broke out" is
 * not "broke the window" unless WordNet puts the two in one synset.
 */
function phrasalRelation(x: AlignedWord, y: AlignedWord, fx: WordFacts, fy: WordFacts, lexicon: AlignLexicon, sharedRole: boolean): LexicalRelation | undefined {
  // Both ways: a single verb's facts hold no two-word antonyms ("entered" / "dropped out").
  if (areOpposed(x, y, lexicon) || areOpposed(y, x, lexicon)) return lexical('antonym');
  if (samePhrasal(x, y)) return lexical('inflection');
  const synonym = (f: WordFacts, other: AlignedWord) =>
    other.verb !== undefined && !other.phrasal && (f.phrasalSynonyms.has(other.verb) || (sharedRole && f.phrasalSynonymsInContext.has(other.verb)));
  if (synonym(fx, y) || synonym(fy, x)) return lexical('synonym');
  const parent = (f: WordFacts, other: AlignedWord) => other.verb !== undefined && !other.phrasal && isParentOf(f, other.verb, sharedRole);
  const hypernym = directed(parent(fx, y), parent(fy, x));
  return hypernym ? lexical('hypernym', hypernym) : undefined;
}

/** Light and copular verbs say too little about an act for their vectors to say "maybe the same event". */
const LIGHT = new Set(LIGHT_VERBS);

/** Vector similarity of two words (surface forms, then lemmas: the higher), when it reaches SIMILAR_MIN. */
export function vectorRelation(x: AlignedWord, y: AlignedWord, fx?: WordFacts, fy?: WordFacts): LexicalRelation | undefined {
  if (LIGHT.has(x.verb ?? x.lemma) || LIGHT.has(y.verb ?? y.lemma) || !samePhrasal(x, y)) return undefined;
  const [lowerX, lemmaX] = (fx ?? factsOf(x)).vectors;
  const [lowerY, lemmaY] = (fy ?? factsOf(y)).vectors;
  const surface = lowerX >= 0 && lowerY >= 0 ? cosineOfRows(lowerX, lowerY) : -1;
  const sameRows = lemmaX === lowerX && lemmaY === lowerY;
  const lemma = !sameRows && lemmaX >= 0 && lemmaY >= 0 ? cosineOfRows(lemmaX, lemmaY) : -1;
  const cosine = Math.max(surface, lemma);
  return cosine >= SIMILAR_MIN ? { relation: 'similar', strength: cosine } : undefined;
}
