import { z } from 'zod';
import { IsoDateSchema } from './span.js';

export const LimitsSchema = z
  .strictObject({
    maxDocuments: z.number().int().positive().default(1000),
    maxCharactersPerDocument: z.number().int().positive().default(1_000_000),
    maxJsonBytes: z.number().int().positive().default(64 * 1024 * 1024),
    maxSentenceLength: z.number().int().positive().default(2000),
    maxClaimsPerDocument: z.number().int().positive().default(5000),
    maxPairs: z.number().int().positive().default(200_000),
  })
  .meta({ id: 'Limits' });
export type Limits = z.infer<typeof LimitsSchema>;

export const BandCutoffsSchema = z.strictObject({
  medium: z.number().min(0).max(1),
  high: z.number().min(0).max(1),
});

/**
 * Options for every public call. Caller data (aliases, opposites, reliability) is per call, never global.
 * Strict: an unknown key is a typo, and ignoring it would silently run with the defaults.
 */
export const OptionsSchema = z
  .strictObject({
    aliases: z
      .record(z.string(), z.array(z.string()))
      .default({})
      .describe('canonical actor → other names: { "russia": ["kremlin", "moscow", "putin"] }'),
    opposites: z
      .array(z.tuple([z.string(), z.string()]))
      .default([])
      .describe('extra pairs of opposing predicate lemmas: [["approve", "veto"]]'),
    reliability: z
      .record(z.string(), z.number().min(0).max(1))
      .default({})
      .describe('reliability by outlet name or source id, overriding the default by kind'),
    weights: z.record(z.string(), z.number()).optional().describe('override score weights by factor name'),
    bands: BandCutoffsSchema.optional().describe('override the band cut-offs'),
    minMatch: z.number().min(0).max(1).optional().describe('minimum same-event match to compare two claims'),
    referenceDate: IsoDateSchema.optional().describe('resolves relative dates when a document has no publishedAt'),
    limits: LimitsSchema.default(LimitsSchema.parse({})),
  })
  .meta({ id: 'Options' });
export type OptionsInput = z.input<typeof OptionsSchema>;
export type Options = z.infer<typeof OptionsSchema>;
