import {
  CASUALTY_NOUNS,
  HOSPITAL_CONVEYING_VERBS,
  INJURY_WORDS,
  MEDICAL_CARERS,
  OUTCOME_FRAMES,
  OUTCOME_TELLING_VERBS,
  TREATING_VERBS,
  TREATMENT_NEEDING_VERBS,
} from '../lexicon/event-frames.js';
import { nounLemma } from '../relate/lemma.js';
import { endedLongBefore } from '../relate/pending-states.js';
import { claimWords } from '../relate/words.js';
import { someDifferentDates } from '../match/dates.js';
import type { Claim, Phrase } from '../model/claim.js';
import { isNegative } from './shared.js';
import { perClaim } from '../relate/per-claim.js';

/** The outcome frame (death, injury, arrest …) of each of its words. */
const FRAME_OF: ReadonlyMap<string, string> = new Map(Object.entries(OUTCOME_FRAMES).flatMap(([frame, words]) => words.map((w) => [w, frame] as const)));
/** The negative pronouns that range over every person (Quirk et al. 1985, § 6.62): "nobody died", "none was hurt". */
const NO_PERSON: ReadonlySet<string> = new Set(['nobody', 'no one', 'no-one', 'none']);

/** Who the outcome befell: the object of "killed", else the subject of "died" or of the passive. */
function undergoer(c: Claim): Phrase | undefined {
  return c.proposition.theme ?? c.proposition.actor;
}

const CONVEYING: ReadonlySet<string> = new Set(HOSPITAL_CONVEYING_VERBS);
const NEEDING: ReadonlySet<string> = new Set(TREATMENT_NEEDING_VERBS);
const TREATING: ReadonlySet<string> = new Set(TREATING_VERBS);
const CARERS: ReadonlySet<string> = new Set(MEDICAL_CARERS);
const INJURY: ReadonlySet<string> = new Set(INJURY_WORDS);
const TELLING: ReadonlySet<string> = new Set(OUTCOME_TELLING_VERBS);
const CASUALTIES: ReadonlySet<string> = new Set(CASUALTY_NOUNS);
/** The frame of people killed or injured alike ("casualties"). */
const CASUALTY = 'casualty';
/** The frames a denial of casualties denies. */
const CASUALTY_FRAMES: ReadonlySet<string> = new Set(['death', 'injury', 'hospitalisation']);

/** The outcome the head noun of the claim's theme names ("no serious injuries", "no casualties"), if any. */
function themeNounFrame(c: Claim): string | undefined {
  const head = c.proposition.theme?.text.trim().split(/\s+/).at(-1)?.toLowerCase();
  if (head === undefined) return undefined;
  return CASUALTIES.has(head) ? CASUALTY : (FRAME_OF.get(head) ?? FRAME_OF.get(nounLemma(head)));
}

/** The outcome frame a claim tells: its predicate's, or a hospital stay or treatment told in other words (event-frames.ts). */
const frameOf = perClaim(findFrame);

function findFrame(c: Claim): string | undefined {
  const lemma = c.proposition.predicate?.lemma.toLowerCase() ?? '';
  const own = FRAME_OF.get(lemma);
  if (own !== undefined) return own;
  // "No injuries were reported", "There were no casualties", "suffered injuries": the outcome told by its noun.
  const nominal = TELLING.has(lemma) ? themeNounFrame(c) : undefined;
  if (nominal !== undefined) return nominal;
  const tokens = claimWords(c).tokens;
  const words = new Set(tokens.map((t) => t.lower));
  const treatment = NEEDING.has(lemma) && words.has('treatment');
  if (words.has('hospital') && (CONVEYING.has(lemma) || treatment)) return 'hospitalisation';
  if (treatment) return 'treatment';
  // "was taken ill": FrameNet's Medical_conditions, told with the support verb "take".
  if (lemma === 'take' && words.has('ill')) return 'illness';
  if (!TREATING.has(lemma)) return undefined;
  if (tokens.some((t) => CARERS.has(t.lower))) return 'injury';
  // "treated for (minor) burns" is an injury, "treated for food poisoning" an illness.
  const at = tokens.findIndex((t) => t.lower === 'for');
  const causes = at < 0 ? [] : tokens.slice(at + 1).filter((t) => t.content);
  return causes.length === 0 ? undefined : causes.some((t) => INJURY.has(t.lower)) ? 'injury' : 'illness';
}

/**
 * The denied frame is the told one; or an injury denied against a hospital stay told with injuries; or treatment
 * denied ("Neither needed medical treatment") against a hospital stay or a treatment told.
 */
function framesMeet(denied: string | undefined, told: string | undefined, pos: Claim): boolean {
  if (denied === undefined || told === undefined) return false;
  if (denied === told) return true;
  if (denied === CASUALTY) return CASUALTY_FRAMES.has(told);
  if (denied === 'treatment') return told === 'hospitalisation' || TREATING.has(pos.proposition.predicate?.lemma.toLowerCase() ?? '');
  return denied === 'injury' && told === 'hospitalisation' && claimWords(pos).tokens.some((t) => INJURY.has(t.lower));
}

/** "No one on board", "None of the four", "Neither", "Nobody on the bus": the claim opens on a negative pronoun over every person. */
const NO_PERSON_OPENING = /^(?:no[\s-]one|nobody|none|neither)\b/i;
const deniedToEveryone = (c: Claim, who: Phrase | undefined): boolean =>
  (who !== undefined && NO_PERSON.has(who.text.toLowerCase())) || NO_PERSON_OPENING.test(c.proposition.span.text.trim()) || noneOfTheOutcome(c);

/** "No injuries were reported", "There were no casualties": the determiner "no" on the outcome noun denies it to everyone. */
function noneOfTheOutcome(c: Claim): boolean {
  const { negation, theme } = c.proposition;
  if (negation === undefined || theme === undefined || negation.cue.text.toLowerCase() !== 'no' || negation.cue.end > theme.span.start) return false;
  return c.text.slice(negation.cue.end - c.span.start, theme.span.start - c.span.start).trim() === '' && themeNounFrame(c) !== undefined;
}

/**
 * "Nobody died in the crash" / "Two people were killed in the crash", "No one was hurt" / "Two firefighters were
 * injured": one side says no person met an outcome, the other that some did, in verbs of one outcome frame
 * (lexicon/event-frames.ts: die / kill, hurt / injure, detain / arrest). "Nobody" ranges over the people the other side
 * counts, so their descriptions need not match; told of other days, they are two events of one kind.
 */
export function outcomeDenied(a: Claim, b: Claim): boolean {
  if (isNegative(a) === isNegative(b) || someDifferentDates(a, b)) return false;
  const [neg, pos] = isNegative(a) ? [a, b] : [b, a];
  // "No injuries were reported" / "two were injured on the line in 2019": one side told of a year back, the other undated.
  if (endedLongBefore(neg, pos) || endedLongBefore(pos, neg)) return false;
  return framesMeet(frameOf(neg), frameOf(pos), pos) && deniedToEveryone(neg, undergoer(neg)) && undergoer(pos) !== undefined;
}

/** The claim denies an outcome frame to everyone ("No one on board was injured"). */
export function deniesOutcome(c: Claim): boolean {
  return isNegative(c) && frameOf(c) !== undefined && deniedToEveryone(c, undergoer(c));
}

/** The claim tells an outcome frame of someone ("Two passengers were taken to hospital"). */
export function toldOutcome(c: Claim): boolean {
  return !isNegative(c) && frameOf(c) !== undefined && undergoer(c) !== undefined;
}
