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

/**
 * "The club was told by the league that …": a passive reporting frame; its by-agent (before the "that") is the
 * teller, else the recipient without the passive's auxiliaries ("Residents were told that …" → Residents).
 * Undefined for an active frame.
 */
export function passiveTeller(tokens: readonly Token[], start: number, holderEnd: number, v: number, thatAt: number): { start: number; end: number } | undefined {
  let end = holderEnd;
  while (end > start + 1 && PASSIVE_AUXILIARIES.has(tokens[end - 1]!.lower)) end--;
  if (end === holderEnd || !BE.has(tokens[holderEnd - 1]!.lower) && tokens[holderEnd - 1]!.lower !== 'been') return undefined;
  const by = thatAt > 0 ? tokens.slice(v + 1, v + 1 + thatAt).findIndex((t) => t.lower === 'by') : -1;
  return by >= 0 && by + 1 < thatAt ? { start: v + 2 + by, end: v + 1 + thatAt } : { start, end };
}
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([...BE, 'been', 'being', 'has', 'have', 'had']);
