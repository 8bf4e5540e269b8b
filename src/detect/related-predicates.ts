import type { Lexicon } from '../lexicon/index.js';
import type { Claim } from '../model/claim.js';
import { alignedCoverage, eventLink } from '../relate/align.js';
import type { LinkRelation } from '../relate/types.js';

/** Relations under which two verbs name one act, so that denying either denies the other (WordNet synonymy). */
const ONE_ACT: ReadonlySet<LinkRelation> = new Set(['synonym']);
/**
 * Relations that hold one way only: a troponym is a way of doing its hypernym ("murder" is a way to "kill"), and a verb
 * entails another ("snore" → "sleep"; Fellbaum 1998, WordNet ch. 3). Affirming the specific act and denying the general
 * one clash; denying the specific one leaves the general open ("killed" / "did not murder").
 */
const ONE_WAY: ReadonlySet<LinkRelation> = new Set(['hypernym', 'entailment']);

/** The share of the denial's content words the alignment must cover: all of them. */
const DENIAL_COVERAGE = 1;
const coverage = (covered: { a: number; b: number }, ofA: boolean) => (ofA ? covered.a : covered.b);

/**
 * The two claims' own verbs are one act by the dictionary, or the denied verb is what the affirmed one entails:
 * "resigned" / "did not quit", "shelled" / "did not bombard", "snored" / "did not sleep". Both sides must name the
 * act with their verb (not through an event noun, which polarity reads as an event reading).
 */
export function deniedByRelatedVerb(a: Claim, b: Claim, negativeIsA: boolean, lexicon: Lexicon): boolean {
  const match = eventLink(a, b, lexicon);
  if (!match || match.x.source !== 'predicate' || match.y.source !== 'predicate') return false;
  const { relation, direction } = match.link;
  // "a-to-b": a's verb is the specific one, so b (the general) must be the denied side.
  const related = ONE_ACT.has(relation) || (ONE_WAY.has(relation) && direction === (negativeIsA ? 'b-to-a' : 'a-to-b'));
  // Another verb fixes its sense by what it acts on: every word of the denial must line up with the affirmed claim
  // ("resigned" / "did not quit smoking" are two acts); the affirmed side may tell more ("a jealous neighbour").
  return related && coverage(alignedCoverage(a, b, lexicon), negativeIsA) >= DENIAL_COVERAGE;
}
