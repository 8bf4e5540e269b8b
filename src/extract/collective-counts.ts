import { COLLECTIVE_NOUNS } from '../lexicon/collective-nouns.js';
import type { Token } from '../segment/tokens.js';

const COLLECTIVE: ReadonlySet<string> = new Set(COLLECTIVE_NOUNS);

/**
 * "A crowd of 85,000", "an audience of about 2,000": a number with no noun of its own, right after "<collective noun>
 * of" (lexicon/collective-nouns.ts), counts the group's members; the group noun is what is counted. `start` is the
 * quantity's first token (its bound word, if any).
 */
export function collectiveBefore(tokens: readonly Token[], start: number): string | undefined {
  const of = tokens[start - 1];
  const group = tokens[start - 2];
  return of?.lower === 'of' && group?.kind === 'word' && COLLECTIVE.has(group.lower) ? group.lower : undefined;
}
