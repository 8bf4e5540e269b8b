import type { Claim } from '../model/claim.js';
import { derived, type Lexicon } from '../lexicon/index.js';
import { tokenize } from '../segment/tokens.js';
import { textWords } from '../relate/text-words.js';
import { FORECAST_HOLDER_NOUNS, PLAN_WORDS, SUPERSEDED_MARKERS } from '../lexicon/forecast-cues.js';

type ForecastWords = Pick<Lexicon, 'forecastWords'>;
const forecastWords = (lexicon: ForecastWords): ReadonlySet<string> => new Set(lexicon.forecastWords);
/** Words after the predicate that still belong to its verb group ("are forecast", "is expected"). */
const VERB_GROUP_REACH = 2;
const forecastCache = (): WeakMap<Claim, boolean> => new WeakMap();
const HOLDER_NOUNS: ReadonlySet<string> = new Set(FORECAST_HOLDER_NOUNS);
const PLANS: ReadonlySet<string> = new Set(PLAN_WORDS);
const SUPERSEDED: ReadonlySet<string> = new Set(SUPERSEDED_MARKERS);
/** How many words into the holder its head noun may stand ("the latest official projections"). */
const HOLDER_HEAD_REACH = 4;

/**
 * A claim that forecasts: a forecast word governs its predicate ("forecasters expect winds to reach …", "winds are
 * forecast to …"), before the predicate or in its verb group. The holder's words ("…, forecasters said") and a later
 * coordinated verb ("… and expects to decide") do not make the claim a forecast. Read once per claim and lexicon.
 */
function isForecast(claim: Claim, lexicon: ForecastWords): boolean {
  const forecasts = derived(lexicon, forecastCache);
  let found = forecasts.get(claim);
  if (found === undefined) {
    if (creditedToForecast(claim)) found = true;
    else {
      // The words that govern the predicate, read once for both readings of them.
      const words = governingWords(claim);
      found = forecastWordGoverns(words, lexicon) || formerPlan(words);
    }
    forecasts.set(claim, found);
  }
  return found;
}

/** The claim's holder is a forecast ("according to projections published by the trust", "official forecasts show"). */
function creditedToForecast(claim: Claim): boolean {
  const holder = claim.attribution.holderSpan;
  if (!holder) return false;
  return tokenize(holder.text)
    .filter((t) => t.kind === 'word')
    .slice(0, HOLDER_HEAD_REACH)
    .some((t) => HOLDER_NOUNS.has(t.lower));
}

/** The claim's words up to its predicate's verb group, the holder's left out; none with no predicate. */
function governingWords(claim: Claim): string[] {
  const predicate = claim.proposition.predicate?.span;
  if (!predicate) return [];
  const holder = claim.attribution.holderSpan;
  const words = textWords(claim)
    .map((t) => ({ lower: t.lower, start: t.start + claim.span.start, end: t.end + claim.span.start }))
    .filter((w) => !holder || w.end <= holder.start || w.start >= holder.end);
  const after = words.findIndex((w) => w.start >= predicate.end);
  const limit = after < 0 ? words.length : after + VERB_GROUP_REACH;
  return words.slice(0, limit).map((w) => w.lower);
}

function forecastWordGoverns(words: readonly string[], lexicon: ForecastWords): boolean {
  return words.some((w) => derived(lexicon, forecastWords).has(w));
}

/**
 * A plan told as given up governs the predicate (lexicon/forecast-cues.ts PLAN_WORDS, before "to" or "for"): under "initially",
 * "originally", "at first" ("was originally due to open"), or in the past perfect ("had planned to open").
 */
function formerPlan(words: readonly string[]): boolean {
  // "due to open", "scheduled for June 3": the plan word with its complement ("had set a record" is no plan).
  const plan = words.findIndex((w, i) => PLANS.has(w) && (words[i + 1] === 'to' || words[i + 1] === 'for'));
  if (plan < 0) return false;
  const superseded = words.some((w, i) => SUPERSEDED.has(w) && (w !== 'first' || words[i - 1] === 'at'));
  return superseded || words.slice(Math.max(0, plan - 3), plan).includes('had');
}

/** A forecast against an account of what happened: a forecast that proves wrong is no clash between sources. */
export function forecastAndOutcome(a: Claim, b: Claim, lexicon: ForecastWords): boolean {
  return isForecast(a, lexicon) !== isForecast(b, lexicon);
}
