import { derived, type Lexicon } from '../lexicon/index.js';
import type { Claim } from '../model/claim.js';
import { singularNoun } from '../match/measure.js';
import { attendanceCount } from './attendance.js';

/**
 * The set of the people at the story's occasion ("a crowd of 14,000", "just 9,500 turned up", "20,000 people
 * attended": relate/attendance.ts), whatever noun, if any, the count carries.
 */
export const ATTENDANCE_SET = '@attendance';
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
 * The blocking keys of the counted sets a claim's counts belong to: the attendance set, and each counted-noun group
 * ("40 jobs" / "62 posts" share "@set:job"), so two reports' counts of one set meet whatever else their claims share.
 */
export function countSetKeys(claim: Claim, lexicon: Lexicon): string[] {
  const keys = new Set<string>();
  for (const q of claim.quantities) {
    if (attendanceCount(claim, q, lexicon)) keys.add(ATTENDANCE_SET);
    if (q.dimension !== 'count' || q.noun === undefined) continue;
    const group = derived(lexicon, groupNames).get(singularNoun(q.noun.toLowerCase().trim()));
    if (group !== undefined) keys.add(SET_KEY + group);
  }
  return [...keys];
}
