import { VECTOR_CODES, VECTOR_DIMENSIONS, VECTOR_WORDS } from '../lexicon/word-vectors.js';

/**
 * Graded word similarity from the shipped GloVe table (src/lexicon/word-vectors.ts): the cosine of two words'
 * vectors. Vectors put antonyms close ("rose" / "fell"), so a high cosine says "maybe the same event", never
 * "the two sides agree"; alignment never turns it into a synonym link.
 */

/** Rows scaled to unit length once, so a cosine is one dot product. */
interface VectorTable { index: ReadonlyMap<string, number>; units: Float32Array }

let table: VectorTable | undefined;

/** base64 → bytes without Buffer, so the browser entry works too. */
function decodeBase64(text: string): Int8Array {
  const binary = atob(text);
  const bytes = new Int8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = (binary.charCodeAt(i) << 24) >> 24;
  return bytes;
}

/** Decoded on first use, once per process. */
function vectorTable(): VectorTable {
  if (table) return table;
  const words = VECTOR_WORDS.split('\n');
  const codes = decodeBase64(VECTOR_CODES);
  const units = new Float32Array(codes.length);
  for (let w = 0; w < words.length; w++) {
    const start = w * VECTOR_DIMENSIONS;
    let sum = 0;
    for (let d = start; d < start + VECTOR_DIMENSIONS; d++) sum += codes[d]! * codes[d]!;
    const norm = Math.sqrt(sum) || 1;
    for (let d = start; d < start + VECTOR_DIMENSIONS; d++) units[d] = codes[d]! / norm;
  }
  table = { index: new Map(words.map((w, i) => [w, i])), units };
  return table;
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
  const { units } = vectorTable();
  let dot = 0;
  for (let d = 0, i = a * VECTOR_DIMENSIONS, j = b * VECTOR_DIMENSIONS; d < VECTOR_DIMENSIONS; d++) dot += units[i + d]! * units[j + d]!;
  return dot;
}
