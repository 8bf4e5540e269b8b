import type { Claim } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { FUTURE_MODALS } from '../lexicon/future-markers.js';
import { SIMPLE_PREPOSITIONS } from '../lexicon/simple-prepositions.js';
import { claimWords, contentWordsIn } from './words.js';
import { COPULA } from './events.js';

/**
 * Words that may stand between a state's subject and the state: the copula or a verb of remaining (Levin 1993,
 * § 47.1), a modal, "still" and other adverbs of time ("the line will still stay open").
 */
const BETWEEN: ReadonlySet<string> = new Set([
  ...COPULA, ...FUTURE_MODALS, 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'still', 'now', 'also', 'again', 'not',
]);

/**
 * The head of the subject a state is predicated of by a copula: the content word right before it ("the rooms are
 * shut" → room). None for a state with no copula before it ("destroyed the bridge", "was left intact").
 */
function subjectHead(claim: Claim, state: Span): string | undefined {
  const { tokens } = claimWords(claim);
  let i = tokens.length - 1;
  while (i >= 0 && tokens[i]!.span.end > state.start) i--;
  let copula = false;
  for (; i >= 0 && BETWEEN.has(tokens[i]!.lower); i--) copula ||= COPULA.has(tokens[i]!.lower);
  // "the ferry terminal in Marseille is shut": a prepositional phrase after the head noun is its postmodifier.
  const preposition = tokens.slice(Math.max(0, i - POSTMODIFIER_REACH), i + 1).findLastIndex((t) => PREPOSITIONS.has(t.lower));
  if (preposition >= 0) i = Math.max(0, i - POSTMODIFIER_REACH) + preposition - 1;
  const head = tokens[i];
  return copula && head?.content === true ? head.lemma : undefined;
}
const PREPOSITIONS: ReadonlySet<string> = new Set(SIMPLE_PREPOSITIONS);
/** Words of a postmodifying phrase read back for its preposition ("at Lyon airport"). */
const POSTMODIFIER_REACH = 3;

/**
 * Two states predicated of subjects with different heads, one of which is not the claim's own doer: "its online
 * catalogue will stay open while the reading rooms are shut" sets "shut" on the rooms, not on the catalogue another report holds open
 * (a state in a relative clause or a conjunct is held of that clause's own subject, Quirk et al. 1985 § 10.6).
 */
export function statesOfOtherSubjects(a: Claim, x: Span, b: Claim, y: Span): boolean {
  const [ha, hb] = [subjectHead(a, x), subjectHead(b, y)];
  if (ha === undefined || hb === undefined || ha === hb) return false;
  const ownDoer = (claim: Claim, head: string) => contentWordsIn(claim, claim.proposition.actor).some((t) => t.lemma === head);
  return !ownDoer(a, ha) || !ownDoer(b, hb);
}
