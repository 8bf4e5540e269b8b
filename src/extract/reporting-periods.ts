import type { Time } from '../model/claim.js';
import { spanOf } from '../model/span.js';
import { MONTHS, PERIOD_MONTHS } from '../lexicon/date-cues.js';
import { isoDay, monthInterval, shiftMonth, type CalendarDay } from './calendar.js';

const PERIODS = [...PERIOD_MONTHS.keys()].map((p) => p.replace(/[ -]/g, '[ -]')).join('|');
const MONTH_NAMES = [...MONTHS.keys()].filter((m) => !m.endsWith('.')).join('|');
/** "the year to March", "the 12 months to 31 March 2025", "the quarter ending in September", "the six months to the end of April". */
const PERIOD_TO_MONTH = new RegExp(
  `\\bthe\\s+(${PERIODS})\\s+(?:to|ending|ended)(?:\\s+in)?(?:\\s+the\\s+end\\s+of)?\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?(${MONTH_NAMES})(?:\\s+((?:19|20)\\d{2}))?(?![\\w-])`,
  'gi',
);

/** "the March-to-May period", "March to May 2025": a run of months named by its first and last. */
const MONTH_TO_MONTH = new RegExp(`\\b(${MONTH_NAMES})(?:-to-|\\s+to\\s+)(${MONTH_NAMES})(?:\\s+((?:19|20)\\d{2}))?(?![\\w-])`, 'gi');

/**
 * Reporting periods named by the month they end in, in `slice` (at `offset` of `text`): the months up to and including
 * that one ("the year to March" published in May 2026 is April 2025 to March 2026). Without a year the period is the
 * latest whose last month has begun by the reference day; with neither, none is read.
 */
export function periodsEndingIn(text: string, slice: string, offset: number, reference: CalendarDay | undefined): Time[] {
  const out: Time[] = [];
  PERIOD_TO_MONTH.lastIndex = 0;
  for (let m = PERIOD_TO_MONTH.exec(slice); m !== null; m = PERIOD_TO_MONTH.exec(slice)) {
    const length = PERIOD_MONTHS.get(m[1]!.toLowerCase().replace(/\s+/g, ' '))!;
    const month = MONTHS.get(m[3]!.toLowerCase())!;
    const year = m[4] !== undefined ? Number(m[4]) : reference === undefined ? undefined : month <= reference.month ? reference.year : reference.year - 1;
    if (year === undefined) continue;
    const first = shiftMonth(year, month, 1 - length);
    const [, lastDay] = monthInterval(year, month);
    const end = m[2] !== undefined ? { year, month, day: Math.min(Number(m[2]), lastDay.day) } : lastDay;
    const span = spanOf(text, offset + m.index, offset + m.index + m[0].length);
    out.push({ from: isoDay({ ...first, day: 1 }), to: isoDay(end), granularity: 'month', relative: m[4] === undefined, span });
  }
  return [...out, ...monthRuns(text, slice, offset, reference).filter((t) => !out.some((o) => o.span.start <= t.span.start && t.span.end <= o.span.end))];
}

/**
 * "the March-to-May period": the months from the first named to the last, in the year given or else the latest run
 * whose last month has begun by the reference day (a first month after the last falls in the year before).
 */
function monthRuns(text: string, slice: string, offset: number, reference: CalendarDay | undefined): Time[] {
  const out: Time[] = [];
  MONTH_TO_MONTH.lastIndex = 0;
  for (let m = MONTH_TO_MONTH.exec(slice); m !== null; m = MONTH_TO_MONTH.exec(slice)) {
    const [first, last] = [MONTHS.get(m[1]!.toLowerCase())!, MONTHS.get(m[2]!.toLowerCase())!];
    const year = m[3] !== undefined ? Number(m[3]) : reference === undefined ? undefined : last <= reference.month ? reference.year : reference.year - 1;
    if (year === undefined) continue;
    const [from] = monthInterval(first <= last ? year : year - 1, first);
    const [, to] = monthInterval(year, last);
    out.push({ from: isoDay(from), to: isoDay(to), granularity: 'month', relative: m[3] === undefined, span: spanOf(text, offset + m.index, offset + m.index + m[0].length) });
  }
  return out;
}
