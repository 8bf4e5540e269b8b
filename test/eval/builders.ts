import type { Claim, CertaintyLevel, ReportingStance } from '../../src/model/claim.js';
import type { Band, Conflict, ConflictKind } from '../../src/model/conflict.js';
import type { Report } from '../../src/model/report.js';
import { spanOf } from '../../src/model/span.js';

/** A claim covering text[start, end) of its document, with every other field empty or neutral. */
export function claimAt(id: string, documentId: string, text: string, start: number, end: number, certainty: { level?: CertaintyLevel; stance?: ReportingStance } = {}): Claim {
  const span = spanOf(text, start, end);
  return {
    id,
    documentId,
    text: span.text,
    span,
    attribution: { holder: 'the author', holderKind: 'author', stance: certainty.stance ?? 'asserted', sourceIds: [documentId], markers: [], ambiguous: false },
    proposition: { span, negated: false, state: 'affirmed' },
    certainty: { level: certainty.level ?? 'asserted', value: 1, cues: [] },
    quantities: [],
    times: [],
    places: [],
    quotes: [],
    keys: span.text.toLowerCase().split(/\W+/).filter((w) => w.length > 0),
  };
}

/** A conflict between two claims, documents taken from the claims. */
export function conflictOf(id: string, kind: ConflictKind, a: Claim, b: Claim, score: number, band: Band): Conflict {
  return {
    id,
    kind,
    claims: [a.id, b.id],
    documents: [a.documentId, b.documentId],
    sources: [[a.documentId], [b.documentId]],
    evidence: [],
    score,
    band,
    factors: [],
    also: [],
    message: `${kind} conflict`,
    fingerprint: id,
  };
}

export function reportOf(claims: Claim[], conflicts: Conflict[]): Report {
  return {
    documents: [],
    claims,
    conflicts,
    consensus: [],
    skipped: [],
    truncated: [],
    coverage: { characters: 0, analysed: 0, share: 0 },
    provenance: { version: 'test', lexiconHash: 'test', options: {} },
    timings: {},
  };
}
