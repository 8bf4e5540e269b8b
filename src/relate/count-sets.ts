import { derived, type Lexicon } from '../lexicon/index.js';
import type { Claim, Quantity } from '../model/claim.js';
import { singularNoun } from '../match/measure.js';
import { attendanceCount } from './attendance.js';
import { outcomeOf } from './outcomes.js';
import { claimWords } from './words.js';
import { MONTHS, WEEKDAYS } from '../lexicon/date-cues.js';

/**
 * The set of the people at the story's occasion ("a crowd of 14,000", "just 9,500 turned up", "20,000 people
 * attended": relate/attendance.ts), whatever noun, if any, the count carries.
 */
export const ATTENDANCE_SET = '@attendance';
/** The outcomes whose counts of people in general name one set of the story: its dead (the injured are counted in parts too often). */
const TOLL_OUTCOMES: ReadonlySet<string> = new Set(['death']);
const genericNouns = (lexicon: Pick<Lexicon, 'peopleNouns'>): ReadonlySet<string> => new Set(lexicon.peopleNouns.map(singularNoun));

/**
 * The story's toll a count belongs to ("@toll:death" for "nine people died", "Six persons lost their lives", "11 were
 * killed"): a count of people in general, or of nothing named, whose outcome is a death (relate/outcomes.ts). Counts of a named group ("two peacekeepers") keep their noun's own set.
 */
export function tollSetOf(claim: Claim, q: Quantity, lexicon: Lexicon): string | undefined {
  if (q.dimension !== 'count' || (q.noun !== undefined && !derived(lexicon, genericNouns).has(singularNoun(q.noun.toLowerCase().trim())))) return undefined;
  const outcome = outcomeOf(claim, q, lexicon);
  return outcome !== undefined && TOLL_OUTCOMES.has(outcome) ? TOLL_MARK + outcome : undefined;
}
const TOLL_MARK = '@toll:';

/** Whether a counted set's name is a toll's. */
export const isTollSet = (name: string): boolean => name.startsWith(TOLL_MARK);

/**
 * The capitalised words of a claim's own words past its first, save days and months ("Tavira", "Kumbakonam"). Not
 * match/story-names.ts names(), which reads the attribution's words too: a holder's name places no toll.
 */
function namesIn(claim: Claim): string[] {
  const tokens = claimWords(claim).tokens;
  return tokens.filter((t, i) => i > 0 && /^\p{Lu}/u.test(t.span.text) && !WEEKDAYS.has(t.lower) && !MONTHS.has(t.lower)).map((t) => t.lower);
}

/** The mark of a counted set's blocking key ("@set:job" for "40 jobs" and "62 posts"). */
const SET_KEY = '@set:';

/** Noun → the name of its counted-noun group (its first member), for groups that hold no generic person noun. */
function groupNames(lexicon: Pick<Lexicon, 'countedNounGroups' | 'peopleNouns'>): ReadonlyMap<string, string> {
  const generic = new Set(lexicon.peopleNouns.map(singularNoun));
  const byNoun = new Map<string, string>();
  for (const group of lexicon.countedNounGroups) {
    const members = group.map((n) => singularNoun(n.toLowerCase()));
    if (members.some((m) => generic.has(m))) continue;
    for (const m of members) if (!byNoun.has(m)) byNoun.set(m, members[0]!);
  }
  return byNoun;
}

/**
 * The name of what a noun counts: its counted-noun group's first member ("cars" and "vehicles" count vehicles), or
 * its singular; a group holding a generic person noun ("people", "individuals") links nothing.
 */
export function setNameOf(noun: string, lexicon: Pick<Lexicon, 'countedNounGroups' | 'peopleNouns'>): string {
  return derived(lexicon, groupNames).get(noun) ?? noun;
}

/**
 * The blocking keys of the counted sets a claim's counts belong to: the attendance set, the toll of a named place or
 * occasion, and each counted-noun group
 * ("40 jobs" / "62 posts" share "@set:job"), so two reports' counts of one set meet whatever else their claims share.
 */
export function countSetKeys(claim: Claim, lexicon: Lexicon): string[] {
  const keys = new Set<string>();
  for (const q of claim.quantities) {
    if (attendanceCount(claim, q, lexicon)) keys.add(ATTENDANCE_SET);
    // A toll of a named place or occasion ("in Kumbakonam", "at the Tavira fair"): an unnamed one ("when a shell struck a
    // bakery") may be one of several attacks a story counts, and meets other tolls only through words it shares.
    const toll = tollSetOf(claim, q, lexicon);
    if (toll !== undefined && namesIn(claim).length > 0) keys.add(toll);
    if (q.dimension !== 'count' || q.noun === undefined) continue;
    const group = derived(lexicon, groupNames).get(singularNoun(q.noun.toLowerCase().trim()));
    if (group !== undefined) keys.add(SET_KEY + group);
  }
  return [...keys];
}
