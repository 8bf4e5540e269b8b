import type { Claim } from '../model/claim.js';
import { futureVerbGroup } from './intended-events.js';
import { pastVerbGroup } from './past-time.js';
import { FUTURE_MODALS, FUTURE_SEMI_AUXILIARIES } from '../lexicon/future-markers.js';

// "were told the bell would weigh 600 kilograms": a future in the past or an arrangement is told, not what happened.
const PROSPECTIVE = new RegExp(`\\b(?:would|${FUTURE_MODALS.join('|')}|(?:${FUTURE_SEMI_AUXILIARIES.join('|')}) to)\\b`, 'i');
const dayOf = (claim: Claim): string | undefined => claim.publishedAt?.slice(0, 10);

/**
 * "The trust will plant 400 oaks this winter" in autumn against "the trust planted 310 oaks" in spring: a
 * report of what will happen is a prediction about a time still to come (Quirk et al. 1985 § 4.42 on "will" as
 * prediction), and a report published later that tells what did happen is its outcome, not a rival account
 * (detect/gates.ts asks this of figures only: a date set and then missed is still a clash of dates). Only
 * when the past-time claim's report is dated after the future-time claim's (on the same day the two are rivals) and
 * the time the claims name is over by then: they give a date, and none ends after the later report's day ("will
 * receive £20,000 this year" is no plan whose outcome a report in the same year can tell).
 */
export function planThenOutcome(a: Claim, b: Claim): boolean {
  const [plan, outcome] = futureVerbGroup(a) ? [a, b] : futureVerbGroup(b) ? [b, a] : [undefined, undefined];
  if (!plan || !outcome || futureVerbGroup(outcome) || !pastVerbGroup(outcome) || PROSPECTIVE.test(outcome.text)) return false;
  const [planned, told] = [dayOf(plan), dayOf(outcome)];
  if (planned === undefined || told === undefined || told <= planned) return false;
  // The outcome is told once the time the two name is over: some date is given, and none ends after the later report's day.
  const dated = [...plan.times, ...outcome.times].filter((t) => t.yearless !== true);
  return dated.length > 0 && dated.every((t) => t.to.slice(0, 10) <= told);
}
