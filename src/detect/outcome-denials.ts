import { OUTCOME_FRAMES } from '../lexicon/event-frames.js';
import { someDifferentDates } from '../match/dates.js';
import type { Claim, Phrase } from '../model/claim.js';
import { isNegative } from './shared.js';

/** The outcome frame (death, injury, arrest …) of each of its words. */
const FRAME_OF: ReadonlyMap<string, string> = new Map(Object.entries(OUTCOME_FRAMES).flatMap(([frame, words]) => words.map((w) => [w, frame] as const)));
/** The negative pronouns that range over every person (Quirk et al. 1985, § 6.62): "nobody died", "none was hurt". */
const NO_PERSON: ReadonlySet<string> = new Set(['nobody', 'no one', 'no-one', 'none']);

/** Who the outcome befell: the object of "killed", else the subject of "died" or of the passive. */
function undergoer(c: Claim): Phrase | undefined {
  return c.proposition.theme ?? c.proposition.actor;
}

const frameOf = (c: Claim): string | undefined => FRAME_OF.get(c.proposition.predicate?.lemma.toLowerCase() ?? '');

/**
 * "Nobody died in the crash" / "Two people were killed in the crash", "No one was hurt" / "Two firefighters were
 * injured": one side says no person met an outcome, the other that some did, in verbs of one outcome frame
 * (lexicon/event-frames.ts: die / kill, hurt / injure, detain / arrest). "Nobody" ranges over the people the other side
 * counts, so their descriptions need not match; told of other days, they are two events of one kind.
 */
export function outcomeDenied(a: Claim, b: Claim): boolean {
  if (isNegative(a) === isNegative(b) || someDifferentDates(a, b)) return false;
  const [neg, pos] = isNegative(a) ? [a, b] : [b, a];
  const frame = frameOf(neg);
  const who = undergoer(neg);
  return frame !== undefined && frame === frameOf(pos) && who !== undefined && NO_PERSON.has(who.text.toLowerCase()) && undergoer(pos) !== undefined;
}
