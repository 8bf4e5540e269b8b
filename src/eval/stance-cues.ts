import { stem } from '../extract/keys.js';
import { NEGATED_AUXILIARIES, NEGATORS } from '../lexicon/polarity-cues.js';
import { COLON_LABEL_WORDS, DEBUNK_WORDS, DISPUTE_PHRASES, DISPUTE_VERBS, HEDGING_WORDS, REFUTING_WORDS, VERACITY_WORDS } from '../lexicon/stance-cues.js';
import { ATTRIBUTION_NOUNS } from '../lexicon/stance-frames.js';
import { SINGLE_HOLDER_OFFICES } from '../lexicon/offices.js';
import { OUTLET_NAME_WORDS } from '../lexicon/outlet-words.js';
import { ROLE_TITLES } from '../lexicon/role-titles.js';
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
  /** a short source after the last colon closes the line ("…: report", "…: South Korea paper") */
  colonTail: number;
  /** the opening label or the closing tag (after a colon or dash) names a source: an outlet, office, title or report */
  sourceTag: number;
  /** a report noun or reporting verb among the last words ("…, witnesses say", "… report") */
  attributionEnds: number;
  /** "not real", "isn't true", "never happened" */
  veracityNegated: number;
  /** inflated, invented or a trick: exaggerated, doctored, staged, rubbish */
  debunk: number;
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
const VERACITY = new Set(VERACITY_WORDS);
const DEBUNK = new Set(DEBUNK_WORDS);
/** Reporting verbs that close a headline's attribution ("…, officials say"). */
const CLOSING_VERBS = new Set(['say', 'says', 'said', 'claim', 'claims', 'report', 'reports', 'reported', 'suggests', 'told']);
/** Words that make a headline's label or tag a source ("Pentagon:", "-- analyst" is not one; "-CNN", ": Mayor", ": reports" are). */
const SOURCE_WORDS = new Set([...OUTLET_NAME_WORDS, ...SINGLE_HOLDER_OFFICES, ...Object.values(ROLE_TITLES).flat(), ...ATTRIBUTION_NOUNS]);
const TAG_MARKS = new Set([':', '-', '–', '—']);
/** The closing words of a line, where an attribution names the source of all of it. */
export const CLOSING_WORDS = 2;

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

/** Positions of the words a negator within NEGATION_REACH words before turns round. */
function negatedPositions(words: readonly string[]): Set<number> {
  const out = new Set<number>();
  words.forEach((w, i) => {
    if (!NEGATION.has(w) && words.slice(Math.max(0, i - NEGATION_REACH), i).some((p) => NEGATION.has(p))) out.add(i);
  });
  return out;
}

/** Porter stems of the words a negator within NEGATION_REACH words before turns round. */
export function negatedStems(words: readonly string[]): Set<string> {
  return new Set([...negatedPositions(words)].map((i) => stem(words[i]!)));
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
  const lastColon = tokens.map((t) => t.lower).lastIndexOf(':');
  const tail = lastColon < 0 ? [] : tokens.slice(lastColon + 1).filter((t) => t.kind === 'word');
  const closing = words.slice(-CLOSING_WORDS);
  const lastMark = tokens.findLastIndex((t) => TAG_MARKS.has(t.lower));
  const tag = lastMark < 0 ? [] : tokens.slice(lastMark + 1).filter((t) => t.kind === 'word').map((t) => t.lower);
  const isTag = tag.length > 0 && tag.length <= COLON_LABEL_WORDS && words.length - tag.length > COLON_LABEL_WORDS;
  const negatedAt = negatedPositions(words);
  const opens = (found: readonly number[]) => (found.some((i) => i < OPENING_WORDS) ? 1 : 0);
  return {
    refuting: refutingAt.length,
    hedging: hedgingAt.length,
    dispute: disputeAt.length,
    colonLabel: isLabel ? 1 : 0,
    colonReport: isLabel && label.some((w) => REPORT_NOUNS.has(w)) ? 1 : 0,
    // After a label's own colon the rest of the line is the report, not a source tag.
    colonTail: tail.length > 0 && tail.length <= COLON_LABEL_WORDS && words.length - tail.length > COLON_LABEL_WORDS ? 1 : 0,
    sourceTag: (isLabel && label.some((w) => SOURCE_WORDS.has(w))) || (isTag && tag.some((w) => SOURCE_WORDS.has(w))) ? 1 : 0,
    attributionEnds: closing.some((w) => REPORT_NOUNS.has(w) || CLOSING_VERBS.has(w)) ? 1 : 0,
    veracityNegated: words.filter((w, i) => VERACITY.has(w) && negatedAt.has(i)).length,
    debunk: at(DEBUNK).length,
    againstOpens: opens([...refutingAt, ...disputeAt]),
    hedgeOpens: opens(hedgingAt),
  };
}
