import { stem } from '../extract/keys.js';
import { FUNCTION_WORDS } from '../lexicon/function-words.js';
import {
  QUOTE_OPENING_MIN_SHARE,
  QUOTE_OPENING_MIN_WORDS,
  QUOTE_REWORDED_MIN_DICE,
  QUOTE_REWORDED_MIN_ORDERED,
  QUOTE_REWORDED_MIN_SHARED,
} from '../lexicon/detector-strengths.js';
import { foldWord } from './quote-variants.js';

const FUNCTION: ReadonlySet<string> = new Set(FUNCTION_WORDS);

/** The word forms a rewording is compared on: accents and contracted auxiliaries folded, then stemmed. */
function stems(words: readonly { lower: string }[]): string[] {
  return words.map((w) => stem(foldWord(w.lower))).filter(Boolean);
}

/** Length of the longest common subsequence of two word lists (dynamic programming over one row). */
function commonSubsequence(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const row = [0];
    b.forEach((y, j) => row.push(x === y ? previous[j]! + 1 : Math.max(previous[j + 1]!, row[j]!)));
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * One remark quoted in two wordings ("Without the grant, the mill would not survive another winter" / "Without that
 * grant this mill will not get through another winter"): the two share at least three content words, most of their
 * content words (Dice), and half the longer quote's words stand in the same order in both. Two remarks on one topic
 * share a word or two, or share words in another structure, and stay apart.
 */
export function rewordedRemark(a: readonly { lower: string }[], b: readonly { lower: string }[]): boolean {
  const [sa, sb] = [stems(a), stems(b)];
  const content = (s: readonly string[], words: readonly { lower: string }[]) => new Set(s.filter((_, i) => !FUNCTION.has(words[i]!.lower)));
  const [ca, cb] = [content(sa, a), content(sb, b)];
  const shared = [...ca].filter((w) => cb.has(w)).length;
  if (shared < QUOTE_REWORDED_MIN_SHARED || (2 * shared) / (ca.size + cb.size) < QUOTE_REWORDED_MIN_DICE) return false;
  return commonSubsequence(sa, sb) / Math.max(sa.length, sb.length) >= QUOTE_REWORDED_MIN_ORDERED;
}

/**
 * One remark quoted with two endings ("A starter is a pet you can eat" / "A starter is a pet that feeds you back"; "We
 * were lucky, and we will be stricter about candles" / "We were lucky, and from now on it's battery lights only"): the
 * quotes open with the same words, at least four of them and three-tenths of the shorter quote, one a content word, and
 * then each goes on with content words of its own. A quote that stops where the other goes on is a partial quote,
 * no clash.
 */
export function twoEndings(a: readonly { lower: string }[], b: readonly { lower: string }[]): boolean {
  const [sa, sb] = [stems(a), stems(b)];
  let opening = 0;
  while (opening < sa.length && opening < sb.length && sa[opening] === sb[opening]) opening += 1;
  if (opening < QUOTE_OPENING_MIN_WORDS || opening / Math.min(sa.length, sb.length) < QUOTE_OPENING_MIN_SHARE) return false;
  const content = (words: readonly { lower: string }[], from: number, to: number) => words.slice(from, to).some((w) => !FUNCTION.has(w.lower));
  if (!content(a, 0, opening)) return false;
  const [restA, restB] = [sa.slice(opening), sb.slice(opening)];
  return content(a, opening, a.length) && content(b, opening, b.length) && !restA.every((w) => restB.includes(w));
}
