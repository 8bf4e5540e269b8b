import { ADVERBIAL_SUBORDINATORS } from '../lexicon/clause-cues.js';
import { CENTRAL_DETERMINERS, COORDINATORS } from '../lexicon/grammar-words.js';
import type { Token } from '../segment/tokens.js';
import { lastIndex } from './holder-span.js';

// Where a leading frame's holder starts, past the words that open its clause ("Shares fell after …", "But …"):
// moved out of attribution.ts, which reads the frames themselves.
const DETERMINER = new Set(CENTRAL_DETERMINERS);
const SUBORDINATORS = new Set(ADVERBIAL_SUBORDINATORS);
const COORDINATOR_WORDS = new Set(COORDINATORS);

/** "But the trust says …": a coordinator that opens the clause joins it to the one before; the holder follows it. */
export function afterOpeningCoordinator(tokens: readonly Token[], start: number, end: number): number {
  const opens = start >= 0 && tokens.slice(0, start).every((t) => t.kind === 'punct');
  return opens && start + 1 < end && COORDINATOR_WORDS.has(tokens[start]!.lower) ? start + 1 : start;
}

/** Where the holder starts: after the last adverbial subordinator between the frame's start and its verb, if any. */
export function afterSubordinator(tokens: readonly Token[], start: number, verb: number): number {
  if (start < 0) return start;
  const at = lastIndex(tokens, verb - 1, (t) => SUBORDINATORS.has(t.lower) || t.kind === 'punct');
  return at > start && at < verb - 1 && SUBORDINATORS.has(tokens[at]!.lower) ? at + 1 : start;
}

/** Words of a linking clause before a reporting participle's noun phrase ("It comes after"). */
const MAX_LINK_WORDS = 3;

/**
 * "That follows a report from the Star claiming that …": a reporting participle modifies the noun phrase before it,
 * so after a short linking clause the holder starts at that phrase's determiner. After a longer clause ("X filed a
 * complaint alleging that …") the clause is an act of its own and stays the author's claim.
 */
export function participleHolder(tokens: readonly Token[], start: number, end: number, verb: number): number {
  if (start < 0 || !tokens[verb]!.lower.endsWith('ing')) return start;
  const at = tokens.slice(start + 1, end).findIndex((t) => DETERMINER.has(t.lower));
  if (at < 0) return start;
  return at + 1 <= MAX_LINK_WORDS ? start + 1 + at : -1;
}
