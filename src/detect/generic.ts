import type { Claim, Phrase } from '../model/claim.js';
import { GENERIC_VERB_GROUP } from '../lexicon/generic-cues.js';

const VERB_GROUP: ReadonlySet<string> = new Set(GENERIC_VERB_GROUP);
/** A bare plural: lower-case words, no determiner or number, the last one plural ("bears", "stray dogs"). */
const BARE_PLURAL = /^(?:[a-z][a-z-]*\s+)?[a-z][a-z-]*[^s]s$/;
const DETERMINER_OR_NUMBER = /^(?:the|a|an|some|many|most|all|these|those|their|its|his|her|our|two|three|four|five|six|seven|eight|nine|ten|\d+)\b/;
/** A past form of the verb itself is an episode ("bears attacked"), unless "are"/"is" makes it a present passive. */
const PAST = /ed$/;

/** The phrase the clause is about: whichever of actor and theme stands before the predicate. */
function subjectOf(claim: Claim): Phrase | undefined {
  const { actor, theme, predicate } = claim.proposition;
  if (predicate === undefined) return undefined;
  return [actor, theme].find((p) => p !== undefined && p.span.end <= predicate.span.start);
}

/**
 * A characterising sentence about a kind ("bears are easily scared away by loud noises"): a bare-plural subject and a
 * present verb. It tolerates exceptions, so it does not contradict a report of one episode.
 */
export function isGeneric(claim: Claim): boolean {
  const subject = subjectOf(claim);
  const predicate = claim.proposition.predicate;
  if (subject === undefined || predicate === undefined || claim.times.length > 0) return false;
  const text = subject.text.trim();
  if (!BARE_PLURAL.test(text) || DETERMINER_OR_NUMBER.test(text)) return false;
  const between = claim.text.slice(subject.span.end - claim.span.start, predicate.span.start - claim.span.start).trim().toLowerCase();
  // A bare present with nothing between ("Militants attack village") is a headline's episode as often as a habit.
  const words = between === '' ? [] : between.split(/\s+/);
  if (words.length === 0 || !words.every((w) => VERB_GROUP.has(w))) return false;
  return !PAST.test(predicate.text.toLowerCase()) || words.includes('are') || words.includes('is');
}

/** One claim speaks of a kind and the other of an episode: a generic and a report of one case are no contradiction. */
export function genericAgainstEpisode(a: Claim, b: Claim): boolean {
  return isGeneric(a) !== isGeneric(b);
}
