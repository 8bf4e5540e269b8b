import { HEDGES } from '../lexicon/hedges.js';
import { NEGATED_AUXILIARIES, NEGATORS } from '../lexicon/polarity-cues.js';
import { REFUTATION_WORDS } from '../lexicon/refutation-cues.js';
import {
  ANSWER_NO,
  ATTRIBUTION_NOUNS,
  ATTRIBUTION_PHRASES,
  CONFIRMATION_VERBS,
  DENIAL_VERBS,
  FACTIVE_VERBS,
  FALSITY_LABELS,
  INTERROGATIVE_OPENERS,
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
  /** 1 when the text ends on its question: all of it is asked ("Will the tunnel close?") */
  questionEnds: number;
  /** 1 when a statement follows the question, answering it ("Tunnel to close? Engineers confirm cracks") */
  questionAnswered: number;
  /** 1 when the text opens with an interrogative word and asks ("Could the tunnel close?") */
  questionOpens: number;
  /** factive reporting verbs (shows, reveals, admits, finds): the writer takes what is reported as true */
  factive: number;
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
const FACTIVE = flat(FACTIVE_VERBS);
const INTERROGATIVE = new Set(INTERROGATIVE_OPENERS);
/** Subjects a bare present-tense verb agrees with besides a plural noun: "they say", "officials say". */
const BARE_VERB_SUBJECTS = new Set(['i', 'we', 'you', 'they', 'will', 'would', 'may', 'might', 'could', 'can', 'should', 'must', 'do', 'does', 'did']);

/** Whether the word before a bare verb form can be its subject or auxiliary (a plural noun, a pronoun, a modal). */
function agreesWithBare(previous: string | undefined): boolean {
  return previous !== undefined && (BARE_VERB_SUBJECTS.has(previous) || (previous.endsWith('s') && !previous.endsWith('ss')));
}

/**
 * Whether the word at i attributes what the text says: a report noun, or a non-factive reporting verb. A bare form
 * ("state", "note", "suspect") is a verb only after a subject it agrees with, else a noun ("Islamic State").
 */
function attributes(words: readonly string[], i: number): boolean {
  const lower = words[i]!;
  if (ATTRIBUTION_NOUN.has(lower)) return true;
  if (FACTIVE.has(lower)) return false;
  // The shipped Lexicon (built once and cached) already maps each reporting verb's forms to its lemma and stance.
  const { reportingForms, reportingVerbs } = buildLexicon();
  const lemma = reportingForms[lower];
  if (lemma === undefined || !ATTRIBUTING_STANCES.has(reportingVerbs[lemma] ?? '')) return false;
  return lemma !== lower || agreesWithBare(words[i - 1]);
}

/** Where the text asks: at its end, before a statement that answers, and whether an interrogative word opens it. */
function questionFrame(tokens: readonly Token[], words: readonly string[]): Pick<StanceFrames, 'question' | 'questionEnds' | 'questionAnswered' | 'questionOpens'> {
  const marks = tokens.flatMap((t, i) => (t.lower === '?' ? [i] : []));
  if (marks.length === 0) return { question: 0, questionEnds: 0, questionAnswered: 0, questionOpens: 0 };
  const after = tokens.slice(marks[marks.length - 1]! + 1).filter((t) => t.kind === 'word').length;
  return { question: 1, questionEnds: after === 0 ? 1 : 0, questionAnswered: after > 0 ? 1 : 0, questionOpens: INTERROGATIVE.has(words[0] ?? '') ? 1 : 0 };
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
    attribution: words.filter((_, i) => attributes(words, i)).length + phraseCount(words, ATTRIBUTION_PHRASES),
    hedge: words.filter((w, i) => (HEDGES[w] ?? 0) < 0 && !attributes(words, i)).length,
    ...questionFrame(tokens, words),
    factive: count((w) => FACTIVE.has(w)),
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
