import type { Range } from '../ingest/types.js';

export interface Citation extends Range {
  /** Marker numbers as strings: "[2, 3]" → ["2", "3"]. */
  markers: string[];
}

/** "[1]", "[2, 3]", "[4-6]", "[4–6]" (an en dash also folds to "-" in the view). */
export const MARKER = /\[\s*(\d{1,3}(?:\s*[-\u2013,]\s*\d{1,3})*)\s*\]/g;

/** Citation markers in the view, with their ranges. */
export function findCitations(view: string): Citation[] {
  const out: Citation[] = [];
  for (const m of view.matchAll(MARKER)) {
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, markers: expandMarkers(m[1] ?? '') });
  }
  return out;
}

/** The view with each marker replaced by spaces of the same length, so the parser never sees "[2, 3]" as numbers. */
export function blankCitations(view: string, citations: readonly Citation[]): string {
  if (citations.length === 0) return view;
  let out = '';
  let at = 0;
  for (const c of citations) {
    out += view.slice(at, c.start) + ' '.repeat(c.end - c.start);
    at = c.end;
  }
  return out + view.slice(at);
}

/** "2, 3" → ["2", "3"]; "4-6" → ["4", "5", "6"] (ranges capped so a hostile "1-999" stays small). */
export function expandMarkers(list: string): string[] {
  const out: string[] = [];
  for (const part of list.split(',')) {
    const [a, b] = part.split(/[-\u2013]/).map((s) => Number.parseInt(s.trim(), 10));
    if (a === undefined || Number.isNaN(a)) continue;
    const last = b === undefined || Number.isNaN(b) ? a : Math.min(b, a + MAX_RANGE);
    for (let n = a; n <= last; n++) out.push(String(n));
  }
  return out;
}
const MAX_RANGE = 20;
