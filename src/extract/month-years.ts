import { isoDay, type CalendarDay } from './calendar.js';

const NEXT_BEFORE = /\bnext\s+$/i;
const LAST_BEFORE = /\blast\s+$/i;
/** Characters before a date phrase searched for "next" or "last". */
const MODIFIER_REACH = 6;

const shifted = (d: CalendarDay, years: number): CalendarDay => ({ year: d.year + years, month: d.month, day: Math.min(d.day, d.month === 2 ? 28 : d.day) });

/**
 * A month named without its year is the nearest one on the side the clause points to: "next April", or "in April" in a
 * clause of future time ("will reopen in April"), told in June is next year's April, and so is "next April" told in
 * April; "last June" told in June is the year before's (Quirk et al. 1985 § 7.96 on deictic "next" / "last"). chrono reads the month of the reference's year.
 */
export function monthOnItsSide(text: string, start: number, from: CalendarDay, to: CalendarDay, reference: CalendarDay, forward: boolean): [CalendarDay, CalendarDay] {
  const before = text.slice(Math.max(0, start - MODIFIER_REACH), start);
  const today = isoDay(reference);
  // "next April" told in April is next year's: "next" skips the month in progress, a future clause does not.
  if (NEXT_BEFORE.test(before) ? isoDay(from) <= today : forward && isoDay(to) < today) return [shifted(from, 1), shifted(to, 1)];
  if (LAST_BEFORE.test(before) && isoDay(to) >= today) return [shifted(from, -1), shifted(to, -1)];
  return [from, to];
}
