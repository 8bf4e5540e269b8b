import { z } from 'zod';
import { ClaimSchema } from './claim.js';
import { ConflictSchema } from './conflict.js';
import { ReportSchema } from './report.js';

/**
 * JSON Schemas (draft 2020-12) of gainsay's output, for pipelines that do not run TypeScript. Built on first
 * use, from the zod schemas that are the source of truth.
 */
export function outputJsonSchemas(): { Claim: unknown; Conflict: unknown; Report: unknown } {
  return {
    Claim: z.toJSONSchema(ClaimSchema, { io: 'output' }),
    Conflict: z.toJSONSchema(ConflictSchema, { io: 'output' }),
    Report: z.toJSONSchema(ReportSchema, { io: 'output' }),
  };
}
