import type { Claim } from '../model/claim.js';
import { STATUS_AFFIRMED_STRENGTH } from '../lexicon/state-strengths.js';
import { stem } from '../extract/keys.js';
import { unconfirmedEvents, type UnconfirmedEvent } from '../relate/unconfirmed-events.js';
import { underPossibilityModal } from './modality.js';
import { stateSpan } from './shared.js';
import type { DetectorHit } from './types.js';

/** What places the stated event: its actor, theme and places, as stems. */
function placingStems(claim: Claim): Set<string> {
  const { actor, theme } = claim.proposition;
  const texts = [actor?.text, theme?.text, ...claim.places.map((p) => p.span.text)].filter((t): t is string => t !== undefined);
  return new Set(texts.flatMap((t) => t.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length > 1).map((w) => stem(w)));
}

/** The other claim states the event as having happened, plainly: affirmed, not hedged to a possibility, not doubted. */
function statesItHappened(claim: Claim, event: UnconfirmedEvent): boolean {
  const { predicate, state } = claim.proposition;
  if (!predicate || state !== 'affirmed' || underPossibilityModal(claim)) return false;
  if (claim.certainty.level === 'doubted' || claim.certainty.level === 'refuted' || claim.certainty.level === 'pending') return false;
  return event.verbs.includes(predicate.lemma.toLowerCase());
}

/** Both sentences call the event unconfirmed: the same uncertainty told twice. */
function alsoUnconfirmed(claim: Claim, event: UnconfirmedEvent): boolean {
  return unconfirmedEvents(claim).some((e) => e.verbs.some((v) => event.verbs.includes(v)));
}

function oneWay(unsure: Claim, stated: Claim): [UnconfirmedEvent, Claim] | null {
  for (const event of unconfirmedEvents(unsure)) {
    if (!statesItHappened(stated, event) || alsoUnconfirmed(stated, event)) continue;
    // One event only when something places both alike ("a pipeline explosion" / "the pipeline exploded").
    const placing = placingStems(stated);
    if ([...event.participants].some((p) => placing.has(p))) return [event, stated];
  }
  return null;
}

/**
 * "An unconfirmed explosion at an oil pipeline" / "an oil pipeline exploded near the port": one report holds the event
 * as unconfirmed, the other states it as having happened: a status clash (pending vs stated). Needs the event's verb
 * as the other's predicate and a word that places both (the pipeline); an update is told as "later confirmed".
 */
export function unconfirmedEventHit(a: Claim, b: Claim): DetectorHit | null {
  const ab = oneWay(a, b);
  const ba = ab ? null : oneWay(b, a);
  const found = ab ?? ba;
  if (!found) return null;
  const [event, stated] = found;
  const statedSpan = stateSpan(stated);
  return {
    kind: 'status',
    strength: STATUS_AFFIRMED_STRENGTH,
    evidence: ab ? [event.span, statedSpan] : [statedSpan, event.span],
    detail: `unconfirmed vs stated as happened (${event.verbs[0]})`,
  };
}
