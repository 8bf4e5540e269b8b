import { z } from 'zod';
import { DocumentSchema } from './document.js';
import { SourceSchema } from './source.js';
import { IsoDateSchema } from './span.js';

/** A claim a pipeline already has: analysed as one claim, never split. */
export const ClaimInputSchema = z
  .object({
    id: z.string().min(1),
    text: z.string(),
    source: z.union([SourceSchema, z.string().min(1)]),
    publishedAt: IsoDateSchema.optional(),
    attribution: z.string().min(1).optional().describe('who asserts it, if the pipeline knows: "the ministry"'),
  })
  .meta({ id: 'ClaimInput' });

export const AnalyzeInputSchema = z.union([
  z.string(),
  z.object({ documents: z.array(DocumentSchema) }).strict(),
  z.object({ claims: z.array(ClaimInputSchema) }).strict(),
]);
export type { AnalyzeInput } from './types.js';
