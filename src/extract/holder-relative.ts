import type { Claim } from '../model/claim.js';

/**
 * "The board, which runs the lighthouse, said the light was working": the non-restrictive relative clause on a
 * reporting frame's holder (Quirk § 17.22) states a fact of its own, in the writer's voice, not the holder's. Read in
 * the author's voice from the holder and its clause, it becomes a background claim linked to the frame's main claim,
 * as a relative clause inside the proposition does; its text is the whole clause, as theirs is.
 */
export function holderRelativeClaim(claim: Claim | undefined, main: Claim): Claim[] {
  if (!claim || claim.background) return [];
  return [{ ...claim, text: main.text, span: main.span, background: 'relative', mainClaimId: main.id }];
}
