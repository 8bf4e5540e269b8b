import { FINDING_VERBS } from '../lexicon/awareness-verbs.js';
import type { Claim } from '../model/claim.js';
import { claimWords } from '../relate/words.js';

const FINDING: ReadonlySet<string> = new Set(FINDING_VERBS);

/** "found the kitchen dirty", "found him guilty": a complement right after the object says what state was found. */
function findsAState(c: Claim): boolean {
  const theme = c.proposition.theme;
  if (c.proposition.complement) return true;
  if (!theme) return false;
  const next = claimWords(c).tokens.find((t) => t.span.start >= theme.span.end);
  return next !== undefined && next.content;
}

/**
 * "A cleaner found the painting" / "the painting was spotted by a guard": two verbs of finding a thing
 * (lexicon/awareness-verbs.ts) are one act of finding, though "find" is a light verb elsewhere ("found it difficult",
 * where a complement says so).
 */
export function oneFinding(a: Claim, b: Claim): boolean {
  const [x, y] = [a.proposition.predicate?.lemma.toLowerCase(), b.proposition.predicate?.lemma.toLowerCase()];
  return x !== undefined && y !== undefined && FINDING.has(x) && FINDING.has(y) && !findsAState(a) && !findsAState(b);
}
