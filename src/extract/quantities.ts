import type { Range, TextView } from '../ingest/types.js';
import { markMargins, markProportions, markRecurrence, markWindows } from './quantity-dimensions.js';
import type { Quantity } from '../model/claim.js';
import { spanOf } from '../model/span.js';
import { tokenize, type Token } from '../segment/tokens.js';
import {
  ABOUT_TOLERANCE,
  BASE_PRECISION,
  BOUND_PREFIXES,
  BOUND_SUFFIXES,
  CURRENCY_SIGNS,
  NON_NEGATIVE_DIMENSIONS,
  RANGE_OPENERS,
  UNITS,
  type BoundKind,
  type UnitInfo,
} from '../lexicon/units.js';
import { NOT_NOUNS, ONE_NOT_AFTER, TENS_WORDS, UNIT_WORDS } from '../lexicon/number-words.js';
import { readMeasured, readNoun } from './quantity-nouns.js';
import { closeTogether, matchPhrase, phraseIndex } from './phrase-index.js';
import { readNumber, spacedScales, type NumberRead } from './quantity-numbers.js';
import { exclusionEnd, readRangeEnd, readUnit } from './quantity-context.js';
import { poundsAsSterling } from './sterling.js';
import { collectiveBefore } from './collective-counts.js';
import { nameEnd } from './number-names.js';
import { withElidedNouns } from './elided-counts.js';

/**
 * Quantities in view[range]. A span runs from the bound words ("at least", "between") through the number,
 * its unit or currency, and — for counts — the counted noun ("just under 38,000 fans"); a measure's `noun` is what
 * follows "of" ("120 mm of rain"), outside the span; `value` is in the
 * written unit after scale words ("$1.5bn" → 1.5e9 USD); `base` is the allowed interval in the dimension's
 * base unit (seconds, metres, kilograms, °C, the currency's own unit), never converted across currencies.
 * "from 12 to 40" is read as two values (a change), not a range.
 */
export function extractQuantities(source: TextView, range: Range): Quantity[] {
  const doc = { ...source, view: spacedScales(source.view, range) };
  const tokens = splitGluedAbbreviations(tokenize(doc.view, range));
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; ) {
    const found = readQuantity(doc, tokens, i);
    if (found.quantity) out.push(found.quantity);
    i = Math.max(found.next, i + 1);
  }
  return withElidedNouns(doc, markProportions(doc, markWindows(doc, markMargins(doc, markRecurrence(doc, joinCompoundDurations(doc, out))))));
}

/** Gap text between the parts of one compound duration: " and ", ", " or a bare space ("2 hours 4 minutes"). */
const COMPOUND_JOINERS: ReadonlySet<string> = new Set(['', ',', 'and', ', and']);
/** Trimmed and its inner white space folded first, so the test is a set lookup and no regex can backtrack. */
const isCompoundJoiner = (gap: string): boolean => COMPOUND_JOINERS.has(gap.trim().split(/\s+/).join(' ').replace(/^, ?/, ', ').trim());

/**
 * "two years and six months" is one duration (30 months), not two: exact durations in falling units joined by
 * "and", a comma or nothing ("2 hours 4 minutes", as race times are written) are summed into one, in the smaller unit, spanning both.
 */
function joinCompoundDurations(doc: TextView, found: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (const q of found) {
    const prev = out[out.length - 1];
    if (prev && isExactDuration(prev) && isExactDuration(q) && prev.base.from! / prev.value > q.base.from! / q.value && isCompoundJoiner(doc.view.slice(prev.span.end, q.span.start))) {
      const base = prev.base.from! + q.base.from!;
      const perUnit = q.base.from! / q.value;
      out[out.length - 1] = { ...q, value: base / perUnit, base: { from: base, to: base }, span: spanOf(doc.text, prev.span.start, q.span.end) };
      continue;
    }
    out.push(q);
  }
  return out;
}

function isExactDuration(q: Quantity): boolean {
  return q.dimension === 'duration' && q.bound === 'exact' && q.value > 0 && q.base.from !== null && q.base.from === q.base.to && q.to === undefined;
}

const BOUNDS = phraseIndex(BOUND_PREFIXES);
const SUFFIXES = phraseIndex(BOUND_SUFFIXES);
const SIGNS = phraseIndex(CURRENCY_SIGNS);

interface Attempt {
  quantity?: Quantity;
  /** Token index to resume scanning at. */
  next: number;
}

function readQuantity(doc: TextView, tokens: readonly Token[], start: number): Attempt {
  const { view } = doc;
  const bound = matchPhrase(BOUNDS, tokens, start, view);
  const opener = !bound && RANGE_OPENERS.has(tokens[start]!.lower) ? start + 1 : undefined;
  const afterPrefix = bound?.next ?? opener ?? start;
  const sign = matchPhrase(SIGNS, tokens, afterPrefix, view);
  const numberAt = sign?.next ?? afterPrefix;
  const num = readNumber(tokens, numberAt, view, sign !== undefined, bound !== undefined);
  if (!num || (afterPrefix > start && !closeTogether(view, tokens[afterPrefix - 1]!, tokens[afterPrefix]!))) {
    return { next: start + 1 };
  }
  const context = { tokens, view, numberAt, num, qualified: bound !== undefined || sign !== undefined };
  const rangeEnd = readRangeEnd(tokens, num.next, view, opener !== undefined, sign !== undefined);
  if (rangeEnd === 'score') return { next: num.next + 2 };
  const excludedTo = exclusionEnd(context, rangeEnd?.num);
  if (excludedTo !== undefined) return { next: excludedTo };
  if (opener !== undefined && !rangeEnd) return { next: start + 1 };
  const last = rangeEnd?.num ?? num;
  const suffix = rangeEnd ? undefined : matchPhrase(SUFFIXES, tokens, last.next, view);
  const afterNumber = suffix?.next ?? last.next;
  const unitHit = readUnit(tokens, afterNumber, view);
  // "sold for a thousand pounds": spelt-out pounds after a word of price are sterling, not weight.
  const sterling = !sign && unitHit !== undefined && poundsAsSterling(tokens, start, afterNumber);
  const unit: UnitInfo | undefined = sign || sterling ? { unit: sign?.value ?? 'GBP', dimension: 'money', factor: 1 } : unitHit?.value;
  const afterUnit = unitHit && (!sign || unitHit.value.dimension === 'money') ? unitHit.next + (num.trailing ?? 0) : afterNumber;
  if (!unit && !num.scaled && isIdiomaticOne(tokens, numberAt, num)) return { next: num.next };
  const noun = unit ? readMeasured(tokens, afterUnit, view) : readNoun(tokens, afterUnit, view, num.high !== undefined);
  const named = unit || rangeEnd || start !== numberAt ? undefined : nameEnd({ tokens, view, numberAt, num, noun: noun?.word });
  if (named !== undefined) return { next: named };
  // The span of a measure ends at its unit: "120 mm" is the figure, "of rain" only says what it measures.
  const end = unit ? afterUnit : (noun?.next ?? afterUnit);
  const minus = unit?.dimension === 'temperature' && start === numberAt && hasMinusSign(tokens, numberAt, view);
  const polarity = minus ? -1 : 1;
  const low = polarity * (rangeEnd && !num.scaled && last.scaled ? scaleLike(num, last) : num.value);
  const kind = boundOf(bound?.value ?? suffix?.value, rangeEnd !== undefined || num.high !== undefined);
  const high = rangeEnd ? last.value : num.high;
  const from = minus ? numberAt - 1 : start;
  // "A crowd of 61,000 saw …": the group noun before "of" is what is counted, whatever word follows the number.
  const counted = (unit ? undefined : collectiveBefore(tokens, start)) ?? noun?.word;
  const quantity = build(kind, low, high, unit, counted, spanOf(doc.text, tokens[from]!.start, tokens[end - 1]!.end));
  return { quantity, next: end };
}

type Bound = Quantity['bound'];

// "15m." reaches the tokenizer as the abbreviation "m.": split the dot off a single letter glued to digits.
const LETTER_DOT = /^\p{L}\.$/u;

function splitGluedAbbreviations(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const [i, tok] of tokens.entries()) {
    const prev = tokens[i - 1];
    if (prev?.kind === 'number' && prev.end === tok.start && LETTER_DOT.test(tok.lower)) {
      out.push({ ...tok, end: tok.end - 1, lower: tok.lower.slice(0, 1) });
      out.push({ start: tok.end - 1, end: tok.end, lower: '.', kind: 'punct', capitalized: false });
    } else out.push(...splitWordNumberUnit(tok));
  }
  return out;
}

const isNumberWord = (w: string) => UNIT_WORDS.has(w) || TENS_WORDS.has(w);

/**
 * "nine-year", "twenty-five-day": a number word hyphened to a unit reaches the tokenizer as one word; split it into
 * the number, the hyphen and the rest, the shape "9-year" already has, so the unit is read the same way.
 */
function splitWordNumberUnit(tok: Token): Token[] {
  // Without a hyphen there is no number word to split off.
  if (tok.kind !== 'word' || !tok.lower.includes('-')) return [tok];
  const parts = tok.lower.split('-');
  const numberParts = parts.findIndex((w) => !isNumberWord(w));
  // The unit must end the word: "five-year-old" is an age adjective, not a duration.
  if (numberParts < 1 || numberParts !== parts.length - 1 || !UNITS.has(parts[numberParts]!)) return [tok];
  const cut = tok.start + parts.slice(0, numberParts).join('-').length;
  const local = cut - tok.start;
  return [
    { ...tok, end: cut, lower: tok.lower.slice(0, local) },
    { start: cut, end: cut + 1, lower: '-', kind: 'punct', capitalized: false },
    { start: cut + 1, end: tok.end, lower: tok.lower.slice(local + 1), kind: 'word', capitalized: false },
  ];
}

/** "-5°C": a minus glued to the digits and standing after a space or at the start. */
function hasMinusSign(tokens: readonly Token[], at: number, view: string): boolean {
  const minus = tokens[at - 1];
  if (!minus || minus.lower !== '-' || minus.end !== tokens[at]!.start) return false;
  return minus.start === 0 || /\s/.test(view.charAt(minus.start - 1));
}

function boundOf(prefix: BoundKind | undefined, interval: boolean): Bound {
  if (interval) return prefix === 'at-least' ? 'at-least' : 'range';
  return prefix ?? 'exact';
}

function build(bound: Bound, value: number, to: number | undefined, unit: UnitInfo | undefined, noun: string | undefined, span: Quantity['span']): Quantity {
  const dimension = unit?.dimension ?? 'count';
  const toBase = (v: number) => round(v * (unit?.factor ?? 1) + (unit?.offset ?? 0));
  const floor = NON_NEGATIVE_DIMENSIONS.has(dimension) ? 0 : null;
  const slack = Math.abs(value) * ABOUT_TOLERANCE;
  const base =
    bound === 'exact' ? { from: toBase(value), to: toBase(value) }
    : bound === 'at-least' ? { from: toBase(value), to: null }
    : bound === 'at-most' ? { from: floor, to: toBase(value) }
    : bound === 'about' ? { from: toBase(value - slack), to: toBase(value + slack) }
    : { from: toBase(value), to: toBase(to ?? value) };
  const q: Quantity = { value, dimension, base, bound, span };
  if (bound === 'range' && to !== undefined) q.to = to;
  if (unit) q.unit = unit.unit;
  if (noun) q.noun = noun;
  return q;
}

function round(x: number): number {
  return Number(x.toPrecision(BASE_PRECISION));
}

/** "2 to 3 million": the first end takes the second's scale when it is smaller than the second's digits. */
function scaleLike(first: NumberRead, second: NumberRead): number {
  return first.value < second.value / second.scale ? first.value * second.scale : first.value;
}

/** "no one", "one of them", "one another": idioms, not counts. */
function isIdiomaticOne(tokens: readonly Token[], at: number, num: NumberRead): boolean {
  if (num.digits || num.value !== 1 || tokens[at]!.lower !== 'one') return false;
  const before = tokens[at - 1]?.lower;
  const after = tokens[at + 1];
  return (before !== undefined && ONE_NOT_AFTER.has(before)) || !after || after.kind !== 'word' || NOT_NOUNS.has(after.lower);
}
