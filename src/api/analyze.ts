import { extractDocumentClaims } from '../extract/claims.js';
import { prepareInput } from '../ingest/prepare.js';
import type { PreparedDocument } from '../ingest/types.js';
import { buildLexicon } from '../lexicon/index.js';
import type { Claim } from '../model/claim.js';
import type { AnalyzeInput } from '../model/input.js';
import type { Options, OptionsInput } from '../model/options.js';
import type { Report, Skipped } from '../model/report.js';
import type { ResolvedSource } from '../model/source.js';
import { buildReport } from '../report/build-report.js';
import { segmentDocument } from '../segment/segment.js';
import { MAX_PARTNERS, findConflicts } from './conflicts.js';
import { resolveOptions } from './options.js';

/**
 * Reads one article (a string), several reports (`{ documents }`) or ready-made claims (`{ claims }`), and
 * reports every claim, every conflict between claims about the same event, and everything skipped.
 */
export function analyze(input: AnalyzeInput, options?: OptionsInput): Report {
  const started = performance.now();
  const resolved = resolveOptions(options);
  const docs = prepareInput(input, resolved);
  const prepared = performance.now();
  const { claims, skipped, truncated } = extractAll(docs, resolved);
  const extracted = performance.now();
  const run = findConflicts(claims, sourceTable(docs), buildLexicon(resolved), resolved);
  // Each limit named with the pairs it left uncompared.
  if (run.droppedByPartners > 0) truncated.push({ what: 'candidate partners per claim', limit: MAX_PARTNERS, dropped: run.droppedByPartners });
  const overMaxPairs = run.droppedPairs - run.droppedByPartners;
  if (overMaxPairs > 0) truncated.push({ what: 'candidate pairs', limit: resolved.limits.maxPairs, dropped: overMaxPairs });
  const detected = performance.now();
  return buildReport({
    docs,
    claims,
    conflicts: run.conflicts,
    skipped,
    truncated,
    options: resolved,
    timings: {
      ingestMs: prepared - started,
      extractMs: extracted - prepared,
      detectMs: detected - extracted,
      totalMs: performance.now() - started,
    },
  });
}

export interface ExtractAll {
  claims: Claim[];
  skipped: Skipped[];
  truncated: Report['truncated'];
}

/** Segments and extracts every document, each parsed once. */
export function extractAll(docs: readonly PreparedDocument[], options: Options): ExtractAll {
  const lexicon = buildLexicon(options);
  const claims: Claim[] = [];
  const skipped: Skipped[] = [];
  const truncated: Report['truncated'] = [];
  for (const doc of docs) {
    const seg = segmentDocument(doc, options.limits);
    const context = { lexicon, maxClaims: options.limits.maxClaimsPerDocument, ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}) };
    const result = extractDocumentClaims(seg, context);
    claims.push(...result.claims);
    skipped.push(...result.skipped);
    if (result.dropped > 0) truncated.push({ what: `claims of document ${doc.id}`, limit: options.limits.maxClaimsPerDocument, dropped: result.dropped });
  }
  return { claims, skipped, truncated };
}

/** Every source a claim can be credited to: each document's own, and each of its citations. */
export function sourceTable(docs: readonly PreparedDocument[]): Map<string, ResolvedSource> {
  const table = new Map<string, ResolvedSource>();
  // Where two documents give one source id different details, the document with the smaller id wins, whatever the input order.
  const ordered = [...docs].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  for (const doc of ordered) {
    for (const source of [doc.source, ...Object.values(doc.citations)]) if (!table.has(source.id)) table.set(source.id, source);
  }
  return table;
}
