import type { Range } from '../ingest/types.js';
import type { Attribution } from '../model/claim.js';
import type { Shared } from './claim-context.js';
import { findCertainty } from './certainty.js';
import { segTokens } from './claim-parts.js';
import { pronounHolder, type Antecedent } from './clause-antecedents.js';
import { framedAttribution } from './content-attribution.js';
import type { ContentFrame } from './content-clauses.js';

// How a clause part's attribution and certainty differ from its clause's: a modifier's presupposed fact, a content
// clause's own frame. Moved out of claims.ts, which builds the claims.

/**
 * What a noun-phrase modifier states is taken as known by the holder: a denial or a hedge of the main clause does not
 * reach it ("denied that the plant, which it bought in 2019, polluted …" still holds that it bought the plant;
 * Karttunen 1973 on presuppositions under negation). Its certainty is read from its own words ("which could sink").
 */
export function presupposed(shared: Shared, range: Range): Shared {
  const { seg, context } = shared;
  const attribution: Attribution = shared.attribution.stance === 'denied' ? { ...shared.attribution, stance: 'asserted' } : shared.attribution;
  const stance = attribution.holderKind === 'author' ? 'author' : attribution.stance;
  const certainty = findCertainty(segTokens(seg, range), stance, attribution.holderKind === 'anonymous', undefined, [], context.lexicon);
  return { ...shared, attribution, certainty };
}

/** A content clause's own attribution and certainty (see content-attribution.ts); a factive frame keeps the clause's. */
export function framed(shared: Shared, frame: ContentFrame, range: Range, antecedents: readonly Antecedent[]): Shared {
  if (frame.stance === 'inherit') return shared;
  const { seg, context } = shared;
  const attribution = framedAttribution(shared.attribution, { ...frame, stance: frame.stance }, seg.doc.text, seg.doc.source.name);
  // "Ruth Hollis put it best when she said …": a pronoun holder stands for the main clause's phrase it agrees with,
  // else for the person or body named before.
  const resolved = frame.holder ? pronounHolder(attribution.holder, antecedents, shared.referents) : undefined;
  if (resolved) attribution.holder = resolved;
  const certainty = findCertainty(segTokens(seg, range), frame.stance, attribution.holderKind === 'anonymous', frame.cue, [], context.lexicon);
  // "rumours that he fled": a pronoun in the clause stands for someone named before, not for the rumours.
  return { ...shared, attribution, certainty, holderIsReferent: shared.holderIsReferent && frame.holder === undefined && !frame.author };
}
