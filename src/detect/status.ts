import type { Claim } from '../model/claim.js';
import {
  STATUS_AFFIRMED_STRENGTH,
  STATUS_DECIDED_STRENGTH,
  STATUS_NEGATED_STRENGTH,
  STATUS_REFUSED_STRENGTH,
} from '../lexicon/state-strengths.js';
import { eventStems, synonymousEvents } from '../match/similarity.js';
import type { Detector } from './types.js';
import { actorsCompatible, isDecided, stateSpan } from './shared.js';

const STRENGTH = {
  refused: STATUS_REFUSED_STRENGTH,
  negated: STATUS_NEGATED_STRENGTH,
  decided: STATUS_DECIDED_STRENGTH,
  affirmed: STATUS_AFFIRMED_STRENGTH,
} as const;

/**
 * One claim holds the proposition as pending (undecided, still under way) and the other as decided: refused,
 * ruled out, approved, completed. Weaker than polarity, but a real disagreement about where things stand.
 * Hedged decisions ("may have approved") do not settle anything and are left out.
 */
export const detectStatus: Detector = (a, b, context) => {
  const pendingA = a.proposition.state === 'pending';
  const pendingB = b.proposition.state === 'pending';
  if (pendingA === pendingB) return null;
  const [pending, other] = pendingA ? [a, b] : [b, a];
  const decided = isDecided(other);
  if (!decided || other.certainty.level === 'doubted' || other.certainty.level === 'refuted') return null;
  if (!actorsCompatible(a, b, context.lexicon.aliases) || !sameEvent(pending, other)) return null;
  const strength = decided === 'affirmed' && samePredicate(pending, other) ? STATUS_DECIDED_STRENGTH : STRENGTH[decided];
  return {
    kind: 'status',
    strength,
    evidence: [stateSpan(a), stateSpan(b)],
    detail: `pending vs ${decided === 'affirmed' ? 'decided' : decided}`,
  };
};

/** "has not yet conceded" vs "conceded defeat": the decision itself is the predicate on both sides. */
function samePredicate(a: Claim, b: Claim): boolean {
  const stems = new Set(eventStems(a));
  return eventStems(b).some((s) => stems.has(s));
}

/** The event of one is named among the other's keys, or both speak of the same theme. */
function sameEvent(a: Claim, b: Claim): boolean {
  const aKeys = new Set(a.keys);
  const bKeys = new Set(b.keys);
  if (eventStems(a).some((s) => bKeys.has(s)) || eventStems(b).some((s) => aKeys.has(s)) || synonymousEvents(a, b)) return true;
  const ta = a.proposition.theme?.key;
  return ta !== undefined && ta === b.proposition.theme?.key;
}
