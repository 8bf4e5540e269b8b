import type { Token } from '../segment/tokens.js';
import { ARTICLE_ONES, FRACTION_DENOMINATORS, SCALE_WORDS, UNIT_WORDS } from '../lexicon/number-words.js';
import { UNITS } from '../lexicon/units.js';
import { closeTogether } from './phrase-index.js';
import type { NumberRead } from './quantity-numbers.js';

const HALF = 0.5;
/** Tokens of "and a half". */
const AND_A_HALF = ['and', 'a', 'half'];

/** Tokens i … i + n - 1 exist and stand close together (no punctuation or line break between them). */
function closeRun(tokens: readonly Token[], i: number, n: number, view: string): boolean {
  for (let k = i + 1; k < i + n; k++) if (!tokens[k] || !closeTogether(view, tokens[k - 1]!, tokens[k]!)) return false;
  return tokens[i] !== undefined;
}

/** The numerator before a fraction noun: "a"/"an"/"one" is 1, "three" is 3 (CGEL ch. 5, fractions). */
function numerator(tok: Token): number | undefined {
  return ARTICLE_ONES.has(tok.lower) ? 1 : UNIT_WORDS.get(tok.lower);
}

/**
 * "a quarter of a million" (250,000), "three quarters of a billion", "two thirds of a million": a fraction noun of an
 * article and a scale word is that share of the scale, one figure (never "a million" alone); of an article and a unit
 * ("three quarters of an hour") it is that share of one unit, the unit read after it as usual.
 */
export function readFraction(tokens: readonly Token[], i: number, view: string): NumberRead | undefined {
  // The numerator and fraction noun first: most words are neither, and the run check and its five tokens cost more.
  const n = tokens[i] && numerator(tokens[i]!);
  const d = tokens[i + 1] && FRACTION_DENOMINATORS.get(tokens[i + 1]!.lower);
  if (!n || !d || !closeRun(tokens, i, 5, view)) return undefined;
  const [of, article, after] = [tokens[i + 2]!, tokens[i + 3]!, tokens[i + 4]!];
  if (of.lower !== 'of' || !ARTICLE_ONES.has(article.lower)) return undefined;
  const scale = SCALE_WORDS.get(after.lower);
  if (scale !== undefined) return { value: (n * scale) / d, next: i + 5, digits: false, scaled: true, scale };
  return UNITS.has(after.lower) ? { value: n / d, next: i + 4, digits: false, scaled: false, scale: 1 } : undefined;
}

/** "three quarters of residents": a whole number right before a fraction noun and "of" is a share's numerator, no count. */
export function isShareNumerator(tokens: readonly Token[], next: number): boolean {
  return FRACTION_DENOMINATORS.has(tokens[next]?.lower ?? '') && tokens[next + 1]?.lower === 'of';
}

function andAHalfAt(tokens: readonly Token[], at: number, view: string): boolean {
  return closeRun(tokens, at - 1, AND_A_HALF.length + 1, view) && AND_A_HALF.every((w, k) => tokens[at + k]!.lower === w);
}

/**
 * "two and a half" (2.5), "one and a half million" (1.5 million), "a million and a half" (1.5 million): "and a half"
 * after a whole number adds half of it, or half of its scale; a scale word after the half multiplies the whole.
 */
export function withHalf(tokens: readonly Token[], read: NumberRead, view: string): NumberRead {
  if (read.high !== undefined || !Number.isInteger(read.value / read.scale)) return read;
  if (!andAHalfAt(tokens, read.next, view)) return unitThenHalf(tokens, read, view);
  const next = read.next + AND_A_HALF.length;
  if (read.scaled) return { ...read, value: read.value + HALF * read.scale, next };
  const scaleTok = tokens[next];
  const scale = scaleTok && closeTogether(view, tokens[next - 1]!, scaleTok) ? SCALE_WORDS.get(scaleTok.lower) : undefined;
  if (scale === undefined) return { ...read, value: read.value + HALF, next };
  return { ...read, value: (read.value + HALF) * scale, next: next + 1, scaled: true, scale };
}

/** "an hour and a half", "a year and a half": the article and unit are one, and "and a half" after the unit adds half. */
export function readUnitAndAHalf(tokens: readonly Token[], i: number, view: string): NumberRead | undefined {
  const [article, unit] = [tokens[i], tokens[i + 1]];
  if (!article || !unit || !ARTICLE_ONES.has(article.lower) || !closeTogether(view, article, unit) || !UNITS.has(unit.lower)) return undefined;
  if (!andAHalfAt(tokens, i + 2, view)) return undefined;
  return { value: 1 + HALF, next: i + 1, digits: false, scaled: false, scale: 1, trailing: AND_A_HALF.length };
}

/** "two hours and a half": "and a half" after a whole number's one-word unit adds half a unit. */
function unitThenHalf(tokens: readonly Token[], read: NumberRead, view: string): NumberRead {
  const unit = tokens[read.next];
  if (read.scaled || !unit || !UNITS.has(unit.lower) || !andAHalfAt(tokens, read.next + 1, view)) return read;
  return { ...read, value: read.value + HALF, trailing: AND_A_HALF.length };
}
