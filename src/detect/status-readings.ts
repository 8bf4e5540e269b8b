import type { Claim } from '../model/claim.js';
import { stem } from '../extract/keys.js';
import { STATUS_DECIDED_STRENGTH } from '../lexicon/state-strengths.js';
import { derived, type Lexicon } from '../lexicon/index.js';
import { eventMentions } from '../relate/events.js';
import { actorsCompatible, stateSpan } from './shared.js';
import type { DetectorHit } from './types.js';

const pendingAdverbs = (lexicon: Lexicon): ReadonlySet<string> => new Set(lexicon.tables['status-cues'].PENDING_ADVERBS);
const statusVerbs = (lexicon: Lexicon): ReadonlySet<string> => new Set(lexicon.statusVerbs.map((v) => v.toLowerCase()));

/**
 * The pending side is only a negated opposite of the other's act, with no "yet" or "still" to keep it open: "did
 * not reject the plan" / "accepted the plan" agree (Horn 1989 on contraries: not-reject is compatible with accept).
 */
export function negatedOpposite(pending: Claim, other: Claim, lexicon: Lexicon): boolean {
  const [p, o] = [pending.proposition, other.proposition];
  if (!p.predicate || !o.predicate || !p.stateCue) return false;
  const open = derived(lexicon, pendingAdverbs);
  const cueWords = p.stateCue.text.toLowerCase().split(/\s+/);
  if (cueWords.some((w) => open.has(w))) return false;
  return lexicon.opposites.get(p.predicate.lemma.toLowerCase())?.has(o.predicate.lemma.toLowerCase()) ?? false;
}

/** The verbs a claim names besides its predicate: its wrapped proposition and the other verbs of its clause. */
function namedActs(c: Claim): Set<string> {
  const p = c.proposition;
  return new Set([p.predicate?.lemma, p.inner?.lemma, ...(p.events ?? [])].flatMap((v) => (v ? [stem(v.toLowerCase())] : [])));
}

/**
 * Evidence is [pending side, decided side]; the caller puts it in pair order.
 * A decision told with a support verb and its event noun ("made a decision to close the plant", "took the decision
 * to close it") against one still open about the same act ("has not yet decided whether to close the plant").
 */
export function decisionByLightVerb(pending: Claim, other: Claim, lexicon: Lexicon): DetectorHit | null {
  if (other.proposition.state !== 'affirmed' || other.certainty.level === 'doubted' || other.certainty.level === 'refuted') return null;
  const status = derived(lexicon, statusVerbs);
  const decision = eventMentions(other).find((m) => m.source === 'light-verb' && status.has(m.word.lemma));
  if (!decision) return null;
  // Both name the act decided on, and the pending side names the decision itself ("decided" among its verbs).
  const [acts, open] = [namedActs(other), namedActs(pending)];
  const act = stem(decision.word.lemma);
  if (!open.has(act) || ![...open].some((v) => v !== act && acts.has(v))) return null;
  if (!actorsCompatible(pending, other, lexicon.aliases)) return null;
  return { kind: 'status', strength: STATUS_DECIDED_STRENGTH, evidence: [stateSpan(pending), decision.span], detail: 'pending vs decided' };
}
