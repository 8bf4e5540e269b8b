import type { Range } from '../ingest/types.js';
import type { CertaintyLevel, ReportingStance } from '../model/claim.js';
import { ANONYMOUS_PENALTY, AUTHOR_CERTAINTY, CERTAINTY_BANDS, STANCE_CERTAINTY } from '../lexicon/certainty-scale.js';
import { derived, type Lexicon } from '../lexicon/index.js';
import type { Token } from '../segment/tokens.js';
import { PRESENCE_PREPOSITIONS, SEEMING_VERB_FORMS } from '../lexicon/hedges.js';
import { isCountedPlural } from './frame-word-uses.js';

const refutationCues = (lexicon: Lexicon): ReadonlySet<string> => new Set(lexicon.refutationCues.filter((c) => !c.includes(' ')));
/** A refutation cue in the writer's own voice caps certainty here. */
const REFUTED_VALUE = 0.1;

export interface CertaintyResult {
  level: CertaintyLevel;
  value: number;
  cues: Range[];
}

/**
 * Certainty from the reporting stance, moved by hedges and boosters in the clause; refutation cues cap it, except
 * inside a quote, where they are the quoted speaker's own words (called the audit "misleading").
 */
export function findCertainty(
  tokens: readonly Token[],
  stance: ReportingStance | 'author',
  anonymous: boolean,
  frame: Range | undefined,
  quoted: readonly Range[],
  lexicon: Lexicon,
): CertaintyResult {
  const refutation = derived(lexicon, refutationCues);
  let value = stance === 'author' ? AUTHOR_CERTAINTY : STANCE_CERTAINTY[stance];
  if (anonymous) value -= ANONYMOUS_PENALTY;
  const cues: Range[] = [];
  let refuted = false;
  for (const [i, t] of tokens.entries()) {
    // The reporting verb (and its frame) already set the stance; "alleged" must not count twice.
    if (frame && t.start >= frame.start && t.end <= frame.end) continue;
    if (monthName(t, i) || presenceSense(tokens, i) || isCountedPlural(tokens, i)) continue;
    const move = lexicon.hedges[t.lower] ?? lexicon.boosters[t.lower];
    if (move !== undefined) {
      value += move;
      cues.push({ start: t.start, end: t.end });
    }
    if (stance === 'author' && refutation.has(t.lower) && !perfectActive(tokens, i) && !quoted.some((q) => t.start >= q.start && t.end <= q.end)) {
      refuted = true;
      cues.push({ start: t.start, end: t.end });
    }
  }
  if (refuted) value = Math.min(value, REFUTED_VALUE);
  value = Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
  return { level: levelOf(value), value, cues };
}

const SEEMING: ReadonlySet<string> = new Set(SEEMING_VERB_FORMS);
const PRESENCE: ReadonlySet<string> = new Set(PRESENCE_PREPOSITIONS);

/** "will appear in court": "appear" before a preposition of place or audience is the act of coming, not seeming. */
function presenceSense(tokens: readonly Token[], i: number): boolean {
  return SEEMING.has(tokens[i]!.lower) && PRESENCE.has(tokens[i + 1]?.lower ?? '');
}

const PERFECT = new Set(['has', 'have', 'had']);

/** "The journal has retracted the paper": a cue verb right after a perfect "have" reports the subject's act, as "denied" does. */
function perfectActive(tokens: readonly Token[], i: number): boolean {
  return i > 0 && PERFECT.has(tokens[i - 1]!.lower);
}

/** A capitalised "May" after the clause's first word is the month ("on May 3"), not the modal: modals are not capitalised mid-sentence. */
function monthName(t: Token, index: number): boolean {
  return t.lower === 'may' && t.capitalized && index > 0;
}

export function levelOf(value: number): CertaintyLevel {
  for (const [level, floor] of CERTAINTY_BANDS) if (value >= floor) return level;
  return 'refuted';
}
