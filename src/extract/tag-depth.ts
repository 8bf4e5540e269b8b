import { NEGATED_AUXILIARIES, NEGATORS, REFUSAL_VERBS } from '../lexicon/polarity-cues.js';
import { PENDING_ADVERBS, PENDING_PHRASES, PENDING_VERBS, STATUS_VERBS } from '../lexicon/status-cues.js';
import type { Token } from '../segment/tokens.js';
import { stem } from './keys.js';
import type { TagDepth } from './terms.js';

const CUE_WORDS = new Set([...NEGATORS, ...NEGATED_AUXILIARIES, ...PENDING_ADVERBS].filter((w) => !w.includes(' ')));
// Single words only: a phrase's first word ("in" of "in talks") would send nearly every clause to the full tagger.
const CUE_STEMS = new Set(
  [...REFUSAL_VERBS, ...PENDING_VERBS, ...STATUS_VERBS, ...PENDING_PHRASES].filter((w) => !w.includes(' ')).map((w) => stem(w)),
);

/**
 * Clauses whose state hangs on a cue (a negator, a refusal, pending or status verb) get compromise's full tagger;
 * the rest get its quicker pre-tagger, which agrees on most of the tags a plain affirmed clause needs.
 */
export function tagDepthFor(tokens: readonly Token[]): TagDepth {
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    if (CUE_WORDS.has(t.lower) || CUE_STEMS.has(stem(t.lower))) return 'full';
  }
  return 'quick';
}
