import { z } from 'zod';
import { ClaimSchema } from '../model/claim.js';
import { OptionsSchema } from '../model/options.js';
import { ResolvedSourceSchema } from '../model/source.js';
import { IsoDateSchema } from '../model/span.js';
import type { AllTrue, Same } from '../model/same-type.js';
import type { Claim, Options, ResolvedSource } from '../model/types.js';

export const INDEX_FORMAT = 'gainsay-conflict-index';
export const INDEX_VERSION = 1;

/** One indexed document: its sources and its claims, never its text (the claims carry their spans). */
export const IndexedDocumentSchema = z
  .object({
    id: z.string().min(1),
    source: ResolvedSourceSchema,
    citations: z.record(z.string(), ResolvedSourceSchema),
    publishedAt: IsoDateSchema.optional(),
    claims: z.array(ClaimSchema),
  })
  .strict();
export interface IndexedDocument {
  id: string;
  source: ResolvedSource;
  citations: Record<string, ResolvedSource>;
  publishedAt?: string | undefined;
  claims: Claim[];
}

/** What `ConflictIndex.toJSON()` writes and `ConflictIndex.fromJSON()` accepts. */
export const IndexSnapshotSchema = z
  .object({
    format: z.literal(INDEX_FORMAT),
    version: z.literal(INDEX_VERSION),
    options: OptionsSchema,
    documents: z.array(IndexedDocumentSchema),
  })
  .strict()
  .superRefine((snapshot, ctx) => {
    const seen = new Set<string>();
    snapshot.documents.forEach((doc, i) => {
      if (seen.has(doc.id)) ctx.addIssue({ code: 'custom', path: ['documents', i, 'id'], message: `duplicate document id "${doc.id}"` });
      seen.add(doc.id);
      doc.claims.forEach((claim, j) => {
        if (claim.documentId !== doc.id) {
          ctx.addIssue({ code: 'custom', path: ['documents', i, 'claims', j, 'documentId'], message: `claim belongs to "${claim.documentId}", not "${doc.id}"` });
        }
      });
    });
  });
export interface IndexSnapshot {
  format: typeof INDEX_FORMAT;
  version: typeof INDEX_VERSION;
  options: Options;
  documents: IndexedDocument[];
}

// Named interfaces for readable declarations, checked to be exactly the schemas' inferred types.
type SnapshotMatchesSchemas = AllTrue<[Same<IndexedDocument, z.output<typeof IndexedDocumentSchema>>, Same<IndexSnapshot, z.output<typeof IndexSnapshotSchema>>]>;
