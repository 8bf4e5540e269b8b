import { HEDGES } from '../lexicon/hedges.js';
import { NEGATED_AUXILIARIES, NEGATORS } from '../lexicon/polarity-cues.js';
import { REFUTATION_WORDS } from '../lexicon/refutation-cues.js';
import {
  ANSWER_NO,
  ATTRIBUTION_NOUNS,
  ATTRIBUTION_PHRASES,
  CONFIRMATION_VERBS,
  DENIAL_VERBS,
  FALSITY_LABELS,
  REBUTTAL_PHRASES,
} from '../lexicon/stance-frames.js';
import { buildLexicon } from '../lexicon/index.js';
import { PENDING_PHRASES, PENDING_VERBS } from '../lexicon/status-cues.js';
import { stem } from '../extract/keys.js';
import { tokenize, type Token } from '../segment/tokens.js';
import { lineCues, type LineCues } from './stance-cues.js';

/**
 * Where a short text stands on what it reports, from its reporting frame: *against* ("X denies Y", "Y is a hoax",
 * "No, Y did not happen", "Y? Not so fast"), *observing* ("Y, reports say", "X claims Y", "Y reportedly", a
 * question), or *firm* ("officials confirmed Y"). Counts of cue words; the stance model weighs them.
 */
export interface StanceFrames extends LineCues {
  /** denial verbs and nouns (deny, refute, debunk, dismiss, retract …) not turned round by a negator just before */
  denial: number;
  /** words calling something untrue or made up (hoax, fake, false, satire …), likewise not negated */
  falsity: number;
  /** idioms of contradiction ("not so fast", "not true") and an opening "No," */
  rebuttal: number;
  /** reporting verbs that attribute rather than assert (says, claims, alleges) and report nouns (reports, rumours) */
  attribution: number;
  /** hedges that lower certainty (reportedly, allegedly, may) */
  hedge: number;
  /** 1 when the text asks (a question mark) */
  question: number;
  /** an open, undecided state: considering, weighs, in talks, has yet to (status-cues.ts) */
  pending: number;
  /** confirmation verbs: confirm, verify, prove … */
  confirmation: number;
  /** negators and negated auxiliaries */
  negation: number;
  words: number;
}

const flat = (table: readonly (readonly string[])[]) => new Set(table.flat());
const DENIAL = flat(DENIAL_VERBS);
const CONFIRMATION = flat(CONFIRMATION_VERBS);
const ATTRIBUTION_NOUN = new Set(ATTRIBUTION_NOUNS);
// Refutation words that are denials or report nouns are counted there, not twice.
const FALSITY = new Set([...REFUTATION_WORDS, ...FALSITY_LABELS].filter((w) => !DENIAL.has(w) && !ATTRIBUTION_NOUN.has(w)));
const PENDING = new Set(PENDING_VERBS.map((w) => stem(w)));
const PENDING_PHRASE = PENDING_PHRASES.filter((p) => p.includes(' '));
const PENDING_WORD = new Set(PENDING_PHRASES.filter((p) => !p.includes(' ')));
const NEGATION = new Set([...NEGATORS, ...NEGATED_AUXILIARIES]);
const ANSWER = new Set(ANSWER_NO);
const ANSWER_PUNCTUATION = new Set([',', ':', '.', '-', '!', ';']);
/** Reporting verbs whose stance attributes the claim to someone else rather than asserting it. */
const ATTRIBUTING_STANCES = new Set(['reported', 'claimed', 'alleged', 'speculated']);

function attributes(lower: string): boolean {
  if (ATTRIBUTION_NOUN.has(lower)) return true;
  // The shipped Lexicon (built once and cached) already maps each reporting verb's forms to its lemma and stance.
  const { reportingForms, reportingVerbs } = buildLexicon();
  const lemma = reportingForms[lower];
  return lemma !== undefined && ATTRIBUTING_STANCES.has(reportingVerbs[lemma] ?? '');
}

/** Occurrences of each phrase as a run of whole words in the token sequence. */
function phraseCount(words: readonly string[], phrases: readonly string[]): number {
  const text = ` ${words.join(' ')} `;
  return phrases.reduce((n, p) => n + (text.split(` ${p} `).length - 1), 0);
}

function opensWithNo(tokens: readonly Token[]): boolean {
  return tokens.length > 1 && ANSWER.has(tokens[0]!.lower) && ANSWER_PUNCTUATION.has(tokens[1]!.lower);
}

/** How many words before a denial or falsity word a negator turns it round ("nobody denies", "not false"). */
export const NEGATOR_REACH = 2;

/** The reporting frame of a text (a headline, or a body's lead). */
export function readFrames(text: string): StanceFrames {
  const tokens = tokenize(text);
  const words = tokens.filter((t) => t.kind === 'word').map((t) => t.lower);
  const count = (test: (w: string) => boolean) => words.filter(test).length;
  const unnegated = (set: ReadonlySet<string>) => words.filter((w, i) => set.has(w) && !words.slice(Math.max(0, i - NEGATOR_REACH), i).some((p) => NEGATION.has(p))).length;
  return {
    denial: unnegated(DENIAL),
    falsity: unnegated(FALSITY),
    rebuttal: phraseCount(words, REBUTTAL_PHRASES) + (opensWithNo(tokens) ? 1 : 0),
    attribution: count(attributes) + phraseCount(words, ATTRIBUTION_PHRASES),
    hedge: count((w) => (HEDGES[w] ?? 0) < 0 && !attributes(w)),
    question: tokens.some((t) => t.lower === '?') ? 1 : 0,
    pending: count((w) => PENDING.has(stem(w)) || PENDING_WORD.has(w)) + phraseCount(words, PENDING_PHRASE),
    confirmation: count((w) => CONFIRMATION.has(w)),
    negation: count((w) => NEGATION.has(w)),
    words: words.length,
    ...lineCues(tokens),
  };
}

/** Against-cues in all: denials, falsity words and rebuttals. */
export function againstCues(frames: StanceFrames): number {
  return frames.denial + frames.falsity + frames.rebuttal;
}

/** Observing-cues in all: attribution, hedges and a question. */
export function observingCues(frames: StanceFrames): number {
  return frames.attribution + frames.hedge + frames.question;
}
