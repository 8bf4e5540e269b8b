// Runs the extract stage on one suite item, keeping what it skipped, and keeps only what lies inside the item's text.
import { resolveOptions } from '../src/api/options.js';
import { extractDocumentClaims } from '../src/extract/claims.js';
import { prepareDocument } from '../src/ingest/prepare.js';
import { buildLexicon } from '../src/lexicon/index.js';
import type { Claim } from '../src/model/claim.js';
import type { Skipped } from '../src/model/report.js';
import { segmentDocument } from '../src/segment/segment.js';
import type { GoldItem } from './eval-extraction-suite.js';

/** Relative dates in the suite resolve against this day (a Wednesday); the gold writes them as words. */
export const SUITE_REFERENCE_DATE = '2024-06-12';

export interface Extracted {
  claims: Claim[];
  skipped: Skipped[];
}

/** Claims and skipped spans of one document: the same steps as the public extractClaims, with the skips kept. */
export function extractWithSkips(id: string, text: string, referenceDate?: string): Extracted {
  const options = resolveOptions(referenceDate ? { referenceDate } : {});
  const doc = prepareDocument({ id, text }, options);
  const context = { lexicon: buildLexicon(options), maxClaims: options.limits.maxClaimsPerDocument, ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}) };
  const { claims, skipped } = extractDocumentClaims(segmentDocument(doc, options.limits), context);
  return { claims, skipped };
}

/** The item read as one document (context, a space, text); only claims and skips that start inside the text count. */
export function extractItem(item: GoldItem): Extracted {
  const offset = item.context === undefined ? 0 : item.context.length + 1;
  const document = item.context === undefined ? item.text : `${item.context} ${item.text}`;
  const all = extractWithSkips(item.id, document, SUITE_REFERENCE_DATE);
  return {
    claims: all.claims.filter((c) => c.span.start >= offset),
    skipped: all.skipped.filter((s) => s.span.start >= offset),
  };
}
