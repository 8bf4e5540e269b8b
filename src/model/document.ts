import { z } from 'zod';
import { SourceSchema } from './source.js';
import { IsoDateSchema } from './span.js';

/**
 * One report of an event. `citations` maps a marker ("2" for `[2]`) to the source it points at,
 * for a synthesized article that cites its sources inline.
 */
export const DocumentSchema = z
  .object({
    id: z.string().min(1),
    source: z.union([SourceSchema, z.string().min(1)]).optional(),
    text: z.string(),
    publishedAt: IsoDateSchema.optional(),
    citations: z.record(z.string(), SourceSchema).optional(),
  })
  .meta({ id: 'Document' });
export type { DocumentInput } from './types.js';
export type { Document } from './types.js';
