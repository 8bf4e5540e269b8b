import { z } from 'zod';
import type { Span } from './types.js';

/** A range of the original input text, in UTF-16 code units, with the exact text of that range. */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string(),
  })
  .meta({ id: 'Span', description: 'UTF-16 offsets into the original text; text === original.slice(start, end).' });
export type { Span };

/** An ISO 8601 date or date-time string. Kept as a string so every schema stays JSON-representable. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/, 'expected an ISO 8601 date such as 2025-05-14 or 2025-05-14T09:30:00Z');

/** The span of `text` from `start` to `end`, carrying the exact original characters. */
export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}
