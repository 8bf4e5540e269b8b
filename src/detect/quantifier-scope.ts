import { PARTIAL_QUANTIFIERS, UNIVERSAL_QUANTIFIERS } from '../lexicon/quantifier-scale.js';
import { SCOPE_STRENGTH } from '../lexicon/detector-strengths.js';
import { singularNoun } from '../match/measure.js';
import type { Claim, Phrase } from '../model/claim.js';
import type { Span } from '../model/span.js';
import type { DetectorHit } from './types.js';
import { perClaim } from '../relate/per-claim.js';

const UNIVERSAL: ReadonlySet<string> = new Set(UNIVERSAL_QUANTIFIERS);
const PARTIAL: ReadonlySet<string> = new Set(PARTIAL_QUANTIFIERS);
/** Determiners that may stand between a quantifier's "of" and its noun phrase ("most of the", "all their"). */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'our', 'these', 'those']);
const FIGURE = /^[\d,]+$/;

/**
 * The quantifier closing the text before a phrase, past a figure, a determiner and an "of" ("most of the 40", "all",
 * "every"), with its offset in the text; null when none closes it.
 */
function closingQuantifier(before: string): { word: string; at: number } | null {
  const words = [...before.matchAll(/\S+/g)];
  let k = words.length - 1;
  if (k >= 0 && FIGURE.test(words[k]![0])) k--;
  if (k >= 0 && DETERMINERS.has(words[k]![0].toLowerCase())) k--;
  if (k >= 0 && words[k]![0].toLowerCase() === 'of') k--;
  const word = k >= 0 ? words[k]![0].toLowerCase() : undefined;
  return word !== undefined && (UNIVERSAL.has(word) || PARTIAL.has(word)) ? { word, at: words[k]!.index } : null;
}

interface Scoped {
  quantifier: string;
  head: string;
  /** The quantifier and its phrase ("Most of the 40 volunteers"), the evidence. */
  span: Span;
}

/** The quantifier on a phrase ("Every member", or "most of the" right before "volunteers"), with the phrase's head noun. */
function scoped(claim: Claim, phrase: Phrase | undefined): Scoped | null {
  if (phrase === undefined) return null;
  const words = phrase.text.toLowerCase().split(/\s+/);
  const head = singularNoun(words.at(-1) ?? '');
  const inside = words.find((w) => UNIVERSAL.has(w) || PARTIAL.has(w));
  if (inside !== undefined && words.length > 1) return { quantifier: inside, head, span: phrase.span };
  const from = claim.span.start;
  const before = claim.text.slice(0, Math.max(0, phrase.span.start - claim.span.start));
  const found = closingQuantifier(before);
  if (found === null) return null;
  const start = from + found.at;
  return { quantifier: found.word, head, span: { start, end: phrase.span.end, text: claim.text.slice(start - claim.span.start, phrase.span.end - claim.span.start) } };
}

/** Each role's quantifier, once per claim: every pair with one predicate asks again. */
const SCOPED = {
  actor: perClaim((c: Claim) => scoped(c, c.proposition.actor)),
  theme: perClaim((c: Claim) => scoped(c, c.proposition.theme)),
} as const;

/**
 * "All 40 volunteers signed the petition" / "Most of the 40 volunteers signed the petition": one act said of the whole set and of part of
 * it, on the same role (doer or theme) with one head noun and one polarity, is a clash of amount (numeric).
 */
export function quantifierScopeClash(a: Claim, b: Claim): DetectorHit | null {
  const [pa, pb] = [a.proposition, b.proposition];
  if (!pa.predicate || !pb.predicate || pa.predicate.lemma !== pb.predicate.lemma || pa.negated !== pb.negated) return null;
  for (const role of ['actor', 'theme'] as const) {
    const [x, y] = [SCOPED[role](a), SCOPED[role](b)];
    if (x === null || y === null || x.head !== y.head || x.head === '') continue;
    const split = (UNIVERSAL.has(x.quantifier) && PARTIAL.has(y.quantifier)) || (PARTIAL.has(x.quantifier) && UNIVERSAL.has(y.quantifier));
    if (!split) continue;
    return {
      kind: 'numeric',
      strength: SCOPE_STRENGTH,
      evidence: [x.span, y.span],
      detail: `"${x.quantifier}" vs "${y.quantifier}" of the ${x.head}`,
    };
  }
  return null;
}
