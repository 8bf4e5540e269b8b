import type { Claim } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { derived, type Lexicon } from '../lexicon/index.js';
import { stem } from '../extract/keys.js';
import { compatiblePhrases, isCounted, lightVerbs } from './actor.js';
import { effectiveStance } from './rebuttal.js';
import { groupAsItsMembers } from './group-members.js';
import { predicateObject } from './prepositional-objects.js';
import { generalNounForPerson } from './general-persons.js';

const statusStems = (lexicon: Lexicon): ReadonlySet<string> => new Set(lexicon.statusVerbs.map((v) => stem(v)));

/** The claim holds its proposition negatively: negated or refused (a denial is its holder's negation: extract/denial.ts). */
export function isNegative(c: Claim): boolean {
  return c.proposition.state === 'negated' || c.proposition.state === 'refused';
}

/** One side confirms what the other denies: the reporting verbs themselves are opposites (opposition, not polarity). */
export function confirmedVsDenied(a: Claim, b: Claim): boolean {
  const stances = new Set([effectiveStance(a), effectiveStance(b)]);
  return stances.has('confirmed') && stances.has('denied');
}

/** A report told to be called false: its stance is a denial only once its truth value is read (detect/rebuttal.ts). */
export function rebutsWhatItTells(c: Claim): boolean {
  return c.attribution.stance !== 'denied' && effectiveStance(c) === 'denied';
}

/** The claim states a decision as made: a refusal, a negation, or an affirmed status verb or decided cue. */
export function isDecided(c: Claim, lexicon: Lexicon): 'refused' | 'negated' | 'decided' | 'affirmed' | null {
  const p = c.proposition;
  if (p.state === 'pending') return null;
  if (p.state === 'refused') return 'refused';
  if (p.state === 'negated') return 'negated';
  if (p.stateCue || (p.predicate && derived(lexicon, statusStems).has(stem(p.predicate.lemma.toLowerCase())))) return 'decided';
  return 'affirmed';
}

/** Actors agree when either is missing, or they name one thing (aliases, or one's words inside the other's, or a group and all its members). */
export function actorsCompatible(a: Claim, b: Claim, aliases: ReadonlyMap<string, string>): boolean {
  const [x, y] = [a.proposition.actor, b.proposition.actor];
  if (compatiblePhrases(x, y, aliases) || (x !== undefined && y !== undefined && generalNounForPerson(x, y))) return true;
  const members = x !== undefined && y !== undefined ? groupAsItsMembers(x, y) : undefined;
  return members !== undefined && !isCounted(members === x ? a : b, members);
}

/**
 * One proposition on both sides needs one thing acted on: themes agree when either is missing or they name one thing.
 * A light verb ("have", "see", "know") says almost nothing without its theme, so there both themes must be given
 * ("didn't have any weapons" / "will have justice" are two propositions).
 */
export function themesCompatible(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  const [ta, tb] = [a.proposition.theme, b.proposition.theme];
  // "The pier is safe" / "The pier is not safe": a linking verb's complement is what the claim says of its subject.
  const [ca, cb] = [a.proposition.complement, b.proposition.complement];
  if (ta === undefined && tb === undefined && ca !== undefined && cb !== undefined) return ca.key === cb.key;
  // "campaigned against the car park" / "did not campaign against the bus shelter": two prepositional objects.
  const [oa, ob] = [predicateObject(a), predicateObject(b)];
  if (oa.length > 0 && ob.length > 0 && !oa.some((w) => ob.includes(w))) return false;
  // A light verb says what was done only through its object ("made" / "made a decision"): with an object missing on
  // either side nothing shows one act. A copula with its complement ("will not be open") says it through the complement.
  const light = derived(lexicon, lightVerbs);
  const bareLight = (c: Claim) => c.proposition.complement === undefined && light.has(c.proposition.predicate?.lemma.toLowerCase() ?? '');
  if ((bareLight(a) || bareLight(b)) && (ta === undefined || tb === undefined)) return false;
  return compatiblePhrases(ta, tb, lexicon.aliases) || (ta !== undefined && tb !== undefined && generalNounForPerson(ta, tb));
}

/** The words that carry a claim's state: its state cue, else its negation scope, else its predicate, else the claim. */
export function stateSpan(c: Claim): Span {
  const p = c.proposition;
  return p.stateCue ?? p.negation?.scope ?? p.predicate?.span ?? c.span;
}
