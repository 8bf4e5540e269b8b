import { derived, type Lexicon } from '../lexicon/index.js';
import { NEGATED_AUXILIARIES, NEGATORS } from '../lexicon/polarity-cues.js';
import { PENDING_ADVERBS } from '../lexicon/status-cues.js';
import type { Token } from '../segment/tokens.js';
import { stem } from './keys.js';
import type { TagDepth } from './terms.js';

const CUE_WORDS = new Set([...NEGATORS, ...NEGATED_AUXILIARIES, ...PENDING_ADVERBS].filter((w) => !w.includes(' ')));
// Single words only: a phrase's first word ("in" of "in talks") would send nearly every clause to the full tagger.
const cueStems = (lexicon: Lexicon): ReadonlySet<string> =>
  new Set([...lexicon.refusalVerbs, ...lexicon.pendingVerbs, ...lexicon.statusVerbs, ...lexicon.pendingPhrases].filter((w) => !w.includes(' ')).map((w) => stem(w)));

/**
 * Clauses whose state hangs on a cue (a negator, a refusal, pending or status verb) get compromise's full tagger;
 * the rest get its quicker pre-tagger, which agrees on most of the tags a plain affirmed clause needs.
 */
export function tagDepthFor(tokens: readonly Token[], lexicon: Lexicon): TagDepth {
  const CUE_STEMS = derived(lexicon, cueStems);
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    if (CUE_WORDS.has(t.lower) || CUE_STEMS.has(stem(t.lower))) return 'full';
  }
  return 'quick';
}
