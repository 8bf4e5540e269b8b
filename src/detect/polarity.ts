import type { Claim } from '../model/claim.js';
import { stem } from '../extract/keys.js';
import { POLARITY_INNER_STRENGTH, POLARITY_STRENGTH } from '../lexicon/state-strengths.js';
import type { Detector } from './types.js';
import { actorsCompatible, isNegative, stateSpan, themesCompatible } from './shared.js';

/**
 * The same predicate held affirmatively by one claim and negatively by the other: "will attend" vs "will not
 * attend", "will sell" vs "has no plans to sell", "will attend" vs "refused to attend". Negation must scope over
 * the predicate (the proposition's state), not merely occur in the sentence. Pending claims are left to status.
 */
export const detectPolarity: Detector = (a, b, context) => {
  if (a.proposition.state === 'pending' || b.proposition.state === 'pending') return null;
  // A denial against a confirmation is opposition (DESIGN.md): polarity reads the proposition's own negation.
  if (a.attribution.stance === 'denied' || b.attribution.stance === 'denied') return null;
  if (isNegative(a) === isNegative(b)) return null;
  if (!actorsCompatible(a, b, context.lexicon.aliases)) return null;
  const how = samePredicate(a, b);
  // The same verb on two different things is two propositions ("doesn't see the point" / "is seen pushing the girl").
  if (how === 'predicate' && !themesCompatible(a, b, context.lexicon)) return null;
  if (!how) return null;
  const [neg, pos] = isNegative(a) ? [a, b] : [b, a];
  const detail = `${pos.proposition.predicate?.lemma ?? 'it'} affirmed vs ${neg.proposition.state}`;
  return {
    kind: 'polarity',
    strength: how === 'predicate' ? POLARITY_STRENGTH : POLARITY_INNER_STRENGTH,
    evidence: [stateSpan(a), stateSpan(b)],
    detail,
  };
};

function samePredicate(a: Claim, b: Claim): 'predicate' | 'inner' | null {
  const pa = a.proposition.predicate ? stem(a.proposition.predicate.lemma) : undefined;
  const pb = b.proposition.predicate ? stem(b.proposition.predicate.lemma) : undefined;
  if (pa && pa === pb) return 'predicate';
  const ia = a.proposition.inner ? stem(a.proposition.inner.lemma) : undefined;
  const ib = b.proposition.inner ? stem(b.proposition.inner.lemma) : undefined;
  if ((ia && (ia === pb || ia === ib)) || (ib && ib === pa)) return 'inner';
  return null;
}
