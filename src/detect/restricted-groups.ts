import type { Claim } from '../model/claim.js';
import { claimWords } from '../relate/words.js';

/** Prepositions of place that restrict a group by where its members were (Quirk et al. 1985 § 9.17: position). */
const LOCATIVE: ReadonlySet<string> = new Set(['on', 'in', 'at', 'aboard', 'inside', 'outside', 'near']);

/** Content lemmas of a place phrase that follows the subject's head before the verb ("No one on board", "people on the ground"). */
function subjectPlace(claim: Claim): ReadonlySet<string> | undefined {
  const verb = claim.proposition.predicate?.span;
  if (!verb) return undefined;
  const before = claimWords(claim).tokens.filter((t) => t.span.end <= verb.start);
  // The first word opens the subject: a place phrase there is fronted, not a restriction of the group.
  const at = before.findIndex((t, i) => i > 0 && LOCATIVE.has(t.lower));
  if (at < 0) return undefined;
  const words = before.slice(at + 1).filter((t) => t.content).map((t) => t.lower);
  return words.length > 0 ? new Set(words) : undefined;
}

/**
 * Both subjects name their group by where its members were, and the places share no word: "No one on board was
 * injured" / "Two people on the ground were injured" speak of two groups (different sets restricted by place).
 */
export function groupsInOtherPlaces(a: Claim, b: Claim): boolean {
  const [x, y] = [subjectPlace(a), subjectPlace(b)];
  return x !== undefined && y !== undefined && ![...x].some((w) => y.has(w));
}
