import type { Claim } from '../model/claim.js';
import { LOCATED_VERBS } from '../lexicon/event-frames.js';
import { sharesEventStem, synonymousEvents } from '../match/same-event.js';
import type { EventRelation } from '../relate/relation.js';
import { samePhrase } from './actor.js';
import type { DetectContext } from './types.js';
import { phrasalOpposed } from '../relate/phrasal.js';

/** Readings of a pair of claims that the gates (detect/gates.ts) combine: each one fact about the two claims. */

/** The two claims' events share a stem or a synonym group. */
export function sameEventStem(a: Claim, b: Claim): boolean {
  return sharesEventStem(a, b) || synonymousEvents(a, b);
}

/** The two predicates are opposite acts by the lexicon's list ("reject" / "accept") or as WordNet's two-word antonyms ("took office" / "left office"). */
export function oppositePredicates(a: Claim, b: Claim, context: DetectContext): boolean {
  const [x, y] = [a.proposition.predicate?.lemma, b.proposition.predicate?.lemma];
  return x !== undefined && y !== undefined && ((context.lexicon.opposites.get(x)?.has(y) ?? false) || phrasalOpposed(a, b) !== undefined);
}

/** Both claims name their doer, and by the same name ("Volkar" / "Volkar"). */
export function sameNamedActor(a: Claim, b: Claim, context: DetectContext): boolean {
  const [x, y] = [a.proposition.actor, b.proposition.actor];
  return x !== undefined && y !== undefined && samePhrase(x, y, context.lexicon.aliases);
}

const LOCATED: ReadonlySet<string> = new Set(LOCATED_VERBS);

/** Both predicates say only where a thing is ("is headquartered in" / "is based in"), of one named or described subject. */
export function bothLocated(a: Claim, b: Claim, context: DetectContext): boolean {
  const [x, y] = [a.proposition.predicate?.lemma.toLowerCase(), b.proposition.predicate?.lemma.toLowerCase()];
  const [sa, sb] = [a.proposition.actor ?? a.proposition.theme, b.proposition.actor ?? b.proposition.theme];
  return x !== undefined && y !== undefined && LOCATED.has(x) && LOCATED.has(y) && sa !== undefined && sb !== undefined && samePhrase(sa, sb, context.lexicon.aliases);
}

/** Something event-bound can differ: both claims carry a figure, a date or a place. */
export function hasSlots(c: Claim): boolean {
  return c.quantities.length > 0 || c.times.length > 0 || c.places.length > 0;
}

/** Relations of two verbs that name one act in other words; converses ("sold" / "bought") swap their doers. */
const OTHER_WORDS: ReadonlySet<string> = new Set(['identical', 'inflection', 'alias', 'derivation', 'light-verb', 'synonym']);

/**
 * The two claims' own verbs name one act in other words ("reached an agreement" / "agreed"). A verb's WordNet synonym
 * is another sense as often as the same ("realise" / "see"): it counts only where both verbs act on a stated thing.
 */
export function onePredicateInOtherWords(a: Claim, b: Claim, relation: EventRelation): boolean {
  if (!relation.lexical || !relation.predicates || relation.relation === undefined || !OTHER_WORDS.has(relation.relation)) return false;
  return relation.relation !== 'synonym' || (a.proposition.theme !== undefined && b.proposition.theme !== undefined);
}

/**
 * "12 people were dead on Monday" / "40 were dead on Tuesday": a state said to hold at two times may hold at both
 * (Vendler 1957: states have no single time of happening); only an event has one date to disagree on.
 */
export function copularState(c: Claim): boolean {
  return c.proposition.predicate?.lemma === 'be' && c.proposition.complement !== undefined;
}
