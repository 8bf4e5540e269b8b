import type { Claim } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { CONTEST_WORDS, UNANIMOUS_WORDS, VOTE_WORDS } from '../lexicon/contest-words.js';
import { SCORE_STRENGTH } from '../lexicon/detector-strengths.js';
import type { DetectorHit } from './types.js';

/**
 * A contest's score ("won 3-1", "a 2-2 draw") is one figure of two numbers that the quantity reader leaves out (it is
 * neither a count nor a range). Two claims about one match with different scores clash; the order of the two numbers
 * is the teller's side ("won 3-1" / "lost 1-3" is one score). A vote's tally is read the same way ("passed 60-40",
 * "voted 52 to 48"), and a unanimous vote is a tally with none against.
 */

const CONTEST: ReadonlySet<string> = new Set(CONTEST_WORDS);
const VOTE: ReadonlySet<string> = new Set(VOTE_WORDS);
const UNANIMOUS: ReadonlySet<string> = new Set(UNANIMOUS_WORDS);
/** Two numbers of one or two digits joined by a hyphen or dash, not part of a longer chain ("2010-11", "1-2-3"). */
const SCORE = /(?<![\d-])(\d{1,2})\s?[-–]\s?(\d{1,2})(?![\d-])/g;
/** A tally: up to three digits a side ("218-212"), or "52 to 48" / "60 votes to 40" (not "from 52 to 60"). */
const TALLY = /(?<![\d-])(?<!from\s)(\d{1,3})(?:\s?[-–]\s?|\s+(?:votes?\s+)?to\s+)(\d{1,3})(?![\d-])/gi;
const WORD = /\p{L}+/gu;
const UNANIMOUS_WORD = /\bunanimous(?:ly)?\b/i;

/** A score or tally; `high` undefined for a unanimous vote, whose size is not told. */
interface Score { high: number | undefined; low: number; span: Span; vote: boolean }

const byClaim = new WeakMap<Claim, readonly Score[]>();

/** The scores of a claim's proposition, read once per claim; none when no word of a contest's result stands in it. */
export function scoresOf(claim: Claim): readonly Score[] {
  let found = byClaim.get(claim);
  if (!found) byClaim.set(claim, (found = findScores(claim)));
  return found;
}

function findScores(claim: Claim): Score[] {
  const { text, start } = claim.proposition.span;
  const words = text.toLowerCase().match(WORD) ?? [];
  if (words.some((w) => VOTE.has(w))) return findTallies(text, start, words.some((w) => UNANIMOUS.has(w)));
  if (!words.some((w) => CONTEST.has(w))) return [];
  return [...text.matchAll(SCORE)].map((m) => {
    const [x, y] = [Number(m[1]), Number(m[2])];
    return { high: Math.max(x, y), low: Math.min(x, y), span: { start: start + m.index, end: start + m.index + m[0].length, text: m[0] }, vote: false };
  });
}

/** The tallies of a vote's words ("ruled 5-4", "voted 52 to 48"), or its unanimity ("voted unanimously"). */
function findTallies(text: string, start: number, unanimous: boolean): Score[] {
  const tallies = [...text.matchAll(TALLY)].map((m) => {
    const [x, y] = [Number(m[1]), Number(m[2])];
    return { high: Math.max(x, y), low: Math.min(x, y), span: { start: start + m.index, end: start + m.index + m[0].length, text: m[0] }, vote: true };
  });
  const word = unanimous ? UNANIMOUS_WORD.exec(text) : null;
  if (tallies.length > 0 || !word) return tallies;
  return [{ high: undefined, low: 0, span: { start: start + word.index, end: start + word.index + word[0].length, text: word[0] }, vote: true }];
}

/** Two tallies that cannot be one: a different split, or a unanimous vote against one with votes on both sides. */
function sameScore(x: Score, y: Score): boolean {
  if (x.high === undefined || y.high === undefined) return x.low === y.low;
  return x.high === y.high && x.low === y.low;
}

/** One match told with two different scores: "won 3-1" / "won 2-1". Each side's first score is its result. */
export function scoreClashHit(a: Claim, b: Claim): DetectorHit | null {
  const [x, y] = [scoresOf(a)[0], scoresOf(b)[0]];
  if (!x || !y || sameScore(x, y)) return null;
  return { kind: 'numeric', strength: SCORE_STRENGTH, evidence: [x.span, y.span], detail: `${x.span.text} vs ${y.span.text}` };
}

/**
 * Both claims give the tally of a vote or divided ruling ("ruled 7-2" / "split 5-4", "passed 60-40" / "voted 52 to
 * 48"): with one body voting (the caller checks its name and what it voted on), the two tell one vote.
 */
export function talliesOfAVote(a: Claim, b: Claim): boolean {
  return scoresOf(a)[0]?.vote === true && scoresOf(b)[0]?.vote === true;
}
