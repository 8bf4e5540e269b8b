import type { Range } from '../ingest/types.js';
import type { ClaimState } from '../model/claim.js';
import { REFUSAL_VERBS } from '../lexicon/polarity-cues.js';
import { DECIDED_CUES, PENDING_ADVERBS, PENDING_PHRASES, PENDING_VERBS } from '../lexicon/status-cues.js';
import type { Token } from '../segment/tokens.js';
import { stem } from './keys.js';
import { REPORTING_FORMS } from '../lexicon/reporting-verbs.js';
import type { PropositionParts } from './proposition.js';

// Compared by Porter stem, so a tagger's odd root ("negotiating" read as a noun) still finds its verb.
const REFUSAL_SINGLE = new Set(REFUSAL_VERBS.filter((v) => !v.includes(' ')).map(stem));
const REFUSAL_PHRASES = REFUSAL_VERBS.filter((v) => v.includes(' ')).map((p) => p.split(' '));
const PENDING_VERB = new Set(PENDING_VERBS.map(stem));
const PENDING_ADVERB = new Set(PENDING_ADVERBS.filter((a) => !a.includes(' ')));
const PENDING_PHRASE = PENDING_PHRASES.map((p) => p.split(' '));
const DECIDED = new Set(DECIDED_CUES);

export interface StateResult {
  state: ClaimState;
  cue?: Range;
  /** The claim states a decision as made ("already approved", "spurned"): status conflicts need one side decided. */
  decided: boolean;
}

/** What the proposition says happened: affirmed, negated, pending (undecided) or refused. */
export function findState(tokens: readonly Token[], parts: PropositionParts): StateResult {
  const predicate = parts.predicate?.term;
  const pendingPhrase = findPhrase(tokens, PENDING_PHRASE);
  if (pendingPhrase) return { state: 'pending', cue: pendingPhrase, decided: false };
  if (parts.negator && predicate) {
    const between = tokens.filter((t) => t.start >= parts.negator!.start && t.end <= predicate.end + 8);
    const adverb = between.find((t) => PENDING_ADVERB.has(t.lower));
    if (adverb) return { state: 'pending', cue: { start: parts.negator.start, end: predicate.end }, decided: false };
    // "did not rule out attending" leaves the question open.
    if (REFUSAL_SINGLE.has(stem(predicate.root)) || findPhrase(tokens, REFUSAL_PHRASES)) {
      return { state: 'pending', cue: { start: parts.negator.start, end: predicate.end }, decided: false };
    }
    return { state: 'negated', cue: { start: parts.negator.start, end: predicate.end }, decided: true };
  }
  if (predicate && PENDING_VERB.has(stem(predicate.root))) {
    return { state: 'pending', cue: { start: predicate.start, end: predicate.end }, decided: false };
  }
  // "declined to comment", "refused to say": a non-answer, not a refusal of the event itself.
  if (parts.inner && REPORTING_FORMS[parts.inner.lower] !== undefined) return { state: 'affirmed', decided: false };
  const refusalPhrase = findPhrase(tokens, REFUSAL_PHRASES);
  if (predicate && REFUSAL_SINGLE.has(stem(predicate.root))) return { state: 'refused', cue: { start: predicate.start, end: predicate.end }, decided: true };
  if (refusalPhrase) return { state: 'refused', cue: refusalPhrase, decided: true };
  const decidedCue = tokens.find((t) => DECIDED.has(t.lower));
  const result: StateResult = { state: 'affirmed', decided: decidedCue !== undefined };
  if (decidedCue) result.cue = { start: decidedCue.start, end: decidedCue.end };
  return result;
}

/** A phrase word matches its inflections too ("ruled out", "turned down"); short words must match exactly. */
function wordMatches(token: string | undefined, word: string, last: boolean): boolean {
  if (token === undefined) return false;
  if (token === word) return true;
  return (last || word.length >= INFLECTABLE_LENGTH) && token.startsWith(word) && token.length <= word.length + 3;
}
const INFLECTABLE_LENGTH = 4;

/** The first place where one of the phrases (as word sequences) occurs in the tokens. */
export function findPhrase(tokens: readonly Token[], phrases: readonly string[][]): Range | undefined {
  for (let i = 0; i < tokens.length; i++) {
    for (const phrase of phrases) {
      if (phrase.every((w, k) => wordMatches(tokens[i + k]?.lower, w, k === phrase.length - 1))) {
        return { start: tokens[i]!.start, end: tokens[i + phrase.length - 1]!.end };
      }
    }
  }
  return undefined;
}
