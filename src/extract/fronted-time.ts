/**
 * Where a holder starts after words that date the report or link it to the story: "On Monday police said …", "At 3
 * p.m. officials said …", "Later the mayor said …". Split from holder-span.ts.
 */
import { LONE_ADVERB_OPENERS } from '../lexicon/attribution-cues.js';
import { NAMED_CLOCK_TIMES } from '../lexicon/clock-words.js';
import { MONTHS, PARTS_OF_DAY, RELATIVE_DAY_WORDS, RELATIVE_PERIOD_MODIFIERS, RELATIVE_PERIODS, WEEKDAYS } from '../lexicon/date-cues.js';
import type { Token } from '../segment/tokens.js';

const LONE_ADVERBS: ReadonlySet<string> = new Set(LONE_ADVERB_OPENERS);
/** Words that may open a fronted time phrase before its preposition ("late on Friday", "earlier on Monday"). */
const TIME_LEADS: ReadonlySet<string> = new Set(['late', 'early', 'earlier', 'later']);
/** Prepositions of a fronted time phrase (Quirk et al. 1985, § 9.37: at, on, in, by, during with points and periods of time). */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'at', 'in', 'by', 'during', 'since']);
/**
 * Meridiem tokens, the named points of the day (lexicon/clock-words.ts) and the two zones that are no English words;
 * "West", "Cat" or "Eat" would be read as times in "In West Bengal officials said".
 */
const CLOCK_WORDS: ReadonlySet<string> = new Set(['a.m', 'p.m', 'a.m.', 'p.m.', 'am', 'pm', ...Object.keys(NAMED_CLOCK_TIMES), 'gmt', 'utc']);
const PERIOD_WORDS: ReadonlySet<string> = new Set([...PARTS_OF_DAY.filter((p) => !p.includes(' ')), ...RELATIVE_PERIODS, ...RELATIVE_PERIOD_MODIFIERS, 'the', 'of']);

/** A word that names a day, a date or a time by itself: a weekday, a capitalised month, a number, a clock word, "yesterday". */
function namesATime(t: Token): boolean {
  return WEEKDAYS.has(t.lower) || (MONTHS.has(t.lower) && t.capitalized) || t.kind === 'number' || CLOCK_WORDS.has(t.lower) || RELATIVE_DAY_WORDS.includes(t.lower);
}

/** "April Ross", "May Chen": a month's name before a capitalised word that names no time is a given name. */
function givenNameOfMonth(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1];
  return MONTHS.has(tokens[j]!.lower) && next !== undefined && next.capitalized && next.kind === 'word' && !namesATime(next);
}

/**
 * "On Monday police said …", "At 3 p.m. officials said …", "Yesterday the ministry said …": a time phrase fronted
 * without a comma dates the report; the holder starts after it. Returns `start` unless a whole time phrase (with a
 * day, date, clock time or relative day in it) stands there and words remain for the holder.
 */
export function afterFrontedTime(tokens: readonly Token[], start: number, end: number): number {
  if (start < 0) return start;
  // "Later the mayor said", "Afterwards Nora Quill told": a lone adverb of time or linking opens the clause.
  if (LONE_ADVERBS.has(tokens[start]?.lower ?? '') && start + 1 < end && tokens[start + 1]!.kind === 'word') return start + 1;
  let i = start;
  if (TIME_LEADS.has(tokens[i]?.lower ?? '') && TIME_PREPOSITIONS.has(tokens[i + 1]?.lower ?? '')) i++;
  const opened = TIME_PREPOSITIONS.has(tokens[i]?.lower ?? '');
  if (opened) i++;
  let j = i;
  let named = false;
  const last = Math.min(end, tokens.length);
  while (j < last && (namesATime(tokens[j]!) || PERIOD_WORDS.has(tokens[j]!.lower)) && !givenNameOfMonth(tokens, j)) {
    // "last week", "this month": a relative period names a time as a weekday does.
    named ||= namesATime(tokens[j]!) || (RELATIVE_PERIODS.includes(tokens[j]!.lower) && RELATIVE_PERIOD_MODIFIERS.includes(tokens[j - 1]?.lower ?? ''));
    j++;
  }
  if (!named || j >= last || tokens[j]!.kind !== 'word') return start;
  // Without a preposition only a relative day or period opens the clause ("Yesterday police said", "Last week …").
  if (!opened && !RELATIVE_DAY_WORDS.includes(tokens[start]?.lower ?? '') && !RELATIVE_PERIOD_MODIFIERS.includes(tokens[start]?.lower ?? '')) return start;
  return j;
}
