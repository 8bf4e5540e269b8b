import { CAUSED_DOWNWARD_CHANGE, CAUSED_UPWARD_CHANGE, DOWNWARD_CHANGE, PHRASAL_CHANGE, UPWARD_CHANGE } from '../lexicon/change-direction.js';
import { predicativeChange } from '../relate/predicative-change.js';
import { OPPOSITION_STRENGTH } from '../lexicon/detector-strengths.js';
import type { Lexicon } from '../lexicon/index.js';
import type { Claim, Phrase } from '../model/claim.js';
import { complementsDiffer } from '../relate/phrase-complement.js';
import { samePhrase } from './actor.js';
import type { DetectorHit } from './types.js';
import { perClaim } from '../relate/per-claim.js';

type Direction = 'up' | 'down';

const BY_ITSELF = new Map<string, Direction>([...UPWARD_CHANGE.map((v) => [v, 'up'] as const), ...DOWNWARD_CHANGE.map((v) => [v, 'down'] as const)]);
const CAUSED = new Map<string, Direction>([...CAUSED_UPWARD_CHANGE.map((v) => [v, 'up'] as const), ...CAUSED_DOWNWARD_CHANGE.map((v) => [v, 'down'] as const)]);

interface Change {
  direction: Direction;
  /** What rises or falls: the object of a causing verb, else the subject. */
  thing: Phrase;
  caused: boolean;
}

/** The word right after the predicate in the claim's text, lower case ("went up 5%" → "up"). */
const particleAfter: (claim: Claim) => string = perClaim(readParticleAfter);

function readParticleAfter(claim: Claim): string {
  const { predicate } = claim.proposition;
  if (!predicate) return '';
  const rest = claim.span.text.slice(predicate.span.end - claim.span.start).trimStart();
  const end = rest.search(/[^\p{L}]/u);
  return (end < 0 ? rest : rest.slice(0, end)).toLowerCase();
}

/** The change a claim tells, if its predicate is a verb of change: "cut prices" (prices, down), "fares went up" (fares, up). */
const changeOf: (claim: Claim) => Change | undefined = perClaim(readChangeOf);

function readChangeOf(claim: Claim): Change | undefined {
  const { predicate, actor, theme } = claim.proposition;
  if (!predicate) return undefined;
  const lemma = predicate.lemma.toLowerCase();
  const caused = CAUSED.get(lemma);
  if (caused && theme) return { direction: caused, thing: theme, caused: true };
  const phrasal = PHRASAL_CHANGE[`${lemma} ${particleAfter(claim)}`] ?? predicativeChange(claim)?.direction;
  const itself = BY_ITSELF.get(lemma) ?? phrasal;
  return itself && actor && !theme ? { direction: itself, thing: actor, caused: phrasal !== undefined } : undefined;
}

/**
 * A rise against a fall of one thing, where at least one side tells it through a verb whose object changes or a
 * phrasal verb of change ("cut its prices" / "prices went up"): the thing that changes is the object on one side and
 * the subject on the other, so the doers are not compared. Two verbs that change their subject are oppositeChangeHit's.
 */
export function causedChangeHit(a: Claim, b: Claim, aliases: Lexicon['aliases']): DetectorHit | null {
  const [ca, cb] = [changeOf(a), changeOf(b)];
  if (!ca || !cb || ca.direction === cb.direction || !(ca.caused || cb.caused) || !samePhrase(ca.thing, cb.thing, aliases)) return null;
  // "cut the cost of bus travel" / "raised the cost of rail travel": one head, two things.
  if (complementsDiffer(a, ca.thing, b, cb.thing)) return null;
  // "were up" / "fell": the words that tell each change, a predicative adverb with its verb.
  const [sa, sb] = [predicativeChange(a)?.span ?? a.proposition.predicate!.span, predicativeChange(b)?.span ?? b.proposition.predicate!.span];
  return { kind: 'opposition', strength: OPPOSITION_STRENGTH, evidence: [sa, sb], detail: `"${sa.text}" vs "${sb.text}"` };
}
