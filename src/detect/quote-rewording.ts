import { stem } from '../extract/keys.js';
import { FUNCTION_WORDS } from '../lexicon/function-words.js';
import {
  QUOTE_MAX_CHANGED_WORDS,
  QUOTE_MIN_SHARED_SHARE,
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

/** Most stretches two wordings of one remark may differ in, beside their shared words. */
const MAX_CHANGED_STRETCHES = 2;
/** Fewest words of each wording for two changed stretches to be told from two remarks. */
const MIN_TWO_CHANGE_WORDS = 5;

/** The stretches where two word lists differ along their longest common subsequence: pairs of [a's words, b's words]. */
function changedStretches(a: readonly string[], b: readonly string[]): { shared: number; stretches: [string[], string[]][] } {
  const table = a.map(() => new Array<number>(b.length + 1).fill(0));
  table.push(new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const stretches: [string[], string[]][] = [];
  let [i, j, open] = [0, 0, false];
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) [i, j, open] = [i + 1, j + 1, false];
    else {
      if (!open) stretches.push([[], []]);
      open = true;
      const last = stretches[stretches.length - 1]!;
      if (j >= b.length || (i < a.length && table[i + 1]![j]! >= table[i]![j + 1]!)) last[0].push(a[i++]!);
      else last[1].push(b[j++]!);
    }
  }
  return { shared: table[0]![0]!, stretches };
}

/**
 * One remark quoted with two short changes ("We have no choice but to shrink" / "We have no option but to get smaller";
 * "the last trick is knowing when to leave the stage" / "the best trick is knowing when to get off the stage"): along
 * the words they share in order, the two differ in at most two stretches of at most QUOTE_MAX_CHANGED_WORDS words, a
 * content word among them, and the shared words are most of the longer wording (QUOTE_MIN_SHARED_SHARE).
 */
export function twoChangedPhrases(a: readonly { lower: string }[], b: readonly { lower: string }[]): boolean {
  const [sa, sb] = [stems(a), stems(b)];
  if (Math.min(sa.length, sb.length) < MIN_TWO_CHANGE_WORDS) return false;
  const { shared, stretches } = changedStretches(sa, sb);
  if (stretches.length === 0 || stretches.length > MAX_CHANGED_STRETCHES || shared / Math.max(sa.length, sb.length) < QUOTE_MIN_SHARED_SHARE) return false;
  if (stretches.some(([x, y]) => Math.max(x.length, y.length) > QUOTE_MAX_CHANGED_WORDS)) return false;
  const content = new Set([...a, ...b].filter((w) => !FUNCTION.has(w.lower)).map((w) => stem(foldWord(w.lower))));
  return stretches.some(([x, y]) => [...x, ...y].some((w) => content.has(w)));
}
