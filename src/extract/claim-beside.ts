import type { Claim, Proposition } from '../model/claim.js';

/**
 * A claim its main claim's sentence also states ("released without charge": not charged; ", including Len Darby":
 * Len Darby too): the main claim's text, holder, certainty, dates and places, with a proposition and keys of its own,
 * numbered `number` in its document and linked to the main claim.
 */
export function claimBeside(main: Claim, doc: { id: string; publishedAt?: string }, number: number, proposition: Proposition, keys: readonly string[]): Claim {
  const claim: Claim = {
    id: `${doc.id}:${number}`,
    documentId: doc.id,
    text: main.text,
    span: { ...main.span },
    attribution: { ...main.attribution },
    proposition,
    certainty: { ...main.certainty },
    quantities: [],
    times: main.times.map((t) => ({ ...t })),
    places: main.places.map((p) => ({ ...p })),
    quotes: [],
    keys: [...new Set(keys)],
    mainClaimId: main.id,
  };
  if (doc.publishedAt) claim.publishedAt = doc.publishedAt;
  return claim;
}
