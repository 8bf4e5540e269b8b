import table from '../lexicon/wordnet-relations.json' with { type: 'json' };

/**
 * Lookups over src/lexicon/wordnet-relations.json (WordNet 3.1, built by scripts/build-wordnet-relations.ts;
 * licence in src/lexicon/WORDNET-LICENSE.txt). Keys are lower-case lemmas, each looked up in its table's text on first use.
 */

type Relation = ReadonlyMap<string, readonly string[]>;
type TableName = 'hypernyms' | 'wideHypernyms' | 'entails' | 'causes' | 'verbAntonyms' | 'adjectiveAntonyms' | 'nounAntonyms' | 'indirectVerbAntonyms' | 'indirectAdjectiveAntonyms' | 'phrasalAntonyms' | 'attributes' | 'nominalisations';

const NONE: readonly string[] = Object.freeze([]);
const built = new Map<TableName, Relation>();
const looked: Partial<Record<TableName, Map<string, readonly string[]>>> = {};
const verbLemmas = new Map<string, boolean>();
let verbsOfNoun: Relation | undefined;
// Looked-up words are kept, up to a bound (a long-running index sees an open vocabulary of misses).
const MEMO_LIMIT = 20_000;

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

/**
 * Where the entry starting with `key` lies in text (entries joined by `separator`, sorted by key as JavaScript
 * compares strings, as the build script writes them): a binary search, so a first analysis reads a few lemmas
 * without splitting a table of thousands of lines.
 */
function entryOf(text: string, separator: string, key: string): { start: number; end: number } | undefined {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = mid === 0 ? 0 : text.lastIndexOf(separator, mid - 1) + 1;
    const found = text.indexOf(separator, start);
    const end = found === -1 ? text.length : found;
    const space = text.indexOf(' ', start);
    const entryKey = text.slice(start, space === -1 || space > end ? end : space);
    if (entryKey === key) return { start, end };
    if (key < entryKey) hi = start;
    else lo = end + 1;
  }
  return undefined;
}

/**
 * Binary searches a table answers before it is split whole: a short analysis reads a few lemmas cheaply, and a long
 * one (a bench, an index) stops paying a search for each new word once it has asked this many.
 */
const SEARCHES_BEFORE_SPLIT = 512;
const searches: Partial<Record<TableName | 'verbs' | 'convertedEventNouns', number>> = {};

/** Whether a table has been searched often enough to be split whole (counting this search). */
function splitNow(name: TableName | 'verbs' | 'convertedEventNouns'): boolean {
  const count = (searches[name] ?? 0) + 1;
  searches[name] = count;
  return count > SEARCHES_BEFORE_SPLIT;
}

/** One key's values, as relation(name).get(key) gives them: found without splitting the table until it is asked often. */
function valuesOf(name: TableName, key: string): readonly string[] {
  const whole = built.get(name);
  if (whole) return whole.get(key) ?? NONE;
  const known = (looked[name] ??= new Map());
  let values = known.get(key);
  if (values === undefined) {
    if (splitNow(name)) {
      delete looked[name];
      return relation(name).get(key) ?? NONE;
    }
    if (known.size >= MEMO_LIMIT) known.clear();
    const entry = entryOf(table[name], '\n', key);
    values = entry ? Object.freeze(table[name].slice(entry.start, entry.end).split(' ').slice(1)) : NONE;
    known.set(key, values);
  }
  return values;
}

/** The words of a space-separated word list, as a set, once it is asked often (see SEARCHES_BEFORE_SPLIT). */
const wordSets: Partial<Record<'verbs' | 'convertedEventNouns', ReadonlySet<string>>> = {};

/** Whether a sorted space-separated list of the table has the word, by memo and binary search, then by its whole set. */
function listed(name: 'verbs' | 'convertedEventNouns', memo: Map<string, boolean>, word: string): boolean {
  const whole = wordSets[name];
  if (whole) return whole.has(word);
  let known = memo.get(word);
  if (known === undefined) {
    if (splitNow(name)) {
      memo.clear();
      return (wordSets[name] = new Set(table[name].split(' '))).has(word);
    }
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, (known = entryOf(table[name], ' ', word) !== undefined));
  }
  return known;
}

/** Whether WordNet has this single-word verb lemma. */
export function isVerbLemma(lemma: string): boolean {
  return listed('verbs', verbLemmas, lemma);
}

const convertedNouns = new Map<string, boolean>();

/** Whether WordNet has this lemma as a noun spelt as its verb with an act or happening among its first senses ("ban", "strike"). */
export function isConvertedEventNoun(lemma: string): boolean {
  return listed('convertedEventNouns', convertedNouns, lemma);
}

/** Verb hypernyms of a verb's first senses ("indict" → accuse, charge). */
export function verbHypernyms(verb: string): readonly string[] {
  return valuesOf('hypernyms', verb);
}

/**
 * Hypernyms of a verb's third and fourth senses ("capture" as "get, catch" → seize): for callers whose context fixes
 * the sense, as with the wide synonym links.
 */
export function verbHypernymsInContext(verb: string): readonly string[] {
  return valuesOf('wideHypernyms', verb);
}

/** Whether `general` is a hypernym of `specific`, one or two levels up. */
export function isHypernym(general: string, specific: string): boolean {
  const parents = verbHypernyms(specific);
  return parents.includes(general) || parents.some((p) => verbHypernyms(p).includes(general));
}

/** What a verb entails (snore → sleep). */
export function entailments(verb: string): readonly string[] {
  return valuesOf('entails', verb);
}

/** What a verb causes (kill → die). */
export function causes(verb: string): readonly string[] {
  return valuesOf('causes', verb);
}

/** WordNet's direct antonyms of a lemma as verb, adjective or event noun. */
export function antonymsOf(lemma: string, pos: 'verb' | 'adjective' | 'noun'): readonly string[] {
  const name = pos === 'verb' ? 'verbAntonyms' : pos === 'adjective' ? 'adjectiveAntonyms' : 'nounAntonyms';
  return valuesOf(name, lemma);
}

/**
 * WordNet's indirect antonyms of a lemma (Fellbaum 1998, ch. 2): a satellite adjective against its cluster head's
 * antonyms ("intact" / "injured"), a verb against its hypernym's ("deteriorate", a way to worsen, / "improve").
 */
export function indirectAntonymsOf(lemma: string, pos: 'verb' | 'adjective'): readonly string[] {
  return valuesOf(pos === 'verb' ? 'indirectVerbAntonyms' : 'indirectAdjectiveAntonyms', lemma);
}

/** WordNet's direct antonyms of a two-word verb or of a verb opposed by one, spelt with an underscore ("switch_off" → switch_on). */
export function phrasalAntonymsOf(lemma: string): readonly string[] {
  return valuesOf('phrasalAntonyms', lemma);
}

/** The verbs an event noun is derived from ("inspection" → inspect); empty for other words. */
export function verbsOfNominalisation(noun: string): readonly string[] {
  return valuesOf('nominalisations', noun);
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
