import { z } from 'zod';
import { IsoDateSchema } from './span.js';

export const SOURCE_KINDS = ['wire', 'newspaper', 'broadcast', 'official', 'social', 'blog', 'unknown'] as const;
export const SourceKindSchema = z.enum(SOURCE_KINDS);
export type { SourceKind } from './types.js';

/** Who published a document, as the caller describes it. */
export const SourceSchema = z
  .object({
    id: z.string().min(1).optional(),
    name: z.string().min(1),
    kind: SourceKindSchema.default('unknown'),
    url: z.string().optional(),
    reliability: z.number().min(0).max(1).optional(),
    publishedAt: IsoDateSchema.optional(),
    syndicatedFrom: z.string().min(1).optional(),
  })
  .meta({ id: 'Source' });
export type { SourceInput } from './types.js';
export type { Source } from './types.js';

/** A source after defaults are applied: it always has an id, a kind and a reliability. */
export const ResolvedSourceSchema = SourceSchema.extend({
  id: z.string().min(1),
  reliability: z.number().min(0).max(1),
}).meta({ id: 'ResolvedSource' });
export type { ResolvedSource } from './types.js';
