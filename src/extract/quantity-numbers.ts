import type { Range } from '../ingest/types.js';
import type { Token } from '../segment/tokens.js';
import {
  ARTICLE_ONES,
  CURRENCY_SCALE_ABBREVIATIONS,
  SCALE_ABBREVIATIONS,
  SCALE_WORDS,
  SMALL_AMOUNTS,
  TENS_WORDS,
  UNIT_WORDS,
  VAGUE_HIGH_MULTIPLE,
  VAGUE_LOW_MULTIPLE,
  VAGUE_MULTIPLIERS,
  VAGUE_PLURALS,
} from '../lexicon/number-words.js';
import { UNITS } from '../lexicon/units.js';
import { closeTogether } from './phrase-index.js';
import { readFraction, readUnitAndAHalf, withHalf } from './quantity-fractions.js';

/** A number read from tokens: a single value, or an interval for vague words ("hundreds"). */
export interface NumberRead {
  value: number;
  /** Upper end for vague numbers ("hundreds" → 200 … 999). */
  high?: number;
  /** Index of the first token after the number (and its scale word). */
  next: number;
  /** The number was written in digits (years, dates, scores and phones are only checked for these). */
  digits: boolean;
  /** A scale word or abbreviation was applied ("2 million", "$1.5bn"). */
  scaled: boolean;
  /** The multiplier of that scale (1 when none). */
  scale: number;
  /** Tokens after the unit that still belong to the figure ("an hour and a half": "and a half"). */
  trailing?: number;
}

// Digits with optional thousands groups and decimals; anything else ("1,2,3", "3:30") is not a quantity.
const PLAIN_DIGITS = /^\d{1,15}(?:\.\d{1,6})?$/;
const GROUPED_DIGITS = /^\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,6})?$/;

/** The value of a digit token, or undefined when it is not a well-formed number. */
export function parseDigits(lower: string): number | undefined {
  if (PLAIN_DIGITS.test(lower)) return Number(lower);
  if (GROUPED_DIGITS.test(lower)) return Number(lower.replaceAll(',', ''));
  return undefined;
}

/**
 * Reads the number starting at token i, if any. `money` lets "m"/"b" be scales ("$15m"); `bounded` says a bound phrase
 * stands before it, so an article before a unit is the figure one ("under an hour", "more than a year").
 */
export function readNumber(tokens: readonly Token[], i: number, view: string, money: boolean, bounded = false): NumberRead | undefined {
  const tok = tokens[i];
  if (!tok) return undefined;
  if (tok.kind === 'number') return half(tokens, readDigits(tokens, i, view, money), view);
  if (tok.kind !== 'word') return undefined;
  const fixed = readFraction(tokens, i, view) ?? readUnitAndAHalf(tokens, i, view) ?? readHalf(tokens, i, view) ?? readSmallAmount(tokens, i, view) ?? readVague(tokens, i, view);
  return fixed ?? half(tokens, readArticleScale(tokens, i, view) ?? (bounded ? readArticleUnit(tokens, i, view) : undefined) ?? readWords(tokens, i, view), view);
}

const half = (tokens: readonly Token[], read: NumberRead | undefined, view: string) => (read ? withHalf(tokens, read, view) : undefined);

/** The article and the unit (or scale word) right after it, close together: "an hour", "a million". */
function articleBefore(tokens: readonly Token[], i: number, view: string): Token | undefined {
  const [article, next] = [tokens[i], tokens[i + 1]];
  return article && next && ARTICLE_ONES.has(article.lower) && closeTogether(view, article, next) ? next : undefined;
}

/** "under an hour": after a bound phrase an article before a unit is one of it (Quirk et al. 1985, § 5.23, "a" as "one"). */
function readArticleUnit(tokens: readonly Token[], i: number, view: string): NumberRead | undefined {
  const unit = articleBefore(tokens, i, view);
  return unit && UNITS.has(unit.lower) ? { value: 1, next: i + 1, digits: false, scaled: false, scale: 1 } : undefined;
}

/** "half a million" (500,000), "half an hour" (0.5 hour): "half" before an article and a scale word or unit. */
function readHalf(tokens: readonly Token[], i: number, view: string): NumberRead | undefined {
  if (tokens[i]!.lower !== 'half' || !tokens[i + 1] || !closeTogether(view, tokens[i]!, tokens[i + 1]!)) return undefined;
  const after = articleBefore(tokens, i + 1, view);
  if (after === undefined) return undefined;
  const scale = SCALE_WORDS.get(after.lower);
  if (scale !== undefined) return { value: HALF * scale, next: i + 3, digits: false, scaled: true, scale };
  return UNITS.has(after.lower) ? { value: HALF, next: i + 2, digits: false, scaled: false, scale: 1 } : undefined;
}
const HALF = 0.5;

/** "a couple of officers", "a handful of protesters": a small vague amount; the counted noun is read after "of". */
function readSmallAmount(tokens: readonly Token[], i: number, view: string): NumberRead | undefined {
  const word = articleBefore(tokens, i, view);
  const amount = word && SMALL_AMOUNTS.get(word.lower);
  const of = tokens[i + 2];
  if (!amount || of?.lower !== 'of' || !closeTogether(view, word!, of)) return undefined;
  return { value: amount[0], high: amount[1], next: i + 2, digits: false, scaled: false, scale: 1 };
}

function readDigits(tokens: readonly Token[], i: number, view: string, money: boolean): NumberRead | undefined {
  const tok = tokens[i]!;
  const value = parseDigits(tok.lower);
  if (value === undefined) return undefined;
  const next = tokens[i + 1];
  if (next && next.start === tok.end) {
    const scale = SCALE_ABBREVIATIONS.get(next.lower) ?? (money ? CURRENCY_SCALE_ABBREVIATIONS.get(next.lower) : undefined);
    if (scale !== undefined) return { value: value * scale, next: i + 2, digits: true, scaled: true, scale };
  }
  const scale = next && closeTogether(view, tok, next) ? SCALE_WORDS.get(next.lower) : undefined;
  if (scale !== undefined) return { value: value * scale, next: i + 2, digits: true, scaled: true, scale };
  return { value, next: i + 1, digits: true, scaled: false, scale: 1 };
}

/** First words of the two-word vague multipliers ("a" of "a few"). */
const VAGUE_OPENERS: ReadonlySet<string> = new Set([...VAGUE_MULTIPLIERS.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!));

/** "hundreds", "tens of thousands", "several hundred", "a few thousand". */
function readVague(tokens: readonly Token[], i: number, view: string): NumberRead | undefined {
  const tok = tokens[i]!;
  const plural = VAGUE_PLURALS.get(tok.lower);
  if (plural !== undefined) {
    let scale = plural;
    let next = i + 1;
    const of = tokens[next];
    const inner = tokens[next + 1];
    const innerScale = inner ? VAGUE_PLURALS.get(inner.lower) : undefined;
    if (of?.lower === 'of' && innerScale !== undefined && innerScale > plural && closeTogether(view, tok, of)) {
      scale *= innerScale;
      next += 2;
    }
    return { value: VAGUE_LOW_MULTIPLE * scale, high: VAGUE_HIGH_MULTIPLE * scale - 1, next, digits: false, scaled: true, scale };
  }
  // The two-word phrase is made only after a word that opens one ("a few"), not after every word of the clause.
  const twoWord = VAGUE_OPENERS.has(tok.lower) && tokens[i + 1] && closeTogether(view, tok, tokens[i + 1]!) ? `${tok.lower} ${tokens[i + 1]!.lower}` : '';
  const [multiplier, width] = VAGUE_MULTIPLIERS.has(tok.lower) ? [VAGUE_MULTIPLIERS.get(tok.lower), 1] : [VAGUE_MULTIPLIERS.get(twoWord), 2];
  const scaleTok = tokens[i + width];
  const scale = multiplier && scaleTok ? SCALE_WORDS.get(scaleTok.lower) : undefined;
  if (!multiplier || scale === undefined) return undefined;
  return { value: multiplier[0] * scale, high: multiplier[1] * scale, next: i + width + 1, digits: false, scaled: true, scale };
}

/** "a dozen", "a hundred", "a million". */
function readArticleScale(tokens: readonly Token[], i: number, view: string): NumberRead | undefined {
  const tok = tokens[i]!;
  const next = tokens[i + 1];
  if (!ARTICLE_ONES.has(tok.lower) || !next || !closeTogether(view, tok, next)) return undefined;
  const scale = SCALE_WORDS.get(next.lower);
  return scale === undefined ? undefined : { value: scale, next: i + 2, digits: false, scaled: true, scale };
}

/** "three", "twenty-five", "two hundred and fifty", "two million". */
function readWords(tokens: readonly Token[], i: number, view: string): NumberRead | undefined {
  let total = 0;
  let current = 0;
  let next = i;
  let scaled = false;
  let lastScale = 1;
  for (let j = i; j < tokens.length; j++) {
    const tok = tokens[j]!;
    if (j > i && !closeTogether(view, tokens[j - 1]!, tok)) break;
    const small = smallNumber(tok.lower);
    const scale = SCALE_WORDS.get(tok.lower);
    if (small !== undefined && (j === i || current % 100 === 0 || tokens[j - 1]!.lower === 'and')) {
      current += small;
    } else if (scale !== undefined && j > i && tokens[j - 1]!.lower !== 'and') {
      scaled = true;
      lastScale = scale;
      if (scale < 1000) current = (current || 1) * scale;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else if (tok.lower === 'and' && j > i && SCALE_WORDS.has(tokens[j - 1]!.lower) && isNumberWord(tokens[j + 1]?.lower)) {
      continue;
    } else break;
    next = j + 1;
  }
  if (next === i) return undefined;
  return { value: total + current, next, digits: false, scaled, scale: lastScale };
}

/** 0–99 written as one word or hyphenated ("twenty-five"). */
function smallNumber(lower: string): number | undefined {
  const direct = UNIT_WORDS.get(lower) ?? TENS_WORDS.get(lower);
  if (direct !== undefined) return direct;
  const dash = lower.indexOf('-');
  if (dash < 0) return undefined;
  const tens = TENS_WORDS.get(lower.slice(0, dash));
  const unit = UNIT_WORDS.get(lower.slice(dash + 1));
  return tens !== undefined && unit !== undefined && unit > 0 && unit < 10 ? tens + unit : undefined;
}

function isNumberWord(lower: string | undefined): boolean {
  return lower !== undefined && smallNumber(lower) !== undefined;
}

/** Scale words from a thousand up: written hyphened inside a premodifier ("a $5-million grant"). */
const LARGE_SCALES = [...SCALE_WORDS].filter(([, value]) => value >= 1e3).map(([word]) => word);
/** A hyphen between a figure and a large scale word, or between that word and a unit ("4-million-euro"). */
const HYPHENED_SCALE = new RegExp(`(?<=[\\p{N}\\p{L}])-(?=(?:${LARGE_SCALES.join('|')})\\b)|(?<=\\b(?:${LARGE_SCALES.join('|')}))-(?=\\p{L})`, 'giu');

/**
 * The view with the hyphens of a hyphened scale as spaces ("the 4-million-euro refurbishment" reads as "4 million
 * euro"): a compound premodifier is hyphened (AP Stylebook "millions, billions"), the amount is the spaced one's. One
 * character for one, so every offset stays. Only view[range] is changed.
 */
export function spacedScales(view: string, range: Range = { start: 0, end: view.length }): string {
  // Only the range is read: a document's view is searched once per claim, so the whole of it would cost its length each time.
  const part = view.slice(range.start, range.end);
  if (!part.includes('-')) return view;
  const spaced = part.replace(HYPHENED_SCALE, ' ');
  return spaced === part ? view : view.slice(0, range.start) + spaced + view.slice(range.end);
}
