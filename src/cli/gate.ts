import { BANDS, type Band, type Conflict } from '../model/conflict.js';
import type { FailOn } from './args.js';

export const EXIT = { ok: 0, gate: 1, usage: 2 } as const;

/** True when a band is at or above `floor`. */
export function atOrAbove(band: Band, floor: Band): boolean {
  return BANDS.indexOf(band) >= BANDS.indexOf(floor);
}

/** The conflicts that fail the gate: new (not known from a baseline) and at or above --fail-on, whatever is displayed. */
export function gateFailures(conflicts: readonly Conflict[], failOn: FailOn): Conflict[] {
  if (failOn === 'none') return [];
  return conflicts.filter((c) => !c.known && atOrAbove(c.band, failOn));
}

/** The one-line summary the gate prints on stderr. */
export function gateSummary(failures: readonly Conflict[], failOn: FailOn): string {
  if (failOn === 'none') return 'gate off (--fail-on none)';
  if (failures.length === 0) return `no new conflict at or above ${failOn}`;
  return `${failures.length} new conflict${failures.length === 1 ? '' : 's'} at or above ${failOn}`;
}
