import type { Claim, Phrase } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { stem } from '../extract/keys.js';
import { PROCESS_OUTCOMES } from '../lexicon/process-outcomes.js';
import { ONGOING_VERBS } from '../lexicon/status-cues.js';
import { datesClash } from '../match/dates.js';
import { claimWords } from './words.js';
import { perClaim } from './per-claim.js';
import { verbsOfNominalisation } from './wordnet.js';

/** Each process verb (stemmed) with the stems of the outcomes that end it (lexicon/process-outcomes.ts). */
const OUTCOMES: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(PROCESS_OUTCOMES).map(([process, outcomes]) => [stem(process), new Set(outcomes.map(stem))]));
/** FrameNet 1.7 Activity_ongoing verbs, one-word ones: "talks are continuing". */
const GOING_ON: ReadonlySet<string> = new Set(ONGOING_VERBS.filter((v) => !v.includes(' ')));
/** Phrases saying a process is in progress (Quirk et al. 1985, § 7.33 on predicative "under way"; "ongoing" adj.). */
const IN_PROGRESS: ReadonlySet<string> = new Set(['ongoing', 'under way', 'underway']);
/** Words that put the process in the past or in a mere possibility: "talks were continuing", "may continue". */
const NOT_NOW: ReadonlySet<string> = new Set(['was', 'were', 'had', 'did', 'will', 'would', 'could', 'may', 'might', 'should']);
/** Past time adverbials of a year or more ago (as relate/pending-states.ts reads them). */
const LONG_AGO = /\b(?:last\s+year|a\s+year\s+ago|years\s+ago|last\s+decade|previous\s+year|the\s+year\s+before)\b/i;

interface Ongoing { span: Span; outcomes: ReadonlySet<string>; about: ReadonlySet<string>; subject: readonly string[] }

/** The process verbs a noun names: "talks" → talk, "negotiations" → negotiate, "review" → review. */
function processVerbs(noun: string): string[] {
  return [noun, ...verbsOfNominalisation(noun)].map((v) => stem(v.toLowerCase()));
}

/**
 * A process named by its noun as the subject, said to go on now: "talks between the union and the airline are
 * continuing", "negotiations on the contract are ongoing", "the review of the merger is still under way". Returns the
 * words after the noun (what or whom the process is about) and the outcomes that end it. Read once per claim: matching
 * asks it of both sides of every pair whose event part it weighs.
 */
const ongoingProcess: (claim: Claim) => Ongoing | undefined = perClaim(readOngoingProcess);

function readOngoingProcess(claim: Claim): Ongoing | undefined {
  const p = claim.proposition;
  if (!p.predicate || p.negated || p.state === 'negated' || claim.certainty.level === 'doubted' || claim.certainty.level === 'refuted') return undefined;
  const subject: Phrase | undefined = p.actor ?? (p.theme && p.theme.span.end <= p.predicate.span.start ? p.theme : undefined);
  if (!subject) return undefined;
  const cue = p.stateCue?.text.toLowerCase().replace(/\s+/g, ' ');
  const goingOn = GOING_ON.has(p.predicate.lemma.toLowerCase()) && !/ed$/i.test(p.predicate.text.trim());
  if (!goingOn && !(cue !== undefined && IN_PROGRESS.has(cue))) return undefined;
  const { tokens } = claimWords(claim);
  const inSubject = tokens.filter((t) => t.span.start >= subject.span.start && t.span.end <= subject.span.end);
  const head = inSubject.at(-1);
  if (!head) return undefined;
  const between = tokens.filter((t) => t.span.start >= head.span.end && t.span.end <= p.predicate!.span.end);
  if (between.some((t) => NOT_NOW.has(t.lower))) return undefined;
  const outcomes = processVerbs(head.lemma).map((v) => OUTCOMES.get(v)).find((o) => o !== undefined);
  if (!outcomes) return undefined;
  const about = new Set(between.filter((t) => t.content).map((t) => t.lemma));
  const span = p.stateCue && cue !== undefined && IN_PROGRESS.has(cue) ? p.stateCue : p.predicate.span;
  return { span, outcomes, about, subject: subjectWords(claim, subject) };
}

/** Content lemmas of a phrase. */
function lemmasOf(claim: Claim, p: Phrase): string[] {
  return claimWords(claim).tokens.filter((t) => t.content && t.span.start >= p.span.start && t.span.end <= p.span.end).map((t) => t.lemma);
}

/** Adverbs of aspect that stand between a subject and its verb ("talks are still continuing"): no part of what is named. */
export const ASPECT_ADVERBS: ReadonlySet<string> = new Set(['still', 'yet', 'now', 'already', 'also', 'finally']);

/** Content lemmas of a phrase and, for a subject before the verb, of the words up to the verb ("talks on trade … are"). */
export function subjectWords(claim: Claim, p: Phrase): string[] {
  const verb = claim.proposition.predicate;
  const end = verb && p.span.end <= verb.span.start ? verb.span.start : p.span.end;
  return claimWords(claim).tokens.filter((t) => t.content && !ASPECT_ADVERBS.has(t.lower) && t.span.start >= p.span.start && t.span.end <= end).map((t) => t.lemma);
}

/** The same content lemmas, in any order and number. */
function sameWords(x: readonly string[], y: readonly string[]): boolean {
  const [sx, sy] = [new Set(x), new Set(y)];
  return sx.size > 0 && sx.size === sy.size && [...sx].every((w) => sy.has(w));
}

/** The act is reported as done: not negated, pending, doubted, or put after a modal or "to". */
function done(claim: Claim): boolean {
  const p = claim.proposition;
  if (!p.predicate || p.negated || (p.state !== 'affirmed' && p.state !== 'refused')) return false;
  if (claim.certainty.level === 'doubted' || claim.certainty.level === 'refuted') return false;
  return !/\b(?:will|would|could|may|might|should|shall|to|if|whether)\b/i.test(claim.text.slice(0, p.predicate.span.start - claim.span.start));
}

/**
 * A process said to go on now (FrameNet 1.7 Activity_ongoing: "talks are continuing", "the review is under way") and
 * an outcome that ends it (FrameNet's frames that follow: a deal signed, a merger approved) done to what the process
 * is about or by those it is between: every content word of the outcome's theme, or of its doer, stands after the
 * process noun. Evidence is [the going-on words, the outcome verb]; null for dates that do not meet or an outcome a
 * year or more back.
 */
export function ongoingProcessEnded(going: Claim, ending: Claim): { state: Span; ending: Span } | null {
  const ongoing = ongoingProcess(going);
  if (!ongoing || !done(ending)) return null;
  const o = ending.proposition;
  if (!ongoing.outcomes.has(stem(o.predicate!.lemma.toLowerCase()))) return null;
  const within = (p: Phrase | undefined) => {
    const words = p ? lemmasOf(ending, p) : [];
    return words.length > 0 && words.every((w) => ongoing.about.has(w));
  };
  // "Negotiations are continuing" / "The negotiations collapsed": the outcome said of the process itself, in the same words.
  const theProcess = (p: Phrase | undefined) => p !== undefined && sameWords(subjectWords(ending, p), ongoing.subject);
  if (!within(o.theme) && !within(o.actor) && !theProcess(o.theme ?? o.actor)) return null;
  if (datesClash(going, ending) || LONG_AGO.test(ending.text) || (going.times.length === 0 && ending.times.some((t) => t.granularity === 'year'))) return null;
  return { state: ongoing.span, ending: o.predicate!.span };
}
