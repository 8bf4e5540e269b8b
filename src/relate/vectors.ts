import { VECTOR_CODES, VECTOR_DIMENSIONS, VECTOR_WORDS } from '../lexicon/word-vectors.js';

/**
 * Graded word similarity from the shipped GloVe table (src/lexicon/word-vectors.ts): the cosine of two words'
 * vectors. Vectors put antonyms close ("rose" / "fell"), so a high cosine says "maybe the same event", never
 * "the two sides agree"; alignment never turns it into a synonym link.
 */

/**
 * Rows scaled to unit length on first use, so a cosine is one dot product. Only the rows a process reads are decoded
 * and scaled (a report reads a few hundred of the 15,000): decoding them all took about 0.1 s of a cold start.
 */
interface VectorTable { index: ReadonlyMap<string, number>; units: Float32Array; ready: Uint8Array }

let table: VectorTable | undefined;

/** base64 → bytes without Buffer, so the browser entry works too. */
function decodeBase64(text: string): Int8Array {
  const binary = atob(text);
  const bytes = new Int8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = (binary.charCodeAt(i) << 24) >> 24;
  return bytes;
}

/** The word index, built on first use, once per process; rows stay undecoded until read. */
function vectorTable(): VectorTable {
  if (table) return table;
  const words = VECTOR_WORDS.split('\n');
  table = { index: new Map(words.map((w, i) => [w, i])), units: new Float32Array(words.length * VECTOR_DIMENSIONS), ready: new Uint8Array(words.length) };
  return table;
}

/** The unit-length row of a word, decoded from its own base64 quartets (3 bytes per 4 characters). */
function unitRow(t: VectorTable, row: number): Float32Array {
  if (t.ready[row]) return t.units;
  const first = row * VECTOR_DIMENSIONS;
  const from = Math.floor(first / 3);
  const codes = decodeBase64(VECTOR_CODES.slice(from * 4, Math.ceil((first + VECTOR_DIMENSIONS) / 3) * 4)).subarray(first - from * 3);
  let sum = 0;
  for (let d = 0; d < VECTOR_DIMENSIONS; d++) sum += codes[d]! * codes[d]!;
  const norm = Math.sqrt(sum) || 1;
  for (let d = 0; d < VECTOR_DIMENSIONS; d++) t.units[first + d] = codes[d]! / norm;
  t.ready[row] = 1;
  return t.units;
}

/** Whether the table has a vector for this word (lower-cased). */
export function hasVector(word: string): boolean {
  return vectorTable().index.has(word.toLowerCase());
}

/** The table row of a lower-case word, if it has one. */
export function vectorIndex(word: string): number | undefined {
  return vectorTable().index.get(word);
}

/** Cosine of two words' vectors in [-1, 1]; undefined when either word is outside the table. */
export function similarity(wordA: string, wordB: string): number | undefined {
  const t = vectorTable();
  const a = t.index.get(wordA.toLowerCase());
  const b = t.index.get(wordB.toLowerCase());
  return a === undefined || b === undefined ? undefined : cosineOfRows(a, b);
}

/** Cosine of two table rows. */
export function cosineOfRows(a: number, b: number): number {
  if (a === b) return 1;
  const t = vectorTable();
  unitRow(t, a);
  const units = unitRow(t, b);
  let dot = 0;
  for (let d = 0, i = a * VECTOR_DIMENSIONS, j = b * VECTOR_DIMENSIONS; d < VECTOR_DIMENSIONS; d++) dot += units[i + d]! * units[j + d]!;
  return dot;
}
