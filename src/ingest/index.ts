export { prepareInput, prepareDocument, ARTICLE_ID } from './prepare.js';
export { foldText } from './fold.js';
export { resolveSource } from './sources.js';
export type { PreparedDocument, TextView, Range } from './types.js';
