import { CONTEST_STAGES } from '../lexicon/contest-stages.js';
import type { Claim } from '../model/claim.js';

const STAGES = CONTEST_STAGES.map(([stage, pattern]) => [stage, new RegExp(`\\b${pattern}\\b`)] as const);

/** The contest stages a claim names (lexicon/contest-stages.ts): "the semi-finals" → semifinal. */
export function stagesNamed(claim: Claim): ReadonlySet<string> {
  const text = claim.text.toLowerCase();
  return new Set(STAGES.filter(([, pattern]) => pattern.test(text)).map(([stage]) => stage));
}

/**
 * Both claims name a stage of a contest, and none in common ("won the semi-final" / "lost the final"; "the first round"
 * / "the runoff"): two occasions, whose dates, places, figures and outcomes need not agree.
 */
export function stagesApart(a: Claim, b: Claim): boolean {
  const [x, y] = [stagesNamed(a), stagesNamed(b)];
  return x.size > 0 && y.size > 0 && ![...x].some((s) => y.has(s));
}
