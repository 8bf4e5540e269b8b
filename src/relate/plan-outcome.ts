import type { Claim } from '../model/claim.js';
import { futureVerbGroup } from './intended-events.js';
import { pastVerbGroup } from './past-time.js';

const dayOf = (claim: Claim): string | undefined => claim.publishedAt?.slice(0, 10);

/**
 * "The patrol will staff 52 beaches this summer" in spring against "lifeguards staffed 49 beaches" in autumn: a
 * report of what will happen is a prediction about a time still to come (Quirk et al. 1985 § 4.42 on "will" as
 * prediction), and a report published later that tells what did happen is its outcome, not a rival account. Only
 * when the past-time claim's report is dated after the future-time claim's: on the same day the two are rivals.
 */
export function planThenOutcome(a: Claim, b: Claim): boolean {
  const [plan, outcome] = futureVerbGroup(a) ? [a, b] : futureVerbGroup(b) ? [b, a] : [undefined, undefined];
  if (!plan || !outcome || futureVerbGroup(outcome) || !pastVerbGroup(outcome)) return false;
  const [planned, told] = [dayOf(plan), dayOf(outcome)];
  return planned !== undefined && told !== undefined && told > planned;
}
