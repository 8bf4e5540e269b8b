import { GROUP_MEMBERS } from '../lexicon/group-members.js';
import { singularNoun } from '../match/measure.js';
import type { Phrase } from '../model/claim.js';

const MEMBERS: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(GROUP_MEMBERS).map(([group, members]) => [group, new Set(members.split(' '))]));

/** The last word of a phrase, lower case, as written ("Three officers" → "officers"); '' for none. */
export function lastWord(p: Phrase): string {
  return p.text.toLowerCase().split(/[\s,]+/).filter(Boolean).at(-1) ?? '';
}

/** The head noun of a phrase, lower case and singular ("Three officers" → "officer"). */
export function headNoun(p: Phrase): string {
  return singularNoun(lastWord(p));
}

/**
 * One actor names a group of people and the other one or more of its members (WordNet member meronymy: "police" /
 * "officers", "the crew" / "a crewman"): what the members did, the group did, so they are no rival doers.
 */
export function groupAndMember(x: Phrase, y: Phrase): boolean {
  const [hx, hy] = [headNoun(x), headNoun(y)];
  return (MEMBERS.get(hx)?.has(hy) ?? false) || (MEMBERS.get(hy)?.has(hx) ?? false);
}
