import { z } from 'zod';
import { ClaimSchema } from './claim.js';
import { ConflictSchema } from './conflict.js';
import { ResolvedSourceSchema } from './source.js';
import { SpanSchema } from './span.js';

export const SKIP_REASONS = [
  'no-proposition',
  'question',
  'unsupported-language',
  'too-long',
  'claim-limit',
  'heading',
  'no-text',
  'boilerplate',
  'directive',
] as const;
export const SkipReasonSchema = z.enum(SKIP_REASONS);
export type { SkipReason } from './types.js';

export const SkippedSchema = z
  .object({ documentId: z.string(), span: SpanSchema, reason: SkipReasonSchema })
  .meta({ id: 'Skipped' });
export type { Skipped } from './types.js';

export const ConsensusSchema = z
  .object({
    proposition: z.string().describe('a readable label for the proposition'),
    claims: z.array(z.string()),
    supporting: z.array(z.string()).describe('source ids that hold the majority state'),
    contradicting: z.array(z.string()).describe('source ids on the other side of a conflict'),
    conflicts: z.array(z.string()),
  })
  .meta({ id: 'Consensus' });
export type { Consensus } from './types.js';

export const ReportDocumentSchema = z.object({
  id: z.string(),
  source: ResolvedSourceSchema,
  publishedAt: z.string().optional(),
  characters: z.number().int().nonnegative(),
  citations: z.record(z.string(), ResolvedSourceSchema),
});

export const ReportSchema = z
  .object({
    documents: z.array(ReportDocumentSchema),
    claims: z.array(ClaimSchema),
    conflicts: z.array(ConflictSchema),
    consensus: z.array(ConsensusSchema),
    skipped: z.array(SkippedSchema),
    truncated: z.array(z.object({ what: z.string(), limit: z.number(), dropped: z.number() })),
    coverage: z.object({
      characters: z.number().int().nonnegative(),
      analysed: z.number().int().nonnegative(),
      share: z.number().min(0).max(1),
    }),
    provenance: z.object({
      version: z.string(),
      lexiconHash: z.string(),
      options: z.record(z.string(), z.unknown()),
    }),
    timings: z.record(z.string(), z.number()),
  })
  .meta({ id: 'Report' });
export type { Report } from './types.js';
