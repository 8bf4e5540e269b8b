import type { Attribution, Claim } from '../model/claim.js';
import { spanOf } from '../model/span.js';
import type { Clause, SegmentedDocument } from '../segment/segment.js';
import type { FoundAttribution } from './attribution.js';
import { descriptionReferent, referentFor, type Referents } from './referents.js';

/** A clause's attribution as the claim carries it: its sources and markers, holder (a pronoun or description resolved), verb and time. */
export function buildAttribution(seg: SegmentedDocument, clause: Clause, found: FoundAttribution | null, referents: Referents): Attribution {
  const { doc } = seg;
  const sourceIds = clause.markers.length > 0 ? clause.markers.map((m) => (Object.hasOwn(doc.citations, m) ? doc.citations[m]!.id : `${doc.id}#${m}`)) : [doc.source.id];
  const base = { sourceIds, markers: clause.markers, ambiguous: false };
  if (doc.wholeClaim?.attribution) {
    return { ...base, holder: doc.wholeClaim.attribution, holderKind: 'named', stance: 'reported' };
  }
  if (!found) return { ...base, holder: doc.source.name, holderKind: 'author', stance: 'asserted' };
  const written = doc.text.slice(found.holder.start, found.holder.end);
  const attribution: Attribution = {
    ...base,
    holder: (found.pronoun ? referentFor(written, referents) : descriptionReferent(written, referents)) ?? written,
    holderKind: found.holderKind,
    holderSpan: spanOf(doc.text, found.holder.start, found.holder.end),
    stance: found.stance,
  };
  if (found.verbLemma) attribution.verb = found.verbLemma;
  if (found.verb) attribution.verbSpan = spanOf(doc.text, found.verb.start, found.verb.end);
  if (found.time) attribution.timeSpan = spanOf(doc.text, found.time.start, found.time.end);
  if (found.via) attribution.via = doc.text.slice(found.via.start, found.via.end);
  return attribution;
}

/** Contrasted attributions in one sentence that share one citation: which source says which is not stated. */
export function markShared(claims: Claim[]): void {
  if (claims.length < 2) return;
  const holders = new Set(claims.map((c) => c.attribution.holder.toLowerCase()));
  if (holders.size < 2) return;
  const byMarkers = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.attribution.markers.length < 2) continue;
    const key = c.attribution.markers.join(',');
    byMarkers.set(key, [...(byMarkers.get(key) ?? []), c]);
  }
  for (const group of byMarkers.values()) if (group.length > 1) for (const c of group) c.attribution.ambiguous = true;
}
