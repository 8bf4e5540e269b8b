import { stem } from '../extract/keys.js';
import type { Claim } from '../model/claim.js';
import { FUNCTION_WORDS } from '../lexicon/function-words.js';

/**
 * Who holds what a one-line report says, against the claim: whether the report attributes it to the claim's own
 * holder or actor ("Priest claims God is female" for the claim "A priest says he met God"), which repeats the claim,
 * or to someone the claim does not name ("Analyst: Apple to cut prices"), which reports it.
 */
export interface HolderMatch {
  /** 1 when a report claim is attributed to a holder who is the claim's holder or actor */
  same: number;
  /** 1 when a report claim is attributed to a holder the claim does not name at all */
  other: number;
}

const FUNCTION = new Set(FUNCTION_WORDS);

function stemsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !FUNCTION.has(w))
    .map((w) => stem(w));
}

const attributed = (c: Claim) => c.attribution.holderKind !== 'author';

/** The claim side's holders (when attributed) and actors, as stems. */
function claimParties(claim: readonly Claim[]): Set<string> {
  const texts = claim.flatMap((c) => [...(attributed(c) ? [c.attribution.holder] : []), ...(c.proposition.actor === undefined ? [] : [c.proposition.actor.text])]);
  return new Set(texts.flatMap(stemsOf));
}

/** How the report's attributed claims' holders stand to the claim's parties and words. */
export function holderMatch(claim: readonly Claim[], report: readonly Claim[], claimStems: ReadonlySet<string>): HolderMatch {
  const parties = claimParties(claim);
  const holders = report.filter(attributed).map((c) => stemsOf(c.attribution.holder));
  return {
    same: holders.some((h) => h.some((s) => parties.has(s))) ? 1 : 0,
    other: holders.some((h) => h.length > 0 && !h.some((s) => claimStems.has(s))) ? 1 : 0,
  };
}
