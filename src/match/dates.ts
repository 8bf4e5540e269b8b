import { WEEKDAYS } from '../lexicon/date-cues.js';
import type { Claim, Time } from '../model/claim.js';

/** Two dates can be compared: both state (or resolve) their year, or both lack one and carry the placeholder year. */
export function datesComparable(x: Time, y: Time): boolean {
  return (x.yearless ?? false) === (y.yearless ?? false);
}

/** The comparable date pairs of two claims. */
function comparablePairs(a: Claim, b: Claim): [Time, Time][] {
  return a.times.flatMap((x) => b.times.filter((y) => datesComparable(x, y)).map((y) => [x, y] as [Time, Time]));
}

/** Both claims are dated comparably, and no date of one overlaps a comparable date of the other. */
export function datesClash(a: Claim, b: Claim): boolean {
  const pairs = comparablePairs(a, b);
  return pairs.length > 0 && pairs.every(([x, y]) => x.to < y.from || y.to < x.from);
}

/** Some comparable date of one claim shares no day with a date of the other ("closes on June 16" … "reopens in July"). */
export function someDifferentDates(a: Claim, b: Claim): boolean {
  return comparablePairs(a, b).some(([x, y]) => x.to < y.from || y.to < x.from);
}

/**
 * Capitalised weekday names written in a claim's proposition ("on Monday", "Tue."), as day numbers 0–6; not in its
 * attribution ("a spokesman said on Monday" dates the report, not the event).
 */
function weekdaysNamed(claim: Claim): ReadonlySet<number> {
  const out = new Set<number>();
  for (const word of claim.proposition.span.text.match(WEEKDAY_WORD) ?? []) {
    const day = WEEKDAYS.get(word.toLowerCase());
    if (day !== undefined) out.add(day);
  }
  return out;
}
const WEEKDAY_WORD = /\b[A-Z][a-z]+day\b|\b(?:Sun|Mon|Tues?|Wed|Thu(?:rs)?|Fri|Sat)\./g;

/**
 * Two explicit weekdays that no date resolved (neither document has a publication date to count back from): "did not
 * lower the wheels on Monday" / "lowered the wheels on Tuesday" are two occasions, as the two dates they would resolve
 * to are. The same weekday, or a claim that names none, says nothing. A dated document's weekdays resolve, and its
 * dates decide.
 */
export function weekdaysApart(a: Claim, b: Claim): boolean {
  if (a.publishedAt !== undefined || b.publishedAt !== undefined || comparablePairs(a, b).length > 0) return false;
  const [da, db] = [weekdaysNamed(a), weekdaysNamed(b)];
  return da.size > 0 && db.size > 0 && ![...da].some((d) => db.has(d));
}
