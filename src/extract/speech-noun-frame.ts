import type { Range } from '../ingest/types.js';
import type { Lexicon } from '../lexicon/index.js';
import { SPEECH_NOUNS } from '../lexicon/speech-nouns.js';
import type { Token } from '../segment/tokens.js';
import type { FoundAttribution } from './attribution.js';
import { kindOf } from './holder-kind.js';

const SPEECH: ReadonlySet<string> = new Set(SPEECH_NOUNS);
const POSSESSIVE = /['’]s$/;
const OPENING_QUOTE: ReadonlySet<string> = new Set(['"', '“']);
/** Words of the speaker's name before the possessive ("Dr Greaves's", "The mayor's"). */
const MAX_SPEAKER_WORDS = 4;
/** Tokens between the speech noun and the colon ("to residents was simple"). */
const MAX_TO_COLON = 8;

/**
 * "Ashdown's statement on sourcing: 'Good coffee starts …'", "The mayor's message was simple: 'Stay indoors'": a
 * clause that opens with a named speaker's speech noun and gives a quotation after a colon frames the quotation as
 * the speaker's words, reported as "X said" reports them; the speaker is the holder.
 */
export function speechNounFrame(tokens: readonly Token[], clause: Range, lexicon: Lexicon): FoundAttribution | null {
  const owner = tokens.findIndex((t, k) => k < MAX_SPEAKER_WORDS && t.kind === 'word' && POSSESSIVE.test(t.lower));
  if (owner < 0 || !SPEECH.has(tokens[owner + 1]?.lower ?? '') || tokens.slice(0, owner).some((t) => t.kind !== 'word')) return null;
  const colon = tokens.findIndex((t, k) => k > owner + 1 && k <= owner + 2 + MAX_TO_COLON && t.lower === ':');
  if (colon < 0 || tokens.slice(owner + 2, colon).some((t) => t.kind !== 'word') || !OPENING_QUOTE.has(tokens[colon + 1]?.lower ?? '')) return null;
  const possessor = tokens[owner]!;
  const holder = { start: tokens[0]!.start, end: possessor.end - 2 };
  const proposition = { start: tokens[colon + 1]!.start, end: clause.end };
  if (proposition.end <= proposition.start) return null;
  return { holder, holderKind: kindOf(tokens.slice(0, owner + 1), lexicon), stance: 'reported', proposition, pronoun: false };
}
