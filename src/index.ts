/**
 * gainsay: find where news sources contradict each other.
 * The main entry: the functions a user calls, the label lists and the model's types. The zod schemas are in
 * `gainsay/schemas`, the evaluation harness in `gainsay/eval`.
 */
export { analyze } from './api/analyze.js';
export { extractClaims, detectConflicts, compareClaims, matchClaims, alignClaims } from './api/stages.js';
export type { ClaimAlignment, WordLink, LinkRelation, SlotAlignment, SlotName, ConverseRoles } from './relate/index.js';
export { checkDraft } from './draft/check-draft.js';
export { ConflictIndex } from './index-store/conflict-index.js';
export { analyzeMany } from './batch/analyze-many.js';
export { renderText, renderMarkdown, renderHtml, VERSION } from './report/index.js';
export { outputJsonSchemas } from './model/json-schemas.js';
export { GainsayError } from './model/errors.js';
export { DEFAULT_WEIGHTS } from './score/index.js';
export { CERTAINTY_LEVELS, CLAIM_STATES, QUANTITY_BOUNDS, REPORTING_STANCES } from './model/claim.js';
export { BANDS, CONFLICT_KINDS } from './model/conflict.js';
export { SKIP_REASONS } from './model/report.js';
export { SOURCE_KINDS } from './model/source.js';
export { DRAFT_VERDICTS } from './draft/verdict.js';

export type {
  AnalyzeInput,
  Attribution,
  BackgroundKind,
  Band,
  BandCutoffs,
  Certainty,
  CertaintyLevel,
  Claim,
  ClaimInput,
  ClaimState,
  Conflict,
  ConflictKind,
  Consensus,
  Document,
  DocumentInput,
  Evidence,
  Factor,
  Limits,
  Options,
  OptionsInput,
  Phrase,
  Place,
  PredicateWord,
  Proposition,
  Quantity,
  QuantityBound,
  Quote,
  Age,
  Report,
  ReportDocument,
  ReportingStance,
  ResolvedSource,
  SkipReason,
  Skipped,
  Source,
  SourceInput,
  SourceKind,
  Span,
  Time,
} from './model/types.js';
export type { GainsayErrorCode, GainsayIssue } from './model/errors.js';
export type { DraftCheck, DraftEvidence, DraftVerdict } from './draft/verdict.js';
export type { IndexSnapshot, IndexedDocument } from './index-store/snapshot.js';
export type { AnalyzeManyOptions } from './batch/analyze-many.js';
export type { RenderOptions } from './report/index.js';
export type { ScoreWeights } from './score/index.js';
