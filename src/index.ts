/**
 * gainsay: find where news sources contradict each other.
 * The public entry: the API, the zod schemas (the model) and their inferred types.
 */
export { analyze } from './api/analyze.js';
export { extractClaims, detectConflicts, compareClaims, matchClaims } from './api/stages.js';
export { resolveOptions } from './api/options.js';
export * from './model/index.js';
export { renderText, renderMarkdown, renderHtml, VERSION, type RenderOptions } from './report/index.js';
export { DEFAULT_WEIGHTS, type ScoreWeights } from './score/index.js';
export * from './eval/index.js';
export { checkDraft, DRAFT_MIN_MATCH } from './draft/check-draft.js';
export { DraftCheckSchema, DraftEvidenceSchema, DraftVerdictSchema, DRAFT_VERDICTS, type DraftCheck, type DraftEvidence, type DraftVerdict } from './draft/verdict.js';
export { ConflictIndex } from './index-store/conflict-index.js';
export { IndexSnapshotSchema, type IndexSnapshot, type IndexedDocument } from './index-store/snapshot.js';
export { analyzeMany, type AnalyzeManyOptions } from './batch/analyze-many.js';
