import { synonymGroups } from '../lexicon/synonyms.js';
import type { AlignedWord } from './types.js';
import { vectorIndex } from './vectors.js';
import { antonymsOf, causes, indirectAntonymsOf, entailments, phrasalAntonymsOf, verbHypernyms, verbHypernymsInContext, verbsOfNominalisation } from './wordnet.js';
import { phrasalSenses, type PhrasalUse } from './phrasal-senses.js';

/**
 * What the lexical tables say about one word, looked up once per distinct word so that comparing two claims is a
 * handful of set lookups per word pair.
 */
export interface WordFacts {
  /** The forms it can be opposed as: surface form, lemma, verb lemma and the verb a "re-" prefix leaves. */
  forms: readonly string[];
  /** WordNet antonyms of any of its forms, as verb, adjective or event noun, direct or indirect (through a cluster head or hypernym). */
  antonyms: ReadonlySet<string>;
  /** The verbs it is a nominalisation of. */
  nominalOf: readonly string[];
  synonymGroups: readonly number[];
  /** Verb hypernyms one and two levels up. */
  hypernyms: ReadonlySet<string>;
  /** Verb hypernyms (one level) of its third and fourth senses, for a context that fixes the sense. */
  hypernymsInContext: ReadonlySet<string>;
  entails: readonly string[];
  causes: readonly string[];
  /** Rows of the vector table for its surface form and its lemma (-1 when absent). */
  vectors: readonly [number, number];
  /** A phrasal verb's single-verb synonyms (relate/phrasal-senses.ts), strict and in a context that fixes the sense; empty otherwise. */
  phrasalSynonyms: ReadonlySet<string>;
  phrasalSynonymsInContext: ReadonlySet<string>;
}

/** The repetitive prefix: "reopen" is a kind of "open", so it opposes what "open" opposes. */
const RE_PREFIX = /^re(?=[a-z]{3})/;
/** Cache bound so a hostile stream of distinct words cannot grow memory without limit. */
const MAX_CACHED = 50_000;
const cache = new Map<string, WordFacts>();

const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * A phrasal verb's facts are its own, never its bare verb's ("broke out" neither opposes nor means what "broke" does):
 * WordNet's antonyms of the two-word verb, and the synonyms and hypernyms of its senses for the use.
 */
function computePhrasal(w: AlignedWord, use: PhrasalUse): WordFacts {
  const spelt = use.lemma.replace(' ', '_');
  const senses = phrasalSenses(use);
  return {
    forms: [spelt],
    antonyms: new Set(phrasalAntonymsOf(spelt)),
    nominalOf: [],
    synonymGroups: [],
    hypernyms: senses.hypernyms,
    hypernymsInContext: senses.hypernymsInContext,
    entails: [],
    causes: [],
    vectors: [vectorIndex(w.lower) ?? -1, vectorIndex(w.lemma) ?? -1],
    phrasalSynonyms: senses.synonyms,
    phrasalSynonymsInContext: senses.synonymsInContext,
  };
}

function compute(w: AlignedWord): WordFacts {
  if (w.phrasal) return computePhrasal(w, w.phrasal);
  const forms = [...new Set([w.lower, w.lemma, ...(w.verb ? [w.verb, w.verb.replace(RE_PREFIX, '')] : [])])];
  const antonyms = new Set(forms.flatMap((f) => [
    ...antonymsOf(f, 'verb'), ...antonymsOf(f, 'adjective'), ...antonymsOf(f, 'noun'),
    ...indirectAntonymsOf(f, 'verb'), ...indirectAntonymsOf(f, 'adjective'),
  ]));
  const parents = w.verb ? verbHypernyms(w.verb) : [];
  const vectors: [number, number] = [vectorIndex(w.lower) ?? -1, vectorIndex(w.lemma) ?? -1];
  // Read only when two predicates share a role (relate/lexical.ts isParentOf): looked up then, once, not for every verb.
  let inContext: ReadonlySet<string> | undefined;
  return {
    forms,
    antonyms,
    nominalOf: verbsOfNominalisation(w.lemma),
    // A plural noun WordNet lists as a lemma of its own ("talks": negotiation) keeps that sense beside its verb's.
    synonymGroups: w.verb && w.lemma !== w.verb ? [...new Set([...synonymGroups(w.verb), ...synonymGroups(w.lemma)])] : synonymGroups(w.verb ?? w.lemma),
    hypernyms: new Set([...parents, ...parents.flatMap(verbHypernyms)]),
    get hypernymsInContext(): ReadonlySet<string> {
      return (inContext ??= new Set(w.verb ? verbHypernymsInContext(w.verb) : []));
    },
    entails: w.verb ? entailments(w.verb) : [],
    causes: w.verb ? causes(w.verb) : [],
    vectors,
    phrasalSynonyms: NO_WORDS,
    phrasalSynonymsInContext: NO_WORDS,
  };
}

/** Per word object first (a claim's words live as long as the claim), then per distinct word. */
const byObject = new WeakMap<AlignedWord, WordFacts>();

export function factsOf(w: AlignedWord): WordFacts {
  let facts = byObject.get(w);
  if (facts) return facts;
  const key = `${w.lower} ${w.lemma} ${w.verb ?? ''} ${w.phrasal ? `${w.phrasal.lemma}:${w.phrasal.object ? 'o' : 'p'}` : ''}`;
  facts = cache.get(key);
  if (!facts) {
    facts = compute(w);
    if (cache.size < MAX_CACHED) cache.set(key, facts);
  }
  byObject.set(w, facts);
  return facts;
}
