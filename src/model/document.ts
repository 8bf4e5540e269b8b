import { z } from 'zod';
import { SourceSchema } from './source.js';
import { IsoDateSchema } from './span.js';

/** How a document's text is written: markup is stripped before reading, and spans point into the text as given. */
export const INPUT_FORMATS = ['text', 'markdown', 'html'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

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
    format: z.enum(INPUT_FORMATS).optional().describe('"markdown" or "html": markup is stripped, spans still point into `text`; default "text"'),
  })
  .meta({ id: 'Document' });
export type { DocumentInput } from './types.js';
export type { Document } from './types.js';
