import type { Claim } from '../model/claim.js';
import { tokenize, type Token } from '../segment/tokens.js';
import { perClaim } from './per-claim.js';

/**
 * The word tokens of a claim's whole text, attribution included (segment/tokens.ts, offsets into the text): tokenised
 * once per claim object for every reader that scans the text by words (story names, update cues, places, forecasts,
 * concessions, life terms), not once per reader or per pair.
 */
export const textWords: (claim: Claim) => readonly Token[] = perClaim((claim) => tokenize(claim.text).filter((t) => t.kind === 'word'));
