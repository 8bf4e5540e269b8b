import type { Claim } from '../model/claim.js';
import type { ConflictKind } from '../model/conflict.js';
import type { Span } from '../model/span.js';
import type { Lexicon } from '../lexicon/index.js';
import type { CountAt } from '../match/counted-sets.js';

/** What one detector found on one pair of claims. */
export interface DetectorHit {
  kind: ConflictKind;
  /** How clear the clash is, in (0, 1]: 1 for "will attend" vs "will not attend". */
  strength: number;
  /** The clashing words: [in claim a, in claim b]. */
  evidence: [Span, Span];
  /** A short plain-English account: "pending vs refused", "52,140 vs under 38,000". */
  detail: string;
}

export interface DetectContext {
  lexicon: Lexicon;
  /** Whether the pair names one event (a shared stem, a dictionary relation, or for one doer similar vectors), decided once by the registry. */
  sameEvent?: boolean;
  /** Whether the pair names one act by a dictionary relation alone (no vectors): what counts of people need. */
  sameAct?: boolean;
  /** The events are opposites (WordNet antonyms, the opposites list): "rose" / "fell". */
  opposedEvents?: boolean;
  /**
   * The two predicates name one event in other words by a dictionary relation (WordNet synonymy or derivation, a
   * light-verb construction: "reached an agreement" / "agreed"), not as converses; decided once by the registry.
   */
  synonymousPredicates?: boolean;
  /** The two counts of one set the matching stage paired the claims by (match/counted-sets.ts), when it did. */
  countedSet?: readonly CountAt[];
}

/** A detector looks at one pair of claims already matched as the same event. Pure; null when silent. */
export type Detector = (a: Claim, b: Claim, context: DetectContext) => DetectorHit | null;
