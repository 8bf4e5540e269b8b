import { CONVERSE_PAIRS } from '../lexicon/converses.js';
import { areSynonyms, areSynonymsInContext } from '../lexicon/synonyms.js';
import type { AlignedWord, LinkRelation } from './types.js';
import { similarity } from './vectors.js';
import { antonymsOf, causes, entailments, isHypernym, verbsOfNominalisation } from './wordnet.js';

/** What alignment needs from the caller's lexicon: aliases and opposites (both as the Lexicon builds them). */
export interface AlignLexicon {
  /** lower-case surface form → canonical actor key. */
  aliases: ReadonlyMap<string, string>;
  /** lemma → lemmas that oppose it (symmetric). */
  opposites: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface LexicalRelation {
  relation: LinkRelation;
  strength: number;
  direction?: 'a-to-b' | 'b-to-a';
}

/** Strength of each relation: how surely the two words name the same thing (antonyms: the same slot). */
export const RELATION_STRENGTH: Readonly<Record<Exclude<LinkRelation, 'similar'>, number>> = {
  identical: 1, inflection: 0.95, alias: 0.95, derivation: 0.9, synonym: 0.85, 'light-verb': 0.85, converse: 0.8,
  antonym: 0.8, hypernym: 0.7, entailment: 0.65, cause: 0.65,
};
/** Cosine from which two content words count as vector-similar: 0.25 % of random pairs of table words reach it (measured on 200,000 pairs). */
export const SIMILAR_MIN = 0.6;
/** The repetitive prefix: "reopen" is a kind of "open", so it opposes what "open" opposes. */
const RE_PREFIX = /^re(?=[a-z]{3})/;

const converses = new Map<string, Set<string>>();
for (const { a, b } of CONVERSE_PAIRS) {
  (converses.get(a.verb) ?? converses.set(a.verb, new Set()).get(a.verb)!).add(b.verb);
  (converses.get(b.verb) ?? converses.set(b.verb, new Set()).get(b.verb)!).add(a.verb);
}

export function areConverses(x: string, y: string): boolean {
  return converses.get(x)?.has(y) ?? false;
}

const lexical = (relation: Exclude<LinkRelation, 'similar'>, direction?: 'a-to-b' | 'b-to-a'): LexicalRelation =>
  ({ relation, strength: RELATION_STRENGTH[relation], ...(direction ? { direction } : {}) });

/** The forms a word can be opposed as: its verb lemma (and the verb a "re-" prefix leaves), lemma and surface form. */
function opposable(w: AlignedWord): string[] {
  const forms = [w.lower, w.lemma];
  if (w.verb) forms.push(w.verb, w.verb.replace(RE_PREFIX, ''));
  return forms;
}

/** Antonyms by WordNet (verb, adjective, event noun) or the caller's opposites list. */
export function areOpposed(x: AlignedWord, y: AlignedWord, lexicon: AlignLexicon): boolean {
  const ys = new Set(opposable(y));
  return opposable(x).some((f) =>
    antonymsOf(f, 'verb').some((o) => ys.has(o)) || antonymsOf(f, 'adjective').some((o) => ys.has(o)) ||
    antonymsOf(f, 'noun').some((o) => ys.has(o)) || [...(lexicon.opposites.get(f) ?? [])].some((o) => ys.has(o)));
}

/** A noun derived from a verb ("indictment" / "indicted"), or two nouns of one verb. */
function derived(x: AlignedWord, y: AlignedWord): boolean {
  const fromX = verbsOfNominalisation(x.lemma);
  const fromY = verbsOfNominalisation(y.lemma);
  return (y.verb !== undefined && fromX.includes(y.verb)) || (x.verb !== undefined && fromY.includes(x.verb)) ||
    fromX.some((v) => fromY.includes(v));
}

function directed(x: string, y: string, test: (from: string, to: string) => boolean): 'a-to-b' | 'b-to-a' | undefined {
  if (test(x, y)) return 'a-to-b';
  if (test(y, x)) return 'b-to-a';
  return undefined;
}

/**
 * The WordNet-and-list relation of two content words, strongest first; antonymy is tested before any sameness.
 * `sharedRole`: the two words are predicates of claims with the same agent or theme, which fixes the sense enough
 * for WordNet's wider synonym links (a synset among each verb's first four senses).
 */
export function lexicalRelation(x: AlignedWord, y: AlignedWord, lexicon: AlignLexicon, sharedRole = false): LexicalRelation | undefined {
  if (x.lower === y.lower) return lexical('identical');
  const aliasX = lexicon.aliases.get(x.lower);
  if (aliasX !== undefined && aliasX === lexicon.aliases.get(y.lower)) return lexical('alias');
  if (x.verb && y.verb && areConverses(x.verb, y.verb)) return lexical('converse');
  if (areOpposed(x, y, lexicon)) return lexical('antonym');
  if (x.lemma === y.lemma || (x.verb !== undefined && x.verb === y.verb)) return lexical('inflection');
  if (derived(x, y)) return lexical('derivation');
  if (areSynonyms(x.verb ?? x.lemma, y.verb ?? y.lemma)) return lexical('synonym');
  if (sharedRole && x.verb && y.verb && areSynonymsInContext(x.verb, y.verb)) return lexical('synonym');
  if (!x.verb || !y.verb) return undefined;
  const hypernym = directed(x.verb, y.verb, (specific, general) => isHypernym(general, specific));
  if (hypernym) return lexical('hypernym', hypernym);
  const entailment = directed(x.verb, y.verb, (from, to) => entailments(from).includes(to));
  if (entailment) return lexical('entailment', entailment);
  const cause = directed(x.verb, y.verb, (from, to) => causes(from).includes(to));
  return cause ? lexical('cause', cause) : undefined;
}

/** Vector similarity of two words (surface forms, then lemmas), when it reaches SIMILAR_MIN. */
export function vectorRelation(x: AlignedWord, y: AlignedWord): LexicalRelation | undefined {
  const cosine = Math.max(similarity(x.lower, y.lower) ?? -1, similarity(x.lemma, y.lemma) ?? -1);
  return cosine >= SIMILAR_MIN ? { relation: 'similar', strength: cosine } : undefined;
}
