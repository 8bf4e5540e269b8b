import table from '../lexicon/wordnet-relations.json' with { type: 'json' };

/**
 * Lookups over src/lexicon/wordnet-relations.json (WordNet 3.1, built by scripts/build-wordnet-relations.ts;
 * licence in src/lexicon/WORDNET-LICENSE.txt). Keys are lower-case lemmas; each map is built on first use.
 */

type Relation = ReadonlyMap<string, readonly string[]>;
type TableName = 'hypernyms' | 'wideHypernyms' | 'entails' | 'causes' | 'verbAntonyms' | 'adjectiveAntonyms' | 'nounAntonyms' | 'attributes' | 'nominalisations';

const NONE: readonly string[] = Object.freeze([]);
const built = new Map<TableName, Relation>();
let verbs: ReadonlySet<string> | undefined;
let verbsOfNoun: Relation | undefined;

/** A table is one string, a line per key ("kill croak decease die"); split into a Map on first use. */
function relation(name: TableName): Relation {
  let map = built.get(name);
  if (!map) {
    map = new Map(table[name].split('\n').map((line) => {
      const [key, ...values] = line.split(' ');
      return [key!, Object.freeze(values)];
    }));
    built.set(name, map);
  }
  return map;
}

/** Whether WordNet has this single-word verb lemma. */
export function isVerbLemma(lemma: string): boolean {
  verbs ??= new Set(table.verbs.split(' '));
  return verbs.has(lemma);
}

/** Verb hypernyms of a verb's first senses ("indict" → accuse, charge). */
export function verbHypernyms(verb: string): readonly string[] {
  return relation('hypernyms').get(verb) ?? NONE;
}

/**
 * Hypernyms of a verb's third and fourth senses ("capture" as "get, catch" → seize): for callers whose context fixes
 * the sense, as with the wide synonym links.
 */
export function verbHypernymsInContext(verb: string): readonly string[] {
  return relation('wideHypernyms').get(verb) ?? NONE;
}

/** Whether `general` is a hypernym of `specific`, one or two levels up. */
export function isHypernym(general: string, specific: string): boolean {
  const parents = verbHypernyms(specific);
  return parents.includes(general) || parents.some((p) => verbHypernyms(p).includes(general));
}

/** What a verb entails (snore → sleep). */
export function entailments(verb: string): readonly string[] {
  return relation('entails').get(verb) ?? NONE;
}

/** What a verb causes (kill → die). */
export function causes(verb: string): readonly string[] {
  return relation('causes').get(verb) ?? NONE;
}

/** WordNet's direct antonyms of a lemma as verb, adjective or event noun. */
export function antonymsOf(lemma: string, pos: 'verb' | 'adjective' | 'noun'): readonly string[] {
  const name = pos === 'verb' ? 'verbAntonyms' : pos === 'adjective' ? 'adjectiveAntonyms' : 'nounAntonyms';
  return relation(name).get(lemma) ?? NONE;
}

/** The verbs an event noun is derived from ("inspection" → inspect); empty for other words. */
export function verbsOfNominalisation(noun: string): readonly string[] {
  return relation('nominalisations').get(noun) ?? NONE;
}

/** The event nouns derived from a verb ("indict" → indictment); the inverse of verbsOfNominalisation. */
export function nominalisationsOf(verb: string): readonly string[] {
  if (!verbsOfNoun) {
    const inverse = new Map<string, string[]>();
    for (const [noun, vs] of relation('nominalisations')) for (const v of vs) (inverse.get(v) ?? inverse.set(v, []).get(v)!).push(noun);
    verbsOfNoun = inverse;
  }
  return verbsOfNoun?.get(verb) ?? NONE;
}
