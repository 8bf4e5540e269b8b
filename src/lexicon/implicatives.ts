import { nullPrototype } from '../model/records.js';
/**
 * Implicative verbs: a verb whose own polarity fixes whether the event it wraps happened ("managed to escape" =
 * escaped; "failed to escape" = did not escape; "did not manage to escape" = did not escape). Each signature gives
 * the wrapped event's polarity under an affirmed wrapper and under a negated one; `undefined` where the wrapper says
 * nothing (one-way implicatives: "did not refuse to pay" leaves open whether anyone paid).
 *
 * Sources: Karttunen, "Implicative verbs", Language 47 (1971); Nairn, Condoravdi & Karttunen, "Computing relative
 * polarity for textual inference" (ICoS-5, 2006), the signature classes ++|--, +-|-+, +-, ++, -+; Karttunen, "Simple
 * and phrasal implicatives" (*SEM 2012). `object` marks object control: the wrapped event's doer is the wrapper's
 * object ("police prevented the driver from leaving": the driver did not leave).
 */
export interface ImplicativeSignature {
  /** Polarity of the wrapped event when the wrapper is affirmed: true = it happened. */
  affirmed?: boolean;
  /** Polarity of the wrapped event when the wrapper is negated. */
  negated?: boolean;
  /** The wrapped event's doer is the wrapper's object, not its subject. */
  object?: boolean;
}

const TWO_WAY: ImplicativeSignature = { affirmed: true, negated: false };
const TWO_WAY_INVERSE: ImplicativeSignature = { affirmed: false, negated: true };
const ONE_WAY_NEGATIVE: ImplicativeSignature = { affirmed: false };
const ONE_WAY_NEGATIVE_OBJECT: ImplicativeSignature = { affirmed: false, object: true };
const ONE_WAY_POSITIVE_OBJECT: ImplicativeSignature = { affirmed: true, object: true };

/** Verb lemma → signature. */
export const IMPLICATIVE_VERBS: Readonly<Record<string, ImplicativeSignature>> = nullPrototype({
  // ++|-- (Karttunen 1971: manage, remember, bother, get, dare, venture, condescend, happen)
  manage: TWO_WAY, remember: TWO_WAY, bother: TWO_WAY, succeed: TWO_WAY, venture: TWO_WAY, condescend: TWO_WAY,
  // +-|-+ (fail, neglect, forget)
  fail: TWO_WAY_INVERSE, neglect: TWO_WAY_INVERSE, forget: TWO_WAY_INVERSE,
  // +- (refuse, decline, avoid; Nairn et al. 2006)
  refuse: ONE_WAY_NEGATIVE, decline: ONE_WAY_NEGATIVE, avoid: ONE_WAY_NEGATIVE,
  // +- with object control (prevent / stop / keep / bar / block X from V-ing)
  prevent: ONE_WAY_NEGATIVE_OBJECT, stop: ONE_WAY_NEGATIVE_OBJECT, bar: ONE_WAY_NEGATIVE_OBJECT, block: ONE_WAY_NEGATIVE_OBJECT,
  keep: ONE_WAY_NEGATIVE_OBJECT, prohibit: ONE_WAY_NEGATIVE_OBJECT,
  // ++|-- aspectual verbs of going on (Freed 1979, The Semantics of English Aspectual Complementation, ch. 3: "continue
  // to V" asserts that V goes on; "did not continue to V" that it stopped)
  continue: TWO_WAY,
  // ++ with object control (force / compel X to V)
  force: ONE_WAY_POSITIVE_OBJECT, compel: ONE_WAY_POSITIVE_OBJECT, oblige: ONE_WAY_POSITIVE_OBJECT,
});
