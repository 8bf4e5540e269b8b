import type { PreparedDocument } from '../ingest/types.js';
import type { Claim } from '../model/claim.js';
import type { Conflict } from '../model/conflict.js';
import type { Options } from '../model/options.js';
import type { Report, Skipped } from '../model/report.js';
import { remapSpans } from '../ingest/remap.js';
import { buildConsensus } from './consensus.js';
import { provenance } from './provenance.js';

export interface ReportParts {
  docs: readonly PreparedDocument[];
  claims: Claim[];
  conflicts: Conflict[];
  skipped: Skipped[];
  truncated: Report['truncated'];
  options: Options;
  timings: Record<string, number>;
}

/** Assembles the Report: documents, claims, conflicts, consensus, skipped, coverage, provenance, timings. */
export function buildReport(parts: ReportParts): Report {
  const characters = parts.docs.reduce((n, d) => n + nonSpace(d.text, 0, d.text.length), 0);
  const analysed = parts.claims.reduce((n, c) => n + nonSpace(c.span.text, 0, c.span.text.length), 0);
  const maps = new Map(parts.docs.flatMap((d) => (d.markup ? [[d.id, d.markup] as const] : [])));
  return {
    documents: parts.docs.map((d) => {
      const entry: Report['documents'][number] = { id: d.id, source: d.source, characters: d.markup?.original.length ?? d.text.length, citations: d.citations };
      if (d.publishedAt) entry.publishedAt = d.publishedAt;
      return entry;
    }),
    // Labels and coverage read the prose; every span the caller gets points into the text as given.
    claims: remapSpans(parts.claims, maps),
    conflicts: remapSpans(parts.conflicts, maps),
    consensus: buildConsensus(parts.claims, parts.conflicts),
    skipped: remapSpans(parts.skipped, maps),
    truncated: parts.truncated,
    coverage: { characters, analysed, share: characters === 0 ? 1 : Math.min(1, round(analysed / characters)) },
    provenance: provenance(parts.options),
    timings: Object.fromEntries(Object.entries(parts.timings).map(([k, v]) => [k, round(v)])),
  };
}

function nonSpace(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (!/\s/.test(text[i]!)) n++;
  return n;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
