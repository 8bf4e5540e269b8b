import { dealMade, decisiveAct, openDeal, openDecision, openMatterDecided } from '../detect/open-decision.js';
import { deniesOutcome, outcomeDenied, toldOutcome } from '../detect/outcome-denials.js';
import type { Lexicon } from '../lexicon/index.js';
import type { Claim } from '../model/claim.js';
import { storyNames } from './story-names.js';

/**
 * Pairs the blocking index cannot see, between two documents of one story (they share a name, story-names.ts): each
 * claim `left` picks with each claim `right` picks in another such document, when `joins` reads them as one event.
 * Each pair once, as [smaller, larger].
 */
function storyPairs(claims: readonly Claim[], left: (c: Claim) => boolean, right: (c: Claim) => boolean, joins: (x: Claim, y: Claim) => boolean): [number, number][] {
  const lefts = claims.flatMap((c, i) => (left(c) ? [i] : []));
  if (lefts.length === 0) return [];
  const rights = claims.flatMap((c, i) => (right(c) ? [i] : []));
  const stories = storyNames(claims);
  const out: [number, number][] = [];
  for (const i of lefts) {
    for (const j of rights) {
      const [x, y] = [claims[i]!, claims[j]!];
      if (x.documentId === y.documentId || !stories.shared(x.documentId, y.documentId) || !joins(x, y)) continue;
      out.push(i < j ? [i, j] : [j, i]);
    }
  }
  return out;
}

/**
 * "No decision has been taken, the panel said" / "his licence has been revoked" share no word, only the story: a
 * decision left open without naming its matter against each decision reported as made, and a deal said not to be
 * made against each sale (detect/open-decision.ts).
 */
export function undecidedPairs(claims: readonly Claim[], lexicon: Lexicon): [number, number][] {
  const open = (c: Claim) => openDecision(c) !== undefined || openDeal(c) !== undefined;
  const made = (c: Claim) => decisiveAct(c) !== undefined || dealMade(c) !== undefined;
  return storyPairs(claims, open, made, (x, y) => openMatterDecided(x, y, lexicon) !== null);
}

/** "No one on board was injured" / "Two passengers were taken to hospital": an outcome denied to everyone against one told of some. */
export function outcomePairs(claims: readonly Claim[]): [number, number][] {
  return storyPairs(claims, deniesOutcome, toldOutcome, outcomeDenied);
}
