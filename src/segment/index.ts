export { segmentDocument, type Clause, type Sentence, type SegmentedDocument } from './segment.js';
export { splitSentences } from './sentences.js';
export { splitClauses } from './clauses.js';
export { findCitations, blankCitations, expandMarkers, type Citation } from './citations.js';
export { tokenize, type Token } from './tokens.js';
export { isEnglish } from './language.js';
