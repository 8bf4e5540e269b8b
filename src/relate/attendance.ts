import type { Lexicon } from '../lexicon/index.js';
import { AMOUNTING_VERBS, ATTENDANCE_PHRASAL_VERBS, ATTENDANCE_WORDS, CROWD_MEMBER_NOUNS, GATHERING_VERBS, PARTICIPATING_VERBS } from '../lexicon/event-frames.js';
import type { Claim, Quantity } from '../model/claim.js';
import { nounLemma } from './lemma.js';
import { distance, nounOutcome, outcomeOf } from './outcomes.js';
import { twoWordVerb } from './phrasal.js';
import { claimWords, type Token } from './words.js';

const ATTENDING: ReadonlySet<string> = new Set(ATTENDANCE_WORDS);
const GATHERING: ReadonlySet<string> = new Set(GATHERING_VERBS);
const AMOUNTING: ReadonlySet<string> = new Set(AMOUNTING_VERBS);
const CROWD_MEMBERS: ReadonlySet<string> = new Set(CROWD_MEMBER_NOUNS);
const PRESENT_AT: ReadonlySet<string> = new Set(ATTENDANCE_PHRASAL_VERBS.map(([verb, particle]) => `${verb} ${particle}`));
/**
 * Words after "turned up" / "turned out" that keep it a verb of being present: a preposition of the occasion, its time
 * or its manner, or a conjunction ("turned out for the rally", "turned up on Saturday", "turned up and waited").
 * Anything else makes it another verb: "turned out to be", "turns out 3,000 bats a year".
 */
const PRESENCE_FOLLOWERS: ReadonlySet<string> = new Set([
  'for', 'at', 'on', 'in', 'despite', 'and', 'but', 'from', 'outside', 'across', 'throughout', 'during', 'over', 'early', 'late', 'again', 'anyway',
]);

/**
 * How many tokens from a count its word of attendance may stand: "a crowd of 14,000", "crowds estimated at 14,000",
 * "put the turnout at 6,000", but not "the crowd had counted down from ten" (a countdown, not the crowd).
 */
const ATTENDANCE_REACH = 3;

function attendanceWord(t: Token): boolean {
  return ATTENDING.has(t.verb ?? '') || ATTENDING.has(t.lemma) || ATTENDING.has(nounLemma(t.lower));
}

/** "turned up", "showed up", "turned out" followed by the end of the claim, punctuation or a follower of presence. */
function presenceVerb(claim: Claim, tokens: readonly Token[], i: number): boolean {
  const [verb, particle, next] = [tokens[i]!, tokens[i + 1], tokens[i + 2]];
  if (verb.verb === undefined || particle === undefined || !PRESENT_AT.has(`${verb.verb} ${particle.lower}`)) return false;
  if (next === undefined) return true;
  const between = claim.text.slice(particle.span.end - claim.span.start, next.span.start - claim.span.start);
  return between.trim() !== '' || PRESENCE_FOLLOWERS.has(next.lower);
}

/**
 * What a crowd count may count: people in general, members of a crowd ("fans", "visitors") or the crowd itself, or
 * nothing named ("14,000 watched"). "300 police officers", "ten deep" (rows) and "40 stalls" count other things.
 */
function crowdNoun(q: Quantity, lexicon: Lexicon): boolean {
  if (q.noun === undefined) return true;
  const noun = nounLemma(q.noun.toLowerCase().split(' ').pop()!);
  return CROWD_MEMBERS.has(noun) || ATTENDING.has(noun) || lexicon.peopleNouns.includes(noun) || lexicon.peopleNouns.includes(q.noun.toLowerCase());
}

/** A word of attendance within reach of the count, or a verb of being present ("a crowd of 14,000", "just 9,500 turned up"). */
function attendanceNear(claim: Claim, q: Quantity): boolean {
  const tokens = claimWords(claim).tokens;
  return tokens.some((t, i) => distance(tokens, i, q) <= ATTENDANCE_REACH && (attendanceWord(t) || presenceVerb(claim, tokens, i)));
}

/**
 * A bare count stating the value of a subject of attendance by a verb of amounting: "Attendance over the first two
 * days was about 23,000", not "the crowd counted down from ten".
 */
function attendanceSubject(claim: Claim, q: Quantity): boolean {
  const actor = claim.proposition.actor?.span;
  const verb = claim.proposition.predicate?.lemma.toLowerCase();
  if (q.noun !== undefined || !actor || actor.end > q.span.start || verb === undefined || !AMOUNTING.has(verb)) return false;
  return claimWords(claim).tokens.some((t) => t.span.start >= actor.start && t.span.end <= actor.end && attendanceWord(t));
}

/** The count stands in the subject of a verb of gathering: "About 9,000 people lined the streets", "fans packed the arena". */
function gatheringSubject(claim: Claim, q: Quantity): boolean {
  const predicate = claim.proposition.predicate;
  return predicate !== undefined && GATHERING.has(predicate.lemma.toLowerCase()) && q.span.end <= predicate.span.start;
}

/**
 * The count is of the people at an occasion: a word of attendance stands within reach of it ("a crowd of 14,000",
 * "police put the turnout at 6,000", "20,000 people attended", "just 9,500 turned up"), it states the value of a
 * subject of attendance, or it counts the subject of a verb of gathering ("9,000 people lined the streets"). It counts
 * people or nothing named, and no outcome that befell them ("injuring three spectators" counts the injured).
 */
export function attendanceCount(claim: Claim, q: Quantity, lexicon: Lexicon): boolean {
  if (q.dimension !== 'count' || !crowdNoun(q, lexicon) || (nounOutcome(q, lexicon, claim) ?? outcomeOf(claim, q, lexicon)) !== undefined) return false;
  return attendanceNear(claim, q) || attendanceSubject(claim, q) || gatheringSubject(claim, q);
}

const PARTICIPATING: ReadonlySet<string> = new Set(PARTICIPATING_VERBS);

/** The claim's verb is one of taking part ("took part", "entered", "competed"), read with the word after it (phrasal.ts). */
export function participationVerb(claim: Claim): boolean {
  const lemma = claim.proposition.predicate?.lemma.toLowerCase();
  return lemma !== undefined && (PARTICIPATING.has(lemma) || PARTICIPATING.has(twoWordVerb(claim)?.replace('_', ' ') ?? ''));
}
