import type { Claim } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { weekdaysIn } from '../match/dates.js';
import { clockMentionsIn, mentionsApart } from './clock-times.js';

/**
 * Two reports made at different stated times ("On Monday police said 12 were dead" / "On Tuesday police said 40 were
 * dead"; "said at 9 a.m." / "said at 3 p.m."): what changes as news comes in — a running count, a pending decision —
 * may differ between them as an update, not a contradiction (DESIGN.md's hard negatives: "explicit updates"). Only
 * times the text states count, on both sides: one undated report, or two on the same day and hour, says nothing.
 */
export function reportedApart(a: Claim, b: Claim): boolean {
  const [x, y] = [a.attribution.timeSpan, b.attribution.timeSpan];
  if (x === undefined || y === undefined) return false;
  const [dx, dy] = [weekdayOf(x), weekdayOf(y)];
  if (dx !== undefined && dy !== undefined && dx !== dy) return true;
  return mentionsApart(clockMentionsIn(x), clockMentionsIn(y));
}

/** The weekday a report's time phrase names ("late Monday", "on Tue."), if any. */
function weekdayOf(span: Span): number | undefined {
  return weekdaysIn(span.text)[0]?.day;
}
