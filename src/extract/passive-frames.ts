// Passive reporting frames: which name a holder and which do not (Quirk § 16.33, § 16.52).
import { HOLDER_AUXILIARIES as HOLDER_AUXILIARY_WORDS } from '../lexicon/attribution-cues.js';
import { BE_FORMS } from '../lexicon/grammar-words.js';
import type { Token } from '../segment/tokens.js';

const BE = new Set(BE_FORMS);
const HOLDER_AUXILIARIES = new Set(HOLDER_AUXILIARY_WORDS);

/**
 * "The runner was declared the winner", "He has been declared fit": a reporting verb's participle after "be" with a
 * subject other than "it" is a personal passive (Quirk § 16.52); its subject is what is declared, not a holder.
 */
export function personalPassive(tokens: readonly Token[], v: number): boolean {
  const verb = tokens[v]!;
  if (verb.lower.endsWith('ing') || v < 2) return false;
  let k = v - 1;
  if (!BE.has(tokens[k]!.lower) && tokens[k]!.lower !== 'been') return false;
  while (k > 0 && (BE.has(tokens[k]!.lower) || tokens[k]!.lower === 'been' || HOLDER_AUXILIARIES.has(tokens[k]!.lower) || tokens[k]!.lower === 'not')) k--;
  return tokens[k]!.kind !== 'punct' && tokens[k]!.lower !== 'it';
}

/**
 * "It was reported that …", "it has been claimed that …": an impersonal passive names no holder (Quirk § 16.33); the
 * frame itself ("It was reported") stands as the anonymous holder.
 */
export function impersonalPassive(holder: readonly Token[], verb: Token): boolean {
  return holder[0]?.lower === 'it' && holder.length > 1 && verb.lower.endsWith('ed') && holder.slice(1).every((t) => BE.has(t.lower) || HOLDER_AUXILIARIES.has(t.lower) || t.lower === 'been');
}
