import type { Claim } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { CONTEST_WORDS } from '../lexicon/contest-words.js';
import { SCORE_STRENGTH } from '../lexicon/detector-strengths.js';
import type { DetectorHit } from './types.js';

/**
 * A contest's score ("won 3-1", "a 2-2 draw") is one figure of two numbers that the quantity reader leaves out (it is
 * neither a count nor a range). Two claims about one match with different scores clash; the order of the two numbers
 * is the teller's side ("won 3-1" / "lost 1-3" is one score).
 */

const CONTEST: ReadonlySet<string> = new Set(CONTEST_WORDS);
/** Two numbers of one or two digits joined by a hyphen or dash, not part of a longer chain ("2010-11", "1-2-3"). */
const SCORE = /(?<![\d-])(\d{1,2})\s?[-–]\s?(\d{1,2})(?![\d-])/g;
const WORD = /\p{L}+/gu;

interface Score { high: number; low: number; span: Span }

const byClaim = new WeakMap<Claim, readonly Score[]>();

/** The scores of a claim's proposition, read once per claim; none when no word of a contest's result stands in it. */
export function scoresOf(claim: Claim): readonly Score[] {
  let found = byClaim.get(claim);
  if (!found) byClaim.set(claim, (found = findScores(claim)));
  return found;
}

function findScores(claim: Claim): Score[] {
  const { text, start } = claim.proposition.span;
  if (!(text.toLowerCase().match(WORD) ?? []).some((w) => CONTEST.has(w))) return [];
  return [...text.matchAll(SCORE)].map((m) => {
    const [x, y] = [Number(m[1]), Number(m[2])];
    return { high: Math.max(x, y), low: Math.min(x, y), span: { start: start + m.index, end: start + m.index + m[0].length, text: m[0] } };
  });
}

/** One match told with two different scores: "won 3-1" / "won 2-1". Each side's first score is its result. */
export function scoreClashHit(a: Claim, b: Claim): DetectorHit | null {
  const [x, y] = [scoresOf(a)[0], scoresOf(b)[0]];
  if (!x || !y || (x.high === y.high && x.low === y.low)) return null;
  return { kind: 'numeric', strength: SCORE_STRENGTH, evidence: [x.span, y.span], detail: `${x.span.text} vs ${y.span.text}` };
}
