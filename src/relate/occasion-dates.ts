import { EXCLUSIVE_FATES } from '../lexicon/exclusive-outcomes.js';
import type { Claim } from '../model/claim.js';
import { datesMeet } from '../match/dates.js';
import { verbLemma } from './lemma.js';

/** The verbs that give a thing its fate (lexicon/exclusive-outcomes.ts): ended, kept on, moved, called off, left, removed. */
const FATE_VERBS: ReadonlySet<string> = new Set(EXCLUSIVE_FATES.flatMap((e) => e.alternatives.flatMap((a) => a.lemmas)));

/** A date opened by "until", "till", "through" or "to": the end of what the act set, not when it was done. */
const GOAL = /\b(?:until|till|through|to)\s+(?:the\s+)?$/i;
/** A date in the genitive ("this year's race"): which edition of a thing, not when anything was done to it. */
const GENITIVE = /^['’]s\b/;
/** How far before a date its opening preposition is looked for. */
const GOAL_REACH = 20;

const cache = new WeakMap<Claim, Claim>();

/**
 * The claim with only the dates that tell when its act was done, for a fate verb ("extended its ban until the end of
 * June", "postponed this year's race to October": neither date is the day of the act; FrameNet 1.7 Change_event_time
 * and Duration: the new time is the act's goal). Other claims are returned as they are.
 */
export function occasionDated(claim: Claim): Claim {
  let found = cache.get(claim);
  if (!found) cache.set(claim, (found = readOccasionDated(claim)));
  return found;
}

function readOccasionDated(claim: Claim): Claim {
  const lemma = claim.proposition.predicate?.lemma.toLowerCase();
  if (lemma === undefined || claim.times.length === 0 || !FATE_VERBS.has(verbLemma(lemma) ?? lemma)) return claim;
  const { text, start } = claim.proposition.span;
  const times = claim.times.filter((t) => {
    const at = t.span.start - start;
    if (at < 0 || at > text.length) return true;
    return !GOAL.test(text.slice(Math.max(0, at - GOAL_REACH), at)) && !GENITIVE.test(text.slice(t.span.end - start));
  });
  return times.length === claim.times.length ? claim : { ...claim, times };
}

/**
 * A claim that moves an event to a new date ("postponed the race to October") and one whose dates meet that new date
 * ("the race went ahead in October"): the event held on its new date, a sequence, not a clash.
 */
export function heldOnItsNewDate(moved: Claim, other: Claim): boolean {
  const act = occasionDated(moved);
  if (act === moved || other.times.length === 0) return false;
  const goals = moved.times.filter((t) => !act.times.includes(t));
  return goals.length > 0 && datesMeet({ ...moved, times: goals }, other);
}
