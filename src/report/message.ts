import { trailingRunStart } from '../ingest/edges.js';
import type { Claim } from '../model/claim.js';
import type { DetectorHit } from '../detect/types.js';

const TRAILING = /[\s.;,:]/;
const trimTrailing = (s: string) => s.slice(0, trailingRunStart(s, (ch) => TRAILING.test(ch)));

/** A plain-English account an editor can read: who says what, on each side, and what kind of clash it is. */
export function conflictMessage(a: Claim, b: Claim, hit: DetectorHit): string {
  const side = (c: Claim) => `${c.attribution.holder}${markers(c)} ${verb(c)} ${trimTrailing(c.proposition.span.text)}`;
  // A source's own name ("a.txt") is kept as written; a phrase ("some reports") starts the sentence capitalised.
  const first = a.attribution.holderKind === 'author' ? side(a) : capitalise(side(a));
  let message = `${first}; ${side(b)} (${hit.kind}: ${hit.detail}).`;
  if (a.attribution.ambiguous && b.attribution.ambiguous && sameMarkers(a, b)) {
    message += ` Which of sources ${listMarkers(a.attribution.markers)} says which is not stated.`;
  }
  return message;
}

function markers(c: Claim): string {
  return c.attribution.markers.length ? ` [${c.attribution.markers.join(', ')}]` : '';
}

function verb(c: Claim): string {
  const holder = c.attribution.holder.toLowerCase();
  const plural = c.attribution.holderKind === 'anonymous' && /s$/.test(holder);
  return plural ? 'say' : 'says';
}

function sameMarkers(a: Claim, b: Claim): boolean {
  return a.attribution.markers.join(',') === b.attribution.markers.join(',');
}

function listMarkers(list: readonly string[]): string {
  return list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
