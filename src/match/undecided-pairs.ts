import { decisiveAct, openDecision, openMatterDecided } from '../detect/open-decision.js';
import type { Lexicon } from '../lexicon/index.js';
import type { Claim } from '../model/claim.js';
import { storyNames } from './story-names.js';

/**
 * Pairs the blocking index cannot see: "No decision has been taken, the panel said" and "his licence has been
 * revoked" share no word, only the story. A decision left open without naming its matter is paired with each decision
 * reported as made in another document that shares a name with its own (one story). Each pair once, as [smaller, larger].
 */
export function undecidedPairs(claims: readonly Claim[], lexicon: Lexicon): [number, number][] {
  const open = claims.flatMap((c, i) => (openDecision(c) ? [i] : []));
  if (open.length === 0) return [];
  const made = claims.flatMap((c, i) => (decisiveAct(c) ? [i] : []));
  const stories = storyNames(claims);
  const out: [number, number][] = [];
  for (const i of open) {
    for (const j of made) {
      const [x, y] = [claims[i]!, claims[j]!];
      if (x.documentId === y.documentId || !stories.shared(x.documentId, y.documentId) || openMatterDecided(x, y, lexicon) === null) continue;
      out.push(i < j ? [i, j] : [j, i]);
    }
  }
  return out;
}
