import { BANDS } from '../../src/model/conflict.js';
import type { Band, Conflict, Report } from '../../src/model/types.js';

// Expected band counts come from the report itself, so a refit that moves a score across a cut-off changes the
// fixture (regenerated) but no test; each test still compares these exact counts with what a renderer shows.

const rank = (band: Band): number => BANDS.indexOf(band);

/** How many of the report's conflicts fall in each band. */
export function bandCounts(report: Report): Record<Band, number> {
  const counts: Record<Band, number> = { low: 0, medium: 0, high: 0 };
  for (const conflict of report.conflicts) counts[conflict.band]++;
  return counts;
}

/** The report's conflicts at or above `band`, in report order. */
export function atOrAbove(report: Report, band: Band): Conflict[] {
  return report.conflicts.filter((conflict) => rank(conflict.band) >= rank(band));
}

/** The counts a renderer hides at `band`: every band below it, zero at and above. */
export function hiddenBelow(report: Report, band: Band): Record<Band, number> {
  const counts = bandCounts(report);
  return { low: rank('low') < rank(band) ? counts.low : 0, medium: rank('medium') < rank(band) ? counts.medium : 0, high: 0 };
}

/** The consensus proposition a conflict is grouped under, or undefined when it is in no group. */
export function propositionOf(report: Report, conflictId: string): string | undefined {
  return report.consensus.find((entry) => entry.conflicts.includes(conflictId))?.proposition;
}
