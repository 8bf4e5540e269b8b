/** The relate stage: how two claims' words, events and slots line up. */
export { alignClaims } from './align.js';
export type { AlignLexicon } from './lexical.js';
export { similarity } from './vectors.js';
export * from './types.js';
