import type { Claim } from '../model/claim.js';
import { pastVerbGroup, verbGroupBefore } from '../relate/past-time.js';

/**
 * "Bookings are running 12 per cent behind" (May) / "finished the season 3 per cent up" (October); "has raised £3,200 of
 * the £5,000 it needs" (March 2) / "closed on Friday with £5,400" (March 23): a figure told in the present progressive
 * or the present perfect is still moving when reported (Quirk et al. 1985 §§ 4.18, 4.26: the perfect and progressive
 * tell a state up to now, open to change), so a later report's past figure is where it ended, not a rival.
 */
export function runningThenEnded(a: Claim, b: Claim, kind?: string): boolean {
  const [da, db] = [a.publishedAt?.slice(0, 10), b.publishedAt?.slice(0, 10)];
  if (da === undefined || db === undefined || da === db) return false;
  const [earlier, later] = da < db ? [a, b] : [b, a];
  // "has decided to close" (earlier) / "no final decision had been taken" (later): a decision made is no open figure;
  // for where things stand, only an earlier side still open can have moved on.
  if (kind === 'status' && earlier.proposition.state !== 'pending') return false;
  return running(earlier) && !running(later) && pastVerbGroup(later);
}

const PRESENT_BE: ReadonlySet<string> = new Set(['is', 'are', 'am', "'s", "'re"]);
const PRESENT_HAVE: ReadonlySet<string> = new Set(['has', 'have', "'ve"]);

/** The claim's verb group is a present progressive ("are running") or a present perfect ("has raised"). */
function running(c: Claim): boolean {
  const p = c.proposition.predicate;
  if (!p) return false;
  const group = verbGroupBefore(c);
  const progressive = p.text.toLowerCase().endsWith('ing') && group.some((w) => PRESENT_BE.has(w));
  return progressive || group.some((w) => PRESENT_HAVE.has(w));
}
