// Passive frames of verbs of saying and thinking that name no holder and raise the reported clause's subject.
import type { Range } from '../ingest/types.js';
import { INCOMPATIBLE_STATES } from '../lexicon/incompatible-states.js';
import { OUTCOME_FRAMES } from '../lexicon/event-frames.js';
import { BE_FORMS, CENTRAL_DETERMINERS, PERSONAL_PRONOUNS } from '../lexicon/grammar-words.js';
import type { Lexicon } from '../lexicon/index.js';
import { RAISING_VERBS } from '../lexicon/raising-verbs.js';
import { SUBSET_STATES } from '../lexicon/set-counts.js';
import type { Token } from '../segment/tokens.js';
import type { FoundAttribution } from './attribution.js';
import { rangeOf } from './holder-span.js';
import { isLyAdverb } from './ly-adverb.js';

const BE = new Set(BE_FORMS);
const RAISING = new Set(RAISING_VERBS);
/** Words that open a noun phrase, never an infinitive: "was reported to the police" is the act of reporting. */
const NOUN_PHRASE_OPENERS = new Set([...CENTRAL_DETERMINERS, ...PERSONAL_PRONOUNS, 'this', 'that', 'these', 'those']);
/** One-word states a reporting verb's passive can take as its complement ("reported missing", "feared dead"). */
const STATE_WORDS = new Set(
  [...INCOMPATIBLE_STATES.flatMap(([a, bs]) => [a, ...bs]), ...Object.values(OUTCOME_FRAMES).flat(), ...SUBSET_STATES].filter((w) => !w.includes(' ')),
);
/** A past participle's shape: "killed", "stolen" (a complement the tagger may read as a finite verb). */
const PARTICIPLE_ENDINGS = ['ed', 'en'];

/** The frame word of a reporting passive: a participle of a raising verb after a form of "be" ("were reported"). */
function raisingPassive(tokens: readonly Token[], v: number, lemma: string): boolean {
  return v >= 2 && RAISING.has(lemma) && BE.has(tokens[v - 1]!.lower) && tokens.slice(0, v - 1).some((t) => t.kind === 'word');
}

/** Whether the word at i can open a "to" infinitive: not a noun phrase's determiner, a pronoun, a name or a figure. */
function opensInfinitive(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && !token.capitalized && !NOUN_PHRASE_OPENERS.has(token.lower);
}

/**
 * "The bridge was said to be 200 years old", "The suspect is believed to have fled": a passive reporting verb with
 * a "to" infinitive raises the content's subject (Quirk § 16.52); no one is named, so the holder is the frame itself,
 * anonymous, and the proposition is the subject followed by what comes after "to". "The theft was reported to the
 * police" has no infinitive after "to": the act of reporting, no frame.
 */
export function passiveRaising(tokens: readonly Token[], v: number, clause: Range, lemma: string, lexicon: Lexicon): FoundAttribution | null {
  const after = tokens[v + 2];
  // "was called to testify", "was told to leave": a directive in the passive reports no proposition.
  if (!raisingPassive(tokens, v, lemma) || tokens[v + 1]?.lower !== 'to' || !opensInfinitive(after)) return null;
  return raised(tokens, v, lemma, lexicon, { start: clause.start, end: tokens[v - 2]!.end }, { start: after!.start, end: clause.end });
}

/** Where the state complement after a reporting passive starts ("reported missing", "reported seriously injured"), or -1. */
function complementAt(tokens: readonly Token[], v: number): number {
  const at = tokens[v + 1] !== undefined && isLyAdverb(tokens[v + 1]!.lower) ? v + 2 : v + 1;
  const word = tokens[at];
  if (word === undefined || word.kind !== 'word' || word.capitalized) return -1;
  return STATE_WORDS.has(word.lower) || PARTICIPLE_ENDINGS.some((e) => word.lower.endsWith(e) && word.lower.length > e.length + 2) ? at : -1;
}

/**
 * "Five people were reported killed", "The climber is feared dead", "Two boats were reported stolen": a passive verb
 * of saying or thinking with a state or participle as complement, the passive of "reported them killed" (Quirk
 * § 16.44, § 16.52), says that the subject is in that state and names no one who says so: the holder is the frame,
 * anonymous, and the proposition is the subject, its "be" and the complement ("Five people were … killed").
 */
export function passiveComplement(tokens: readonly Token[], v: number, clause: Range, lemma: string, lexicon: Lexicon): FoundAttribution | null {
  if (!raisingPassive(tokens, v, lemma) || tokens[v]!.lower.endsWith('ing')) return null;
  const at = complementAt(tokens, v);
  if (at < 0) return null;
  return { ...raised(tokens, v, lemma, lexicon, { start: clause.start, end: tokens[v - 1]!.end }, { start: tokens[at]!.start, end: clause.end }), continues: true };
}

function raised(tokens: readonly Token[], v: number, lemma: string, lexicon: Lexicon, proposition: Range, resumes: Range): FoundAttribution {
  return {
    holder: rangeOf(tokens, v - 1, v + 1),
    holderKind: 'anonymous',
    verb: rangeOf(tokens, v, v + 1),
    verbLemma: lemma,
    stance: lexicon.reportingVerbs[lemma] ?? 'reported',
    proposition,
    resumes,
    pronoun: false,
    unnamed: true,
  };
}
