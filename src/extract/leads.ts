import type { Claim } from '../model/claim.js';

/**
 * A news report opens with its lead, the sentence that states the story's main event: who did what, when and where
 * (the inverted pyramid; Pöttker 2003, "News and its communicative quality: the inverted pyramid — when and why did it
 * appear?", Journalism Studies 4(4)). The claims of a document's first sentence that yields claims are marked as its
 * lead, when at least one later sentence yields claims too: a one-sentence text is no report with a lead and a body.
 * Only the sentence's own assertions: a subordinate clause's claim ("until staff opened the vault on Monday") or a
 * noun phrase's background ("the ferry, which was built in 1998") tells another event the lead mentions.
 */
export function markLead(bySentence: readonly (readonly Claim[])[]): void {
  if (bySentence.length < 2) return;
  for (const claim of bySentence[0]!) if (claim.mainClaimId === undefined && claim.background === undefined) claim.lead = true;
}
