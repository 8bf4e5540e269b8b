import table from '../lexicon/wordnet-nouns.json' with { type: 'json' };

/**
 * Lookups over src/lexicon/wordnet-nouns.json (WordNet 3.1, built by scripts/build-wordnet-nouns.ts; licence in
 * src/lexicon/WORDNET-LICENSE.txt): how two counted nouns are related by their first attested senses. A line is
 * "lemma own-synsets|hypernym-synsets", sorted by lemma; a line is found by binary search on first use.
 */

/** x and y share a sense ('same'); x is a kind of y within a few hypernym levels ('narrower'), or y of x ('wider'). */
export type NounKinship = 'same' | 'narrower' | 'wider';

interface Senses { own: readonly string[]; above: readonly string[] }

const MEMO_LIMIT = 5_000;
const looked = new Map<string, Senses | null>();
/**
 * WordNet's morphy detachment rules for nouns (wn(7WN) morphy: "ses"→"s", "xes"→"x", "zes"→"z", "ches"→"ch",
 * "shes"→"sh", "men"→"man", "ies"→"y", "s"→""), tried in turn.
 */
const DETACH: readonly (readonly [string, string])[] = [['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y'], ['s', '']];
/**
 * Irregular plurals of counts: "children" (morphy's noun.exc lists it) and "people", the plural of person.n.01 in
 * counts (WordNet files "people" apart, as a group noun).
 */
const IRREGULAR: ReadonlyMap<string, string> = new Map([['children', 'child'], ['people', 'person']]);

function lineOf(key: string): string | undefined {
  const text = table.nouns;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = mid === 0 ? 0 : text.lastIndexOf('\n', mid - 1) + 1;
    const found = text.indexOf('\n', start);
    const end = found === -1 ? text.length : found;
    const entryKey = text.slice(start, text.indexOf(' ', start));
    if (entryKey === key) return text.slice(start, end);
    if (key < entryKey) hi = start;
    else lo = end + 1;
  }
  return undefined;
}

function sensesOfLemma(lemma: string): Senses | null {
  let senses = looked.get(lemma);
  if (senses === undefined) {
    if (looked.size >= MEMO_LIMIT) looked.clear();
    const line = lineOf(lemma);
    if (line === undefined) senses = null;
    else {
      const [own = '', above = ''] = line.slice(lemma.length + 1).split('|');
      senses = { own: own.split(' '), above: above === '' ? [] : above.split(' ') };
    }
    looked.set(lemma, senses);
  }
  return senses;
}

/** A counted noun's senses: the word itself, its irregular singular, or the first singular morphy's rules give. */
function sensesOf(noun: string): Senses | null {
  const word = noun.toLowerCase().trim();
  const irregular = IRREGULAR.get(word);
  if (irregular !== undefined) return sensesOfLemma(irregular);
  const own = sensesOfLemma(word);
  if (own !== null) return own;
  for (const [suffix, ending] of DETACH) {
    if (word.length > suffix.length + 1 && word.endsWith(suffix)) {
      const found = sensesOfLemma(word.slice(0, -suffix.length) + ending);
      if (found !== null) return found;
    }
  }
  return null;
}

/** The noun is in the table: a countable thing of its first attested senses (a person, artifact, place, group …). */
export function isTableNoun(noun: string): boolean {
  return sensesOf(noun) !== null;
}

/** The two nouns share a sense or a kind above their senses within the table's levels ("ship" / "boat": vessel). */
export function shareAKind(x: string, y: string): boolean {
  const [sx, sy] = [sensesOf(x), sensesOf(y)];
  if (sx === null || sy === null) return false;
  const ys = new Set([...sy.own, ...sy.above]);
  return [...sx.own, ...sx.above].some((s) => ys.has(s));
}

/** How WordNet relates two counted nouns by their first attested senses, if at all; co-hyponyms are unrelated. */
export function nounKinship(x: string, y: string): NounKinship | undefined {
  const [sx, sy] = [sensesOf(x), sensesOf(y)];
  if (sx === null || sy === null) return undefined;
  if (sx.own.some((s) => sy.own.includes(s))) return 'same';
  if (sx.above.some((s) => sy.own.includes(s))) return 'narrower';
  if (sy.above.some((s) => sx.own.includes(s))) return 'wider';
  return undefined;
}
