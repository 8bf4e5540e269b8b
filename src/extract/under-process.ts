import type { Claim } from '../model/claim.js';

/** "is under review", "remains under investigation": a state phrase that puts the subject under a process named by a noun. */
const UNDER_PROCESS = /^under\s+(\p{L}+)$/iu;

/** The noun of the process a claim's subject is put under ("the licence is under review": review), if any. */
export function underProcessNoun(claim: Claim): string | undefined {
  return UNDER_PROCESS.exec(claim.proposition.theme?.text.trim() ?? '')?.[1]?.toLowerCase();
}
