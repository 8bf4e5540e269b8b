import { containsCue } from '../relate/words.js';
import type { Claim, Quantity } from '../model/claim.js';
import {
  NUMERIC_ABOUT_TOLERANCE,
  NUMERIC_CONVERSION_TOLERANCE,
  NUMERIC_FULL_GAP,
  NUMERIC_STRENGTH_FLOOR,
  NUMERIC_STRICT_BOUND_STRENGTH,
} from '../lexicon/detector-strengths.js';
import { derived, type Lexicon } from '../lexicon/index.js';
import { EXACT_UNIT_FAMILIES, STRICT_BOUNDS } from '../lexicon/units.js';
import { VAGUE_LOW_MULTIPLE, VAGUE_PLURALS } from '../lexicon/number-words.js';
import { textWords } from '../relate/text-words.js';
import { claimWords } from '../relate/words.js';
import { scoreClashHit, talliesOfAVote } from './scores.js';
import { lifeTermClash } from './life-terms.js';
import { sameName } from './actor.js';
import { themesApart } from '../relate/theme-heads.js';
import { quantifierScopeClash } from './quantifier-scope.js';
import type { Detector } from './types.js';
import { oppositeSides } from './sides.js';
import { singularNoun } from '../match/measure.js';
import { frequencyOf } from '../match/measured-things.js';
import { countedThemeOfRelatedActs } from './count-themes.js';
import { countsOfOneAct, twoActs } from '../match/acts.js';
import { differentDistanceHolders } from './distance-holders.js';
import { differentRates } from './rates.js';
import { nounOutcome, outcomeOf } from '../relate/outcomes.js';
import { incrementCount } from './increments.js';
import { countsAtOtherSettings, partWithinWhole, wholeOfPart } from './count-scopes.js';
import { countedKindsMeet } from './counted-kinds.js';
import { narrowerKindFits, wordsAfterFigure } from './counted-modifiers.js';
import { narrowerStuffFits } from './counted-stuff.js';
import { baseFigures, reportedFigures } from './comparison-bases.js';

interface Interval {
  lo: number;
  hi: number;
}

/** Counted noun → the groups it belongs to (a caller's group may share a noun with a shipped one). */
function nounGroups(lexicon: Lexicon): ReadonlyMap<string, readonly number[]> {
  const map = new Map<string, number[]>();
  lexicon.countedNounGroups.forEach((group, i) => group.forEach((noun) => map.set(noun, [...(map.get(noun) ?? []), i])));
  return map;
}
const peopleNouns = (lexicon: Lexicon): ReadonlySet<string> => new Set(lexicon.peopleNouns);
const cueWords = (lexicon: Lexicon): readonly (readonly string[])[] => lexicon.updateCues.map((cue) => cue.split(' '));

function nounsCompatible(x: string | undefined, y: string | undefined, lexicon: Lexicon): boolean {
  if (x === undefined || y === undefined) return true;
  const [nx, ny] = [x.toLowerCase().trim(), y.toLowerCase().trim()];
  if (nx === ny || singularNoun(nx) === singularNoun(ny)) return true;
  const groups = derived(lexicon, nounGroups);
  const gy = groups.get(ny) ?? [];
  return (groups.get(nx) ?? []).some((g) => gy.includes(g));
}

/** The counted noun with its modifiers as the figure's span gives it ("19 crew members" → "crew members"). */
function countedPhrase(q: Quantity): string | undefined {
  return wordsAfterFigure(q)?.join(' ').toLowerCase();
}

/**
 * The counted nouns name one thing, by their heads or by the compound a head ends ("crew members" / "sailors"), or,
 * with the claims known, by WordNet's senses and hypernyms ("nine miners were trapped" / "11 workers were trapped").
 */
function countedNounsCompatible(x: Quantity, y: Quantity, lexicon: Lexicon, sides?: readonly [Claim, Claim], sameEvent = true): boolean {
  if (nounsCompatible(x.noun, y.noun, lexicon)) return true;
  const [px, py] = [countedPhrase(x) ?? x.noun, countedPhrase(y) ?? y.noun];
  if ((px !== x.noun || py !== y.noun) && nounsCompatible(px, py, lexicon)) return true;
  return sides !== undefined && x.dimension === 'count' && countedKindsMeet(x, sides[0], y, sides[1], { sameEvent, lexicon });
}

const isPeople = (q: Quantity, lexicon: Lexicon) => q.noun === undefined || derived(lexicon, peopleNouns).has(singularNoun(q.noun.toLowerCase()));

/** "16 arrests" counts the people of an outcome: it meets a count of people in the same outcome ("arrested six people"). */
function outcomeNounsMeet(x: Quantity, y: Quantity, a: Claim, b: Claim, lexicon: Lexicon): boolean {
  const [ox, oy] = [nounOutcome(x, lexicon, a), nounOutcome(y, lexicon, b)];
  if (ox !== undefined && isPeople(y, lexicon)) return ox === outcomeOf(b, y, lexicon);
  return oy !== undefined && isPeople(x, lexicon) && oy === outcomeOf(a, x, lexicon);
}

/**
 * A bare count ("five", "two were hurt") says what it counts only through its clause's event: against another count
 * it is the same referent only when both claims name one event. Counts of named things need the same thing counted.
 */
function sameReferent(x: Quantity, y: Quantity, sameEvent: boolean): boolean {
  if (x.dimension !== 'count' || sameEvent) return true;
  return x.noun !== undefined && y.noun !== undefined;
}

/**
 * Measures (a term, a distance, a sum) belong to the event; counts count its participants, who differ between two
 * acts. People in general ("14 people", "five") are counted by the act alone, so only a dictionary relation between
 * the acts makes them one group: "killed" and "injured" are close in vectors but count different people.
 */
function sameParticipants(x: Quantity, y: Quantity, a: Claim, b: Claim, context: { sameEvent: boolean; sameAct: boolean; lexicon: Lexicon }): boolean {
  if (x.dimension !== 'count') return true;
  // "14 return crossings a week" / "nine return crossings a week": one frequency, a measure of a service, whatever the verbs.
  const frequency = frequencyOf(a, x);
  if (frequency !== undefined && frequency === frequencyOf(b, y)) return true;
  // "will shift 40 lorries" / "70 lorries will move": one counted theme of related acts (count-themes.ts).
  if (countedThemeOfRelatedActs(a, x, b, y, context.lexicon)) return true;
  const outcome = sameOutcome(x, y, a, b, context);
  if (outcome !== undefined) return outcome;
  const generic = isPeople(x, context.lexicon) || isPeople(y, context.lexicon);
  return !twoActs(a, b, generic ? context.sameAct : context.sameEvent) || countsOfOneAct(x, a, y, b, context.lexicon);
}

/**
 * Counts that name what befell those counted ("shot dead", "died", "injured") count one group when the outcome is
 * the same and two when it differs; a count with an outcome against one without ("were shot" / "died") is two groups
 * unless the acts are one by the dictionary. Undefined when neither names an outcome.
 */
function sameOutcome(x: Quantity, y: Quantity, a: Claim, b: Claim, { sameAct, lexicon }: { sameAct: boolean; lexicon: Lexicon }): boolean | undefined {
  const [ox, oy] = [outcomeOf(a, x, lexicon), outcomeOf(b, y, lexicon)];
  if (ox === undefined && oy === undefined) return undefined;
  if (ox !== undefined && oy !== undefined) return ox === oy;
  return sameAct ? undefined : false;
}

/**
 * Both claims count people under one named outcome ("the death toll … at 42" / "had killed 12 people"): with their
 * participants aligned, the counts are of one group whatever verbs carry them ("put", "killed").
 */
export function countsOfOneOutcome(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  const outcomes = (c: Claim) => c.quantities.filter((q) => q.dimension === 'count').map((q) => nounOutcome(q, lexicon, c) ?? outcomeOf(c, q, lexicon));
  const ob = outcomes(b);
  return outcomes(a).some((o) => o !== undefined && ob.includes(o));
}

/**
 * One named body's vote on one thing, told with two verbs ("The court ruled 7-2" / "The court split 5-4", "passed the
 * bill 60-40" / "voted 52 to 48 to pass the bill"): the tallies are of one vote unless the things voted on differ.
 */
export function oneBodysVote(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  const [x, y] = [a.proposition.actor, b.proposition.actor];
  if (!x || !y || !talliesOfAVote(a, b) || !sameName(x.text, y.text, lexicon.aliases)) return false;
  return !themesApart(a, b, lexicon);
}

/** Two named bodies each give a tally ("the Senate passed it 60-40" / "the House passed it 218-212"): two votes. */
function votesOfTwoBodies(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  const [x, y] = [a.proposition.actor, b.proposition.actor];
  return x !== undefined && y !== undefined && talliesOfAVote(a, b) && !sameName(x.text, y.text, lexicon.aliases);
}

// Money in two currencies has no known rate between them, so it cannot clash.
function comparable(x: Quantity, y: Quantity, lexicon: Lexicon, sameEvent = true, sides?: readonly [Claim, Claim]): boolean {
  const nouns = countedNounsCompatible(x, y, lexicon, sides, sameEvent) || (sides !== undefined && outcomeNounsMeet(x, y, sides[0], sides[1], lexicon));
  if (x.dimension !== y.dimension || !nouns || !sameReferent(x, y, sameEvent)) return false;
  return x.dimension !== 'money' || x.unit === undefined || y.unit === undefined || x.unit === y.unit;
}

function widen(iv: Interval, share: number): Interval {
  return { lo: iv.lo - Math.abs(iv.lo) * share, hi: iv.hi + Math.abs(iv.hi) * share };
}

/** The interval a quantity allows in base units; a point "about" figure and converted units get slack. */
function intervalOf(q: Quantity, converted: boolean): Interval {
  let iv: Interval = { lo: q.base.from ?? -Infinity, hi: q.base.to ?? Infinity };
  if (q.bound === 'about' && iv.lo === iv.hi) iv = widen(iv, NUMERIC_ABOUT_TOLERANCE);
  return converted ? widen(iv, NUMERIC_CONVERSION_TOLERANCE) : iv;
}

/** Gap between two intervals over the larger of the two facing ends; 0 when they overlap. */
function relativeGap(x: Interval, y: Interval): number {
  const [low, high] = x.hi < y.lo ? [x, y] : [y, x];
  const gap = high.lo - low.hi;
  if (!(gap > 0)) return 0;
  return gap / Math.max(Math.abs(low.hi), Math.abs(high.lo));
}

/** Units of one exact family ("hour" / "minute", "km" / "m") convert without rounding. */
const exactlyConverted = (x: string | undefined, y: string | undefined) => EXACT_UNIT_FAMILIES.some((f) => f.includes(x ?? '') && f.includes(y ?? ''));

export function gapOf(x: Quantity, y: Quantity): number {
  const converted = x.unit !== y.unit && !exactlyConverted(x.unit, y.unit);
  // "hundreds" / "thousands": vague plurals an order of magnitude apart are set apart by where each starts.
  const [sx, sy] = [vagueScale(x), vagueScale(y)];
  if (sx && sy && Math.max(sx, sy) >= ORDER_OF_MAGNITUDE * Math.min(sx, sy)) return relativeGap({ lo: x.value, hi: x.value }, { lo: y.value, hi: y.value });
  return relativeGap(intervalOf(x, converted), intervalOf(y, converted));
}
const ORDER_OF_MAGNITUDE = 10;

/** The scale of a figure told by a vague plural alone ("hundreds of" 100; "tens of thousands of" 10,000), else 0. */
const vagueScale = (q: Quantity): number => (q.bound === 'range' && VAGUE_PLURALS.has(q.span.text.split(/\s/, 1)[0]!.toLowerCase()) ? q.value / VAGUE_LOW_MULTIPLE : 0);

/** Strength grows linearly with the relative gap from the floor to 1 at NUMERIC_FULL_GAP. */
export function numericStrength(gap: number): number {
  const grown = NUMERIC_STRENGTH_FLOOR + (gap / NUMERIC_FULL_GAP) * (1 - NUMERIC_STRENGTH_FLOOR);
  return Math.min(1, Math.max(NUMERIC_STRENGTH_FLOOR, grown));
}

/** The figure is a one-sided bound given by a sharp bound phrase ("under two hours", "40 or more fans", "40+"). */
function strictBound(q: Quantity): boolean {
  if (q.bound !== 'at-least' && q.bound !== 'at-most') return false;
  const words = ` ${q.span.text.toLowerCase().replace(/([+-])/g, ' $1 ').split(/\s+/).join(' ')} `;
  return STRICT_BOUNDS.some((cue) => words.includes(` ${cue} `));
}

/** Strength of a clash: a figure past the other side's sharp bound breaks it outright, however small the gap. */
export function clashStrength(gap: number, x: Quantity, y: Quantity): number {
  const grown = numericStrength(gap);
  return strictBound(x) || strictBound(y) ? Math.max(grown, NUMERIC_STRICT_BOUND_STRENGTH) : grown;
}

const updateCache = (): WeakMap<Claim, boolean> => new WeakMap();

/** Read once per claim and lexicon: a claim meets many partners. */
export function hasUpdateCue(claim: Claim, lexicon: Lexicon): boolean {
  const updateCues = derived(lexicon, updateCache);
  let found = updateCues.get(claim);
  if (found === undefined) {
    const words = textWords(claim).map((t) => t.lower);
    found = containsCue(words, derived(lexicon, cueWords));
    updateCues.set(claim, found);
  }
  return found;
}

/**
 * "the borough now licenses 560 huts" in a report published after one giving 520: "now" sets the present against an
 * earlier time (Oxford Dictionary of English, now adv. 1: "at the present time … in contrast with the past"), so in the
 * later report it tells a change since the earlier one, not a rival figure. Reports of one day still compare.
 */
export function nowInLaterReport(later: Claim, earlier: Claim): boolean {
  const [dl, de] = [later.publishedAt?.slice(0, 10), earlier.publishedAt?.slice(0, 10)];
  if (dl === undefined || de === undefined || dl <= de) return false;
  return claimWords(later).tokens.some((t) => t.lower === 'now');
}

// A quantity with a comparable partner that agrees is accounted for; only unaccounted ones can clash.
function agreed(q: Quantity, others: readonly Quantity[], lexicon: Lexicon): boolean {
  return others.some((o) => comparable(q, o, lexicon) && gapOf(q, o) === 0);
}

/** "46 of its 210 stores": a part counted from a whole counts the whole's noun ("46" counts stores). */
function namedByWhole(c: Claim, q: Quantity): Quantity {
  if (q.noun !== undefined || q.dimension !== 'count') return q;
  const noun = wholeOfPart(c, q)?.noun;
  return noun === undefined ? q : { ...q, noun };
}

/**
 * Quantities of the same dimension and counted thing whose allowed intervals do not overlap ("at least 40"
 * vs "12"). Among figures left without an agreeing partner, the closest comparable pair is the clash.
 * A figure given as an update on one side only ("later rose to 14") is a revision, not a contradiction.
 */
export const detectNumeric: Detector = (a, b, context) => {
  // Two opposite movements ("rise by 2%" / "fall by 4%") measure different changes: the opposition detector has them.
  if (context.opposedEvents === true) return null;
  const sameEvent = context.sameEvent ?? true;
  const events = { sameEvent, sameAct: context.sameAct ?? sameEvent, lexicon: context.lexicon };
  // "won 3-1" / "won 2-1": a score is no quantity (scores.ts); one body's vote told with two tallies is one vote.
  if ((sameEvent && !votesOfTwoBodies(a, b, context.lexicon)) || oneBodysVote(a, b, context.lexicon)) {
    const score = scoreClashHit(a, b);
    if (score) return score;
  }
  // "sentenced to life" / "sentenced to 20 years": a life term is no term of years (life-terms.ts).
  const life = sameEvent ? lifeTermClash(a, b) : null;
  if (life) return life;
  // "all the volunteers" / "most of the volunteers": the whole set against part of it (quantifier-scope.ts).
  const scope = sameEvent ? quantifierScopeClash(a, b) : null;
  if (scope) return scope;
  if (a.quantities.length === 0 || b.quantities.length === 0) return null;
  // "52 voted for the bill" / "48 voted against it": the two sides of one vote are two groups.
  if (oppositeSides(a, b)) return null;
  if (hasUpdateCue(a, context.lexicon) !== hasUpdateCue(b, context.lexicon) || nowInLaterReport(a, b) || nowInLaterReport(b, a)) return null;
  // "14, up from nine on Monday" / "nine": the other report gives the earlier figure this one counts from (comparison-bases.ts).
  if (baseFigures(a).some((q) => agreed(q, b.quantities, context.lexicon)) || baseFigures(b).some((q) => agreed(q, a.quantities, context.lexicon))) return null;
  const [qa, qb] = [reportedFigures(a), reportedFigures(b)];
  let best: { gap: number; x: Quantity; y: Quantity } | null = null;
  for (const x of qa.filter((q) => !agreed(q, qb, context.lexicon))) {
    for (const y of qb.filter((q) => !agreed(q, qa, context.lexicon))) {
      const [nx, ny] = [namedByWhole(a, x), namedByWhole(b, y)];
      if (!comparable(nx, ny, context.lexicon, sameEvent, [a, b]) || !sameParticipants(nx, ny, a, b, events)) continue;
      if (differentDistanceHolders(a, x, b, y, context.lexicon) || differentRates(a, x, b, y)) continue;
      // "40 new infections" adds to a total; "has infected 5,000" is one: only two increments or two totals compare.
      if (incrementCount(a, x) !== incrementCount(b, y) || partWithinWhole(a, x, b, y) || narrowerKindFits(x, y) || narrowerStuffFits(a, x, b, y)) continue;
      if (x.dimension === 'count' && countsAtOtherSettings(a, b)) continue;
      const gap = gapOf(x, y);
      if (gap > 0 && (!best || gap < best.gap)) best = { gap, x, y };
    }
  }
  if (!best) return null;
  return {
    kind: 'numeric',
    strength: clashStrength(best.gap, best.x, best.y),
    evidence: [best.x.span, best.y.span],
    detail: `${best.x.span.text} vs ${best.y.span.text}`,
  };
};
