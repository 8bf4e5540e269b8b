import type { Age, Claim, Phrase } from '../model/claim.js';
import { AGE_FULL_GAP_YEARS, AGE_SLACK_YEARS, AGE_STRENGTH_FLOOR } from '../lexicon/detector-strengths.js';
import { twoBearersOfOneName } from '../match/personal-names.js';
import type { Detector } from './types.js';

/**
 * One person given two ages ("the 45-year-old driver" / "the driver, 52,"). An age belongs to its bearer, not to an
 * event, so a named bearer is the same person in any two claims that share the name. A description ("the driver",
 * "the 45-year-old") may describe different people in different acts: it is one person only when the claims tell
 * one event and the age sits in the same role (the doer, or the one acted on) on both sides, and neither claim gives
 * another age for that role.
 */

type Role = 'actor' | 'theme' | undefined;

/** Between a phrase and an age that follows it as an appositive: "the driver, 52", "the driver, aged 52", "Doe (34". */
const APPOSITIVE_GAP = /^[\s,(]*(?:aged\s+)?$/i;

/** The age is inside the phrase ("the 45-year-old driver") or follows it as an appositive ("the driver, 52,"). */
function describes(age: Age, p: Phrase | undefined, claim: Claim): boolean {
  if (p === undefined || age.span.start < p.span.start) return false;
  if (age.span.end <= p.span.end) return true;
  const gap = claim.text.slice(p.span.end - claim.span.start, age.span.start - claim.span.start);
  return p.span.end >= claim.span.start && APPOSITIVE_GAP.test(gap);
}

function roleOf(age: Age, claim: Claim): Role {
  const within = (p: Phrase | undefined) => describes(age, p, claim);
  if (within(claim.proposition.actor)) return 'actor';
  return within(claim.proposition.theme) ? 'theme' : undefined;
}

/** The claim gives no other unnamed age that could be this description's ("a 45-year-old man and a 52-year-old man"). */
function onlyDescribedAge(age: Age, claim: Claim): boolean {
  return (claim.ages ?? []).every((other) => other === age || other.named || (other.key !== undefined && age.key !== undefined && other.key !== age.key));
}

/**
 * Two descriptions are one person in one event when they describe a participant on both sides: by the same head
 * noun in any participant role (a passive's subject may be read as doer on one side and as the one acted on on the
 * other), or, for the bare "the 45-year-old", in the same role.
 */
function sameDescribed(x: Age, a: Claim, y: Age, b: Claim): boolean {
  const [rx, ry] = [roleOf(x, a), roleOf(y, b)];
  if (rx === undefined || ry === undefined || !onlyDescribedAge(x, a) || !onlyDescribedAge(y, b)) return false;
  if (x.key !== undefined && y.key !== undefined) return x.key === y.key;
  return rx === ry;
}

function sameBearer(x: Age, a: Claim, y: Age, b: Claim, sameEvent: boolean): boolean {
  if (x.named || y.named) {
    return x.named && y.named && x.key === y.key && !twoBearersOfOneName(x.bearer ?? '', y.bearer ?? '');
  }
  return sameEvent && sameDescribed(x, a, y, b);
}

/** Strength grows from the floor at the first clashing gap to 1 at AGE_FULL_GAP_YEARS. */
export function ageStrength(years: number): number {
  const first = AGE_SLACK_YEARS + 1;
  const share = Math.min(1, Math.max(0, (years - first) / (AGE_FULL_GAP_YEARS - first)));
  return AGE_STRENGTH_FLOOR + share * (1 - AGE_STRENGTH_FLOOR);
}

/** The closest pair of clashing ages of one bearer; null when every shared bearer has agreeing ages. */
export const detectAge: Detector = (a, b, context) => {
  const [xs, ys] = [a.ages ?? [], b.ages ?? []];
  if (xs.length === 0 || ys.length === 0) return null;
  let best: { gap: number; x: Age; y: Age } | null = null;
  for (const x of xs) {
    for (const y of ys) {
      if (!sameBearer(x, a, y, b, context.sameEvent ?? false)) continue;
      const gap = Math.abs(x.value - y.value);
      if (gap > AGE_SLACK_YEARS && (best === null || gap < best.gap)) best = { gap, x, y };
    }
  }
  if (best === null) return null;
  const who = best.x.bearer ?? best.y.bearer ?? 'one person';
  return {
    kind: 'numeric',
    strength: ageStrength(best.gap),
    evidence: [best.x.span, best.y.span],
    detail: `${who}: aged ${best.x.value} vs ${best.y.value}`,
  };
};
