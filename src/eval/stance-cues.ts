import { stem } from '../extract/keys.js';
import { NEGATED_AUXILIARIES, NEGATORS } from '../lexicon/polarity-cues.js';
import { COLON_LABEL_WORDS, DISPUTE_PHRASES, DISPUTE_VERBS, HEDGING_WORDS, REFUTING_WORDS } from '../lexicon/stance-cues.js';
import { ATTRIBUTION_NOUNS } from '../lexicon/stance-frames.js';
import type { Token } from '../segment/tokens.js';

/**
 * Cues of a line's stance towards what it reports, after Ferreira & Vlachos (2016): their refuting and hedging word
 * sets, verbs and idioms of disputing, and the headline label before a colon ("Rumor: …", "Sources: …"). Each cue is
 * also read by where it stands: one among the opening words frames the whole line ("Apple denies …", "Report: …"),
 * their stand-in for the distance to the sentence's root. Negation aligned with a claim's words is read by
 * negatedStems, compared across the two sides by the stance features.
 */
export interface LineCues {
  refuting: number;
  hedging: number;
  /** dispute verbs and idioms: questions, rejects, shoots down, casts doubt */
  dispute: number;
  /** a short label then a colon opens the line */
  colonLabel: number;
  /** that label names a report or rumour ("Rumor:", "Sources:", "Report:") */
  colonReport: number;
  /** a refuting or dispute cue among the opening words */
  againstOpens: number;
  /** a hedging cue among the opening words */
  hedgeOpens: number;
}

/** The opening words of a line, where a cue frames all of it. */
export const OPENING_WORDS = 4;
/** How many words before a word a negator reaches ("has not been arrested"). */
export const NEGATION_REACH = 3;

const REFUTING = new Set(REFUTING_WORDS);
const HEDGING = new Set(HEDGING_WORDS);
const DISPUTE = new Set(DISPUTE_VERBS);
const NEGATION = new Set([...NEGATORS, ...NEGATED_AUXILIARIES]);
const REPORT_NOUNS = new Set(ATTRIBUTION_NOUNS);

/** Where each phrase starts, as a run of whole words. */
function phraseStarts(words: readonly string[], phrases: readonly string[]): number[] {
  const starts: number[] = [];
  for (const p of phrases) {
    const parts = p.split(' ');
    words.forEach((_, i) => {
      if (parts.every((w, k) => words[i + k] === w)) starts.push(i);
    });
  }
  return starts;
}

/** Porter stems of the words a negator within NEGATION_REACH words before turns round. */
export function negatedStems(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  words.forEach((w, i) => {
    if (NEGATION.has(w)) return;
    if (words.slice(Math.max(0, i - NEGATION_REACH), i).some((p) => NEGATION.has(p))) out.add(stem(w));
  });
  return out;
}

/** The cues of one line from its tokens. */
export function lineCues(tokens: readonly Token[]): LineCues {
  const words = tokens.filter((t) => t.kind === 'word').map((t) => t.lower);
  const at = (set: ReadonlySet<string>) => words.flatMap((w, i) => (set.has(w) ? [i] : []));
  const disputeAt = [...at(DISPUTE), ...phraseStarts(words, DISPUTE_PHRASES)];
  const refutingAt = at(REFUTING);
  const hedgingAt = at(HEDGING);
  const colon = tokens.findIndex((t) => t.lower === ':');
  const label = colon < 0 ? [] : tokens.slice(0, colon).filter((t) => t.kind === 'word').map((t) => t.lower);
  const isLabel = label.length > 0 && label.length <= COLON_LABEL_WORDS;
  const opens = (found: readonly number[]) => (found.some((i) => i < OPENING_WORDS) ? 1 : 0);
  return {
    refuting: refutingAt.length,
    hedging: hedgingAt.length,
    dispute: disputeAt.length,
    colonLabel: isLabel ? 1 : 0,
    colonReport: isLabel && label.some((w) => REPORT_NOUNS.has(w)) ? 1 : 0,
    againstOpens: opens([...refutingAt, ...disputeAt]),
    hedgeOpens: opens(hedgingAt),
  };
}
