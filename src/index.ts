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
