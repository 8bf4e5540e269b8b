import type { Range } from '../ingest/types.js';
import { CLAUSE_AUXILIARIES } from '../lexicon/attribution-cues.js';
import { PARTS_OF_DAY, WEEKDAYS } from '../lexicon/date-cues.js';
import type { Token } from '../segment/tokens.js';
import { rangeOf } from './holder-span.js';
import { afterFrontedTime } from './fronted-time.js';

/**
 * The words that date a report rather than what it reports. A time adjunct belongs to the verb it stands next to
 * (Quirk et al. 1985, § 8.51): in "Police said Monday the bridge had reopened" or "Officials said at 3 p.m. that 12
 * were dead" it dates the saying, as a time phrase fronted before the holder does ("On Monday police said …").
 * American wire style puts the bare weekday straight after the verb ("said Monday", "said late Tuesday").
 */

/** Words that may open a report's time phrase before a bare weekday ("said late Monday"). */
const LEADS: ReadonlySet<string> = new Set(['late', 'early']);
/** One-word parts of the day after a weekday ("said Monday night"). */
const DAY_PARTS: ReadonlySet<string> = new Set(PARTS_OF_DAY.filter((p) => !p.includes(' ')));
/** "said Monday was the worst day": a weekday before a finite auxiliary is the clause's subject, no time phrase. */
const FINITE: ReadonlySet<string> = new Set(CLAUSE_AUXILIARIES);
const POSSESSIVE = /['’]s$/;

const ARTICLE_OR_OF: ReadonlySet<string> = new Set(['the', 'of']);

/** Past a bare weekday, with its lead and part of the day ("late Monday night"); `start` when none stands there. */
function afterBareWeekday(tokens: readonly Token[], start: number, end: number): number {
  let i = start;
  if (LEADS.has(tokens[i]?.lower ?? '')) i++;
  const day = tokens[i];
  if (!day?.capitalized || !WEEKDAYS.has(day.lower)) return start;
  i++;
  // "said Friday night's fire destroyed …": a possessive after the weekday makes it the subject's determiner.
  if (POSSESSIVE.test(tokens[i]?.lower ?? '')) return start;
  if (DAY_PARTS.has(tokens[i]?.lower ?? '')) i++;
  const next = tokens[i];
  if (i >= end || next === undefined || next.kind === 'punct' || FINITE.has(next.lower)) return start;
  return i;
}

/**
 * Where the reported clause starts when a time phrase dating the report stands right after the reporting verb
 * ("said Monday the …", "said on Tuesday the …", "said at 3 p.m. the …"); `start` when none does. Words must remain
 * after it for the clause.
 */
export function afterReportTime(tokens: readonly Token[], start: number, end: number): number {
  let phrase = afterFrontedTime(tokens, start, end);
  // "said at 3 p.m. the road was closed": the article opens the clause, though "on the morning of" may hold one.
  while (phrase > start && ARTICLE_OR_OF.has(tokens[phrase - 1]!.lower)) phrase--;
  return phrase > start ? phrase : afterBareWeekday(tokens, start, end);
}

/**
 * Past a weekday that closes a trailing frame ("…, police said Monday.", "…, she said late on Tuesday."): where it
 * ends, or `from` when the words after the verb are not just such a time phrase.
 */
export function afterClosingWeekday(tokens: readonly Token[], from: number): number {
  let i = LEADS.has(tokens[from]?.lower ?? '') ? from + 1 : from;
  if (tokens[i]?.lower === 'on') i++;
  const day = tokens[i];
  if (!day?.capitalized || !WEEKDAYS.has(day.lower)) return from;
  i++;
  if (DAY_PARTS.has(tokens[i]?.lower ?? '')) i++;
  return tokens[i] === undefined || tokens[i]!.kind === 'punct' ? i : from;
}

/** The text range of tokens[from, to) when it is not empty: the words that date a report. */
export function timeRange(tokens: readonly Token[], from: number, to: number): Range | undefined {
  return to > from && from >= 0 ? rangeOf(tokens, from, to) : undefined;
}
