import type { Claim } from '../model/claim.js';
import { SINGLE_DAY_PHRASES, TOTAL_PERIOD_NOUNS, TOTAL_PERIOD_PREPOSITIONS } from '../lexicon/setting-nouns.js';

const PERIOD_TOTAL = new RegExp(
  `\\b(?:(?:${TOTAL_PERIOD_PREPOSITIONS.join('|')}) (?:the|this|last) (?:whole |entire )?|so far this )(?:${TOTAL_PERIOD_NOUNS.join('|')})\\b`,
  'i',
);
const SINGLE_DAY = new RegExp(`\\b(?:${SINGLE_DAY_PHRASES.join('|')})\\b`, 'i');

/** The claim counts over a whole period ("over the month the crew collected 900 bags"). */
const countsOverPeriod = (c: Claim): boolean => PERIOD_TOTAL.test(c.text);
/** The claim counts for one day: a single-day phrase, or a date of one day and no period total. */
const countsForOneDay = (c: Claim): boolean => SINGLE_DAY.test(c.text) || (c.times.some((t) => t.granularity === 'day' || t.granularity === 'time') && !countsOverPeriod(c));

/**
 * "on its busiest day the crew collected 85 bags" / "over the month the crew collected 900 bags": a figure for
 * one day of a period is part of the period's total (the day's count adds up into it), so it may be smaller.
 */
export function dayOfPeriod(part: Claim, whole: Claim): boolean {
  return countsForOneDay(part) && countsOverPeriod(whole) && !countsOverPeriod(part);
}
