import type { Claim, Phrase } from '../model/claim.js';
import { OPPOSITION_STRENGTH } from '../lexicon/detector-strengths.js';
import { STATUS_DECIDED_STRENGTH } from '../lexicon/state-strengths.js';
import { CALLED_OFF_VERBS, GOING_AHEAD_VERBS, PROCESS_START_VERBS, RESCHEDULING_VERBS, STOPPED_PARTWAY_VERBS } from '../lexicon/status-cues.js';
import { OCCURRENCE_IDIOMS } from '../lexicon/light-verbs.js';
import { ATTENDING_VERBS } from '../lexicon/event-frames.js';
import { derived, type Lexicon } from '../lexicon/index.js';
import { samePhrase } from './actor.js';
import { wordsNest } from './subject-words.js';
import { stateSpan } from './shared.js';
import { objectAfterVerb } from '../relate/verb-object.js';
import type { DetectorHit } from './types.js';

const CALLED_OFF: ReadonlySet<string> = new Set(CALLED_OFF_VERBS);
const ATTENDING: ReadonlySet<string> = new Set(ATTENDING_VERBS);
const RESCHEDULING: ReadonlySet<string> = new Set(RESCHEDULING_VERBS);
const STOPPED_PARTWAY: ReadonlySet<string> = new Set(STOPPED_PARTWAY_VERBS);
/** A form of "be" (with "being") right before an -ing predicate: the progressive ("was taking place", "is being held"). */
const BE_BEFORE = /\b(?:is|are|was|were|been|be)\s+(?:being\s+)?$/i;

/** The claim tells its event in the progressive: under way, not said to be completed. */
function inProgress(c: Claim): boolean {
  const predicate = c.proposition.predicate;
  if (!predicate) return false;
  const before = c.text.slice(Math.max(0, predicate.span.start - c.span.start - 16), predicate.span.start - c.span.start);
  return BE_BEFORE.test(before) && (predicate.text.toLowerCase().endsWith('ing') || /\bbeing\s+$/i.test(before));
}
/** Happening verbs whose subject is the event ("the march went ahead"); the others take it as object ("held the march"). */
const happenings = (lexicon: Lexicon): { subject: ReadonlySet<string>; object: ReadonlySet<string> } => {
  const single = lexicon.happeningVerbs.filter((v) => !v.includes(' '));
  const object = new Set(['hold', 'stage', 'host'].filter((v) => single.includes(v)));
  return { subject: new Set([...single.filter((v) => !object.has(v)), ...GOING_AHEAD_VERBS]), object };
};
/** "will go ahead", "is due to take place": the event is still to come, so the clash is about a plan (status). */
const FUTURE = /\b(?:will|shall|due\s+to|set\s+to|scheduled\s+to|expected\s+to)\s+(?:\w+\s+)?$/i;

/** The event a claim says happened ("the concert took place", "the march went ahead", "they held the vote"). */
function happened(c: Claim, lexicon: Lexicon): Phrase | undefined {
  const p = c.proposition;
  const lemma = p.predicate?.lemma.toLowerCase();
  if (!lemma || p.negated || p.state !== 'affirmed') return undefined;
  const { subject, object } = derived(lexicon, happenings);
  // "took place": the occurrence idiom (extract/multiword-verbs.ts) makes its subject the theme, as a passive does.
  if (occurrenceIdiom(c)) return p.theme;
  if (subject.has(lemma)) return p.actor;
  return object.has(lemma) || ATTENDING.has(lemma) ? p.theme : undefined;
}

const LEADING_WORD = /^\p{L}*/u;
/** The event's own start (Process_start), among the verbs of going ahead. */
const STARTS: ReadonlySet<string> = new Set(PROCESS_START_VERBS);
const WORD = /\p{L}+/gu;
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that']);

/** The words of an event's phrase but its articles: "the rail strike" → rail, strike. */
function phraseWords(p: Phrase): ReadonlySet<string> {
  return new Set((p.text.toLowerCase().match(WORD) ?? []).filter((w) => !ARTICLES.has(w)));
}

/** The predicate opens an occurrence idiom ("took place"): the idiom's noun follows the verb in the claim's text. */
function occurrenceIdiom(c: Claim): boolean {
  return idiomEnd(c) !== undefined;
}

/** Where the occurrence idiom the predicate opens ends ("took place": after "place"), in document offsets. */
function idiomEnd(c: Claim): number | undefined {
  const predicate = c.proposition.predicate;
  if (!predicate) return undefined;
  // Only the first word after the verb is read: matched, not the whole rest of the claim split into words.
  const rest = c.text.slice(predicate.span.end - c.span.start);
  const gap = rest.length - rest.trimStart().length;
  const after = LEADING_WORD.exec(rest.trimStart())![0];
  return OCCURRENCE_IDIOMS.includes(`${predicate.lemma.toLowerCase()} ${after.toLowerCase()}`) ? predicate.span.end + gap + after.length : undefined;
}

/** The evidence of the side that says the event happened: the whole idiom ("took place"), else its state's words. */
function heldSpan(c: Claim): Claim['span'] {
  const end = idiomEnd(c);
  const start = c.proposition.predicate?.span.start;
  return end === undefined || start === undefined ? stateSpan(c) : { start, end, text: c.text.slice(start - c.span.start, end - c.span.start) };
}

/** The event a claim says was called off or put back ("the concert was cancelled", "organisers postponed the march"). */
function calledOff(c: Claim): Phrase | undefined {
  const p = c.proposition;
  const lemma = p.predicate?.lemma.toLowerCase();
  // A cancellation may be read as a refusal of the event; it is still the cancellation that is affirmed.
  if (!lemma || !CALLED_OFF.has(lemma) || p.negated || (p.state !== 'affirmed' && p.state !== 'refused')) return undefined;
  // "postponed until June 5": the date may be the new one, which the other side's date would then agree with.
  if (RESCHEDULING.has(lemma) && c.times.length > 0) return undefined;
  // "called off Friday's strike": a date in the genitive may leave the object unread as a theme.
  return p.theme ?? objectAfterVerb(c);
}

/**
 * One side says an arranged event happened or goes ahead, the other that it was called off or put back: "the concert
 * took place on Saturday" / "the concert was called off". The event is named alike on both sides. Evidence is [a, b].
 */
export function calledOffHit(a: Claim, b: Claim, lexicon: Lexicon): DetectorHit | null {
  for (const [held, off, flip] of [[a, b, false], [b, a, true]] as const) {
    // The cancellation first: a lemma look-up that rules out nearly every pair before the happening is read.
    const cancelled = calledOff(off);
    const event = cancelled && happened(held, lexicon);
    if (!event || !cancelled || !samePhrase(event, cancelled, lexicon.aliases) || !wordsNest(phraseWords(event), phraseWords(cancelled))) continue;
    const predicate = held.proposition.predicate!;
    const future = FUTURE.test(held.text.slice(0, predicate.span.start - held.span.start));
    // "the strike began in March" / "was called off": what began may be called off later; only a start still to come clashes.
    if (!future && STARTS.has(predicate.lemma.toLowerCase())) continue;
    // "was taking place" / "was abandoned halfway through": an event under way may be stopped before it ends.
    // "watched the match" / "was abandoned at half-time": those at an event saw it until it was stopped.
    const partway = STOPPED_PARTWAY.has(off.proposition.predicate!.lemma.toLowerCase());
    if (!future && partway && (inProgress(held) || ATTENDING.has(predicate.lemma.toLowerCase()))) continue;
    const evidence: [Claim['span'], Claim['span']] = [heldSpan(held), stateSpan(off)];
    return {
      kind: future ? 'status' : 'opposition',
      strength: future ? STATUS_DECIDED_STRENGTH : OPPOSITION_STRENGTH,
      evidence: flip ? [evidence[1], evidence[0]] : evidence,
      detail: future ? 'scheduled vs called off' : 'held vs called off',
    };
  }
  return null;
}
