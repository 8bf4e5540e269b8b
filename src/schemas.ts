/**
 * gainsay/schemas: the zod schemas of gainsay's model, the source of truth its types are checked against.
 * For validating input or output in a pipeline that already uses zod 4; others use `outputJsonSchemas()`.
 */
export { SpanSchema, IsoDateSchema } from './model/span.js';
export { SOURCE_KINDS, SourceKindSchema, SourceSchema, ResolvedSourceSchema } from './model/source.js';
export { DocumentSchema } from './model/document.js';
export { ClaimInputSchema, AnalyzeInputSchema } from './model/input.js';
export {
  CERTAINTY_LEVELS,
  CertaintyLevelSchema,
  CertaintySchema,
  CLAIM_STATES,
  ClaimStateSchema,
  REPORTING_STANCES,
  ReportingStanceSchema,
  AttributionSchema,
  PhraseSchema,
  PropositionSchema,
  QUANTITY_BOUNDS,
  QuantitySchema,
  TimeSchema,
  PlaceSchema,
  QuoteSchema,
  AgeSchema,
  ClaimSchema,
} from './model/claim.js';
export { CONFLICT_KINDS, ConflictKindSchema, BANDS, BandSchema, FactorSchema, EvidenceSchema, ConflictSchema } from './model/conflict.js';
export { SKIP_REASONS, SkipReasonSchema, SkippedSchema, ConsensusSchema, ReportDocumentSchema, ReportSchema } from './model/report.js';
export { LimitsSchema, BandCutoffsSchema, OptionsSchema } from './model/options.js';
export { DRAFT_VERDICTS, DraftVerdictSchema, DraftEvidenceSchema, DraftCheckSchema } from './draft/verdict.js';
export { IndexSnapshotSchema } from './index-store/snapshot.js';
