import type { Claim } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { OPPOSITION_STRENGTH } from '../lexicon/detector-strengths.js';
import { EXCLUSIVE_OUTCOMES, OUTCOME_CARRIERS } from '../lexicon/exclusive-outcomes.js';
import { verbLemma } from '../relate/lemma.js';
import { claimWords } from '../relate/words.js';
import { subjectWords, wordsNest } from './subject-words.js';
import { samePhrase } from './actor.js';
import type { DetectorHit } from './types.js';
import { exclusiveFateHit } from './exclusive-fates.js';

type Aliases = ReadonlyMap<string, string>;

/** Each outcome lemma → its event's entry index and its alternative's index within the entry. */
const OUTCOME: ReadonlyMap<string, readonly [number, number]> = new Map(
  EXCLUSIVE_OUTCOMES.flatMap((entry, e) => entry.flatMap((alternative, i) => alternative.map((w) => [w, [e, i] as const] as const))),
);
const CARRIERS: ReadonlySet<string> = new Set(OUTCOME_CARRIERS);
/** How many content words after a carrier verb may hold its outcome ("posted a first-quarter profit"). */
const CARRIER_REACH = 3;

interface Outcome { event: number; alternative: number; span: Span }

/** The outcome the claim says its event had: its own verb ("crashed"), or the object of a carrier verb ("posted a loss"). */
const outcomes = new WeakMap<Claim, Outcome | null>();

/** Read once per claim: matching and the opposition detector both ask, for every pair the claim is in. */
function outcomeOf(claim: Claim): Outcome | undefined {
  let found = outcomes.get(claim);
  if (found === undefined) outcomes.set(claim, (found = readOutcome(claim) ?? null));
  return found ?? undefined;
}

function readOutcome(claim: Claim): Outcome | undefined {
  const predicate = claim.proposition.predicate;
  if (!predicate) return undefined;
  const lemma = predicate.lemma.toLowerCase();
  const own = OUTCOME.get(verbLemma(lemma) ?? lemma);
  if (own) return { event: own[0], alternative: own[1], span: predicate.span };
  if (!CARRIERS.has(lemma)) return undefined;
  const after = claimWords(claim).tokens.filter((t) => t.content && t.span.start >= predicate.span.end).slice(0, CARRIER_REACH);
  for (const t of after) {
    const hit = OUTCOME.get(t.lemma) ?? OUTCOME.get(t.lower);
    if (hit) return { event: hit[0], alternative: hit[1], span: t.span };
  }
  return undefined;
}

/**
 * One named thing's event told with two outcomes that exclude each other ("the talks collapsed" / "the talks ended
 * in agreement", "posted a profit" / "reported a loss", "the flight landed safely" / "the flight crashed"). Both
 * claims must be affirmed and name one subject; dated sequences are the gates' case. Or one thing given two fates
 * that exclude each other (detect/exclusive-fates.ts: "resigned" / "was sacked").
 */
export function exclusiveOutcomeHit(a: Claim, b: Claim, aliases: Aliases): DetectorHit | null {
  return eventOutcomeHit(a, b, aliases) ?? exclusiveFateHit(a, b, aliases);
}

function eventOutcomeHit(a: Claim, b: Claim, aliases: Aliases): DetectorHit | null {
  const [x, y] = [outcomeOf(a), outcomeOf(b)];
  if (!x || !y || x.event !== y.event || x.alternative === y.alternative) return null;
  const [sa, sb] = [a.proposition.actor, b.proposition.actor];
  if (!sa || !sb || !samePhrase(sa, sb, aliases) || !wordsNest(subjectWords(a), subjectWords(b))) return null;
  return { kind: 'opposition', strength: OPPOSITION_STRENGTH, evidence: [x.span, y.span], detail: `"${x.span.text}" vs "${y.span.text}"` };
}
