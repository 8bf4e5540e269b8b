import type { Token } from '../segment/tokens.js';
import { MONTHS } from '../lexicon/date-cues.js';
import {
  CAPITALISED_LABEL_WORDS,
  CLOCK_WORDS,
  LABEL_WORDS,
  ORDINAL_SUFFIXES,
  PHONE_MIN_GROUPS,
  SCORE_MAX,
  YEAR_MAX,
  YEAR_MIN,
  OLDER_YEAR_MIN,
  YEAR_PREPOSITIONS,
} from '../lexicon/number-words.js';
import { ATTACHED_UNITS, CURRENCY_SIGNS, RANGE_JOINERS, RANGE_OPENER_JOINER, UNITS, type UnitInfo } from '../lexicon/units.js';
import { closeTogether, matchPhrase, phraseIndex, type PhraseHit } from './phrase-index.js';
import { readNumber, type NumberRead } from './quantity-numbers.js';
import { opensSentence } from './number-names.js';
import { isShareNumerator } from './quantity-fractions.js';

const UNIT_INDEX = phraseIndex(UNITS);
const SIGNS = phraseIndex(CURRENCY_SIGNS);
const HYPHEN = '-';
// A letter, digit or sign glued before the digits makes them part of a code ("x5", "+44", "#3").
const GLUED_BEFORE = /[\p{L}\p{N}+#@/]/u;

export interface NumberContext {
  tokens: readonly Token[];
  view: string;
  /** Token index of the number's first token. */
  numberAt: number;
  num: NumberRead;
  /** A bound word or currency sign came first ("at least 2000", "$2025"), so year and date readings are off. */
  qualified: boolean;
}

/** The unit right after a number: glued single letters ("15m"), phrases ("km / h", "per cent"), "5-year". */
export function readUnit(tokens: readonly Token[], at: number, view: string): PhraseHit<UnitInfo> | undefined {
  const tok = tokens[at];
  const prev = tokens[at - 1];
  if (!tok || !prev || !closeTogether(view, prev, tok)) return undefined;
  if (tok.lower === HYPHEN && tok.start === prev.end) {
    const after = tokens[at + 1];
    return after && after.start === tok.end ? readUnit(tokens, at + 1, view) : undefined;
  }
  if (tok.start === prev.end && tok.kind === 'word') {
    const glued = ATTACHED_UNITS.get(view.slice(tok.start, tok.end));
    if (glued) return { value: glued, next: at + 1 };
  }
  return matchPhrase(UNIT_INDEX, tokens, at, view);
}

/** The far end of a range after the first number ("30-40", "2 to 3 million", "between 30 and 40"); "score" for "7-2". */
export function readRangeEnd(tokens: readonly Token[], at: number, view: string, between: boolean, money: boolean): { num: NumberRead } | 'score' | undefined {
  const joiner = tokens[at];
  const first = tokens[at - 1];
  if (!joiner || !first || !closeTogether(view, first, joiner)) return undefined;
  const ok = between ? joiner.lower === RANGE_OPENER_JOINER : RANGE_JOINERS.has(joiner.lower) && !afterChangeOpener(tokens, at);
  if (!ok) return undefined;
  const sign = money ? matchPhrase(SIGNS, tokens, at + 1, view) : undefined;
  const numberAt = sign?.next ?? at + 1;
  const next = tokens[numberAt];
  if (!next || !closeTogether(view, joiner, tokens[at + 1]!)) return undefined;
  const second = readNumber(tokens, numberAt, view, money);
  if (!second) return undefined;
  const firstValue = parseFloat(first.lower.replaceAll(',', ''));
  if (joiner.lower === HYPHEN && isScorePair(first, next, firstValue, second)) return 'score';
  return second.value > firstValue || second.scaled ? { num: second } : undefined;
}

function isScorePair(first: Token, second: Token, firstValue: number, read: NumberRead): boolean {
  const small = (t: Token, v: number) => t.kind === 'number' && Number.isInteger(v) && v <= SCORE_MAX;
  return small(first, firstValue) && small(second, read.value) && !read.scaled && read.value <= firstValue;
}

/** "from 12 to 40": the "to" is the end of a change, not of a range. */
function afterChangeOpener(tokens: readonly Token[], joinerAt: number): boolean {
  const before = tokens[joinerAt - 2];
  return before?.lower === 'from' || (before?.kind === 'punct' && tokens[joinerAt - 3]?.lower === 'from');
}

/**
 * When the number is not a quantity, the token index to resume at: codes, ordinals, clock times, days of
 * month, years, labels and phone-like digit chains. Undefined when it is a quantity.
 */
export function exclusionEnd(ctx: NumberContext, second: NumberRead | undefined): number | undefined {
  const { tokens, view, numberAt, num } = ctx;
  const tok = tokens[numberAt]!;
  const resume = (second ?? num).next;
  if (isLabel(tokens, numberAt) || (!num.scaled && isShareNumerator(tokens, num.next))) return resume;
  if (!num.digits) return undefined;
  if (tok.start > 0 && GLUED_BEFORE.test(view.charAt(tok.start - 1))) return resume;
  const chainEnd = phoneChainEnd(tokens, numberAt, view);
  if (chainEnd !== undefined) return chainEnd;
  if (hasGluedNonUnit(tokens, num.next, view) || isClock(tokens, num.next)) return resume;
  if (ctx.qualified) return undefined;
  if (isDayOfMonth(tokens, numberAt, num.next)) return resume;
  if (isAgeApposition(tokens, numberAt, num)) return resume;
  if ((isYear(tok, num) || isOlderYear(tokens, numberAt, num)) && !unitFollows(tokens, num.next, view)) return resume;
  return undefined;
}

/** Oldest age a bare number between commas after a name is read as (AP Stylebook "ages": "Okafor, 81, died"). */
const MAX_APPOSED_AGE = 120;

/** "Lena Voss, 32, said …": a whole number between commas right after a name is the person's age, not a count. */
function isAgeApposition(tokens: readonly Token[], at: number, num: NumberRead): boolean {
  const [comma, name, after] = [tokens[at - 1], tokens[at - 2], tokens[num.next]];
  if (comma?.lower !== ',' || after?.lower !== ',' || !name?.capitalized || name.kind !== 'word' || MONTHS.has(name.lower)) return false;
  return Number.isInteger(num.value) && num.value > 0 && num.value <= MAX_APPOSED_AGE && num.high === undefined;
}

/** "Article 5" in any case; "Year 6", "Class 3" when capitalised in mid-sentence (a capital there marks a name). */
function isLabel(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  if (before === undefined) return false;
  return LABEL_WORDS.has(before.lower) || (before.capitalized && CAPITALISED_LABEL_WORDS.has(before.lower) && !opensSentence(tokens, at - 1));
}

/** "3rd", "1990s", "5G", "10am", "5-year-old": glued words that are neither scale nor unit. */
function hasGluedNonUnit(tokens: readonly Token[], at: number, view: string): boolean {
  const next = tokens[at];
  const prev = tokens[at - 1];
  if (!next || !prev || next.start !== prev.end) return false;
  if (next.kind === 'word') return ORDINAL_SUFFIXES.has(next.lower) || !readUnit(tokens, at, view);
  if (next.lower !== HYPHEN) return false;
  const after = tokens[at + 1];
  return after !== undefined && after.kind === 'word' && after.start === next.end && after.lower !== 'plus' && !readUnit(tokens, at, view);
}

function isClock(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at];
  return next !== undefined && CLOCK_WORDS.has(next.lower);
}

/** "May 16", "16 May", "the 16th of May". */
function isDayOfMonth(tokens: readonly Token[], at: number, after: number): boolean {
  const isMonth = (t: Token | undefined) => t !== undefined && t.capitalized && MONTHS.has(t.lower);
  const next = tokens[after];
  return isMonth(tokens[at - 1]) || isMonth(next) || (next?.lower === 'of' && isMonth(tokens[after + 1]));
}

function isYear(tok: Token, num: NumberRead): boolean {
  return !num.scaled && /^\d{4}$/.test(tok.lower) && num.value >= YEAR_MIN && num.value <= YEAR_MAX;
}

/** "since 1896", "before 1850": a year before YEAR_MIN after a preposition of time, with no plural noun after it. */
function isOlderYear(tokens: readonly Token[], at: number, num: NumberRead): boolean {
  const tok = tokens[at]!;
  const next = tokens[num.next];
  // "in 1850 homes": a plural after the number is what it counts.
  const counted = next !== undefined && next.kind === 'word' && !next.capitalized && /[^s]s$/.test(next.lower);
  return !num.scaled && /^\d{4}$/.test(tok.lower) && num.value >= OLDER_YEAR_MIN && YEAR_PREPOSITIONS.has(tokens[at - 1]?.lower ?? '') && !counted;
}

function unitFollows(tokens: readonly Token[], at: number, view: string): boolean {
  return readUnit(tokens, at, view) !== undefined;
}

/** End of a chain of three or more digit groups joined by single spaces, hyphens or dots ("555-010-4477"). */
function phoneChainEnd(tokens: readonly Token[], at: number, view: string): number | undefined {
  let groups = 1;
  let j = at;
  for (;;) {
    const sep = tokens[j + 1];
    const glued = sep && (sep.lower === HYPHEN || sep.lower === '.') && sep.start === tokens[j]!.end;
    const nextAt = glued ? j + 2 : j + 1;
    const next = tokens[nextAt];
    const gap = next ? next.start - tokens[nextAt - 1]!.end : -1;
    if (!next || next.kind !== 'number' || gap > (glued ? 0 : 1) || (!glued && view.charAt(next.start - 1) !== ' ')) break;
    groups += 1;
    j = nextAt;
  }
  return groups >= PHONE_MIN_GROUPS ? j + 1 : undefined;
}
