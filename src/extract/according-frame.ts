import type { Range } from '../ingest/types.js';
import { CONJUNCT_OPENERS, COORDINATORS } from '../lexicon/grammar-words.js';
import type { Lexicon } from '../lexicon/index.js';
import type { Token } from '../segment/tokens.js';
import type { FoundAttribution } from './attribution.js';
import { kindOf } from './holder-kind.js';
import { CLAUSE_BREAK, rangeOf } from './holder-span.js';

/** Coordinators and conjunct adverbs that may open a sentence before a fronted phrase. */
const LINKING_OPENERS = new Set([...COORDINATORS, ...CONJUNCT_OPENERS]);

/** "according to X, P" and "P, according to X". */
export function according(tokens: readonly Token[], clause: Range, lexicon: Lexicon): FoundAttribution | null {
  const i = tokens.findIndex((t, k) => (t.lower === 'according' && tokens[k + 1]?.lower === 'to') || asReportedBy(tokens, k, lexicon));
  if (i < 0) return null;
  const holderStart = i + (tokens[i]!.lower === 'as' ? 3 : 2);
  let holderEnd = holderStart;
  while (holderEnd < tokens.length && !CLAUSE_BREAK.has(tokens[holderEnd]!.lower)) holderEnd++;
  if (holderEnd === holderStart) return null;
  const holder = rangeOf(tokens, holderStart, holderEnd);
  // "But according to X, …", "However, according to X, …": a linking word before it still fronts the phrase.
  const atStart = i === 0 || tokens.slice(0, i).every((t) => t.kind === 'punct' || LINKING_OPENERS.has(t.lower));
  const proposition = atStart
    ? { start: tokens[Math.min(holderEnd + 1, tokens.length - 1)]!.start, end: clause.end }
    : { start: clause.start, end: tokens[Math.max(i - 1, 0)]!.start };
  if (proposition.end <= proposition.start) return null;
  return { holder, holderKind: kindOf(tokens.slice(holderStart, holderEnd), lexicon), stance: 'reported', proposition, pronoun: false };
}

/** "as reported by X", "as stated by X": a comment clause with a passive reporting verb (Quirk et al. 1985 § 15.54). */
function asReportedBy(tokens: readonly Token[], k: number, lexicon: Lexicon): boolean {
  const verb = tokens[k + 1]?.lower;
  return tokens[k]!.lower === 'as' && tokens[k + 2]?.lower === 'by' && verb !== undefined && verb.endsWith('ed') && lexicon.reportingForms[verb] !== undefined;
}
