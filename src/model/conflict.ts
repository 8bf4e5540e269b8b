import { z } from 'zod';
import { SpanSchema } from './span.js';

export const CONFLICT_KINDS = [
  'polarity',
  'opposition',
  'status',
  'numeric',
  'temporal',
  'location',
  'quote',
  'attribution',
  'actor',
] as const;
export const ConflictKindSchema = z.enum(CONFLICT_KINDS);
export type { ConflictKind } from './types.js';

export const BANDS = ['low', 'medium', 'high'] as const;
export const BandSchema = z.enum(BANDS);
export type { Band } from './types.js';

export const FactorSchema = z
  .object({
    name: z.string(),
    value: z.number().describe('the factor in [0, 1]'),
    weight: z.number(),
    contribution: z.number().describe('weight × log(value), its share of the logit'),
    note: z.string().optional(),
  })
  .meta({ id: 'Factor' });
export type { Factor } from './types.js';

export const EvidenceSchema = z
  .object({ claim: z.string(), documentId: z.string(), span: SpanSchema, role: z.string() })
  .meta({ id: 'Evidence' });
export type { Evidence } from './types.js';

export const ConflictSchema = z
  .object({
    id: z.string(),
    kind: ConflictKindSchema,
    claims: z.tuple([z.string(), z.string()]),
    documents: z.tuple([z.string(), z.string()]),
    sources: z.tuple([z.array(z.string()), z.array(z.string())]),
    evidence: z.array(EvidenceSchema),
    score: z.number().min(0).max(1),
    band: BandSchema,
    factors: z.array(FactorSchema),
    also: z.array(ConflictKindSchema).describe('other kinds that fired on the same pair'),
    message: z.string(),
    fingerprint: z.string(),
    known: z.boolean().optional().describe('listed in a baseline of reviewed conflicts'),
  })
  .meta({ id: 'Conflict' });
export type { Conflict } from './types.js';
