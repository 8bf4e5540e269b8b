import { VECTOR_CODES, VECTOR_DIMENSIONS, VECTOR_WORDS } from '../lexicon/word-vectors.js';

/**
 * Graded word similarity from the shipped GloVe table (src/lexicon/word-vectors.ts): the cosine of two words'
 * vectors. Vectors put antonyms close ("rose" / "fell"), so a high cosine says "maybe the same event", never
 * "the two sides agree"; alignment never turns it into a synonym link.
 */

interface VectorTable { index: ReadonlyMap<string, number>; codes: Int8Array; norms: Float64Array }

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
  const norms = new Float64Array(words.length);
  for (let w = 0; w < words.length; w++) {
    let sum = 0;
    for (let d = w * VECTOR_DIMENSIONS, end = d + VECTOR_DIMENSIONS; d < end; d++) sum += codes[d]! * codes[d]!;
    norms[w] = Math.sqrt(sum);
  }
  table = { index: new Map(words.map((w, i) => [w, i])), codes, norms };
  return table;
}

/** Whether the table has a vector for this word (lower-cased). */
export function hasVector(word: string): boolean {
  return vectorTable().index.has(word.toLowerCase());
}

/** Cosine of two words' vectors in [-1, 1]; undefined when either word is outside the table. */
export function similarity(wordA: string, wordB: string): number | undefined {
  const t = vectorTable();
  const a = t.index.get(wordA.toLowerCase());
  const b = t.index.get(wordB.toLowerCase());
  if (a === undefined || b === undefined) return undefined;
  if (a === b) return 1;
  let dot = 0;
  const offsetA = a * VECTOR_DIMENSIONS;
  const offsetB = b * VECTOR_DIMENSIONS;
  for (let d = 0; d < VECTOR_DIMENSIONS; d++) dot += t.codes[offsetA + d]! * t.codes[offsetB + d]!;
  const norm = t.norms[a]! * t.norms[b]!;
  return norm === 0 ? 0 : dot / norm;
}
