export { buildReport, type ReportParts } from './build-report.js';
export { renderText, type RenderOptions } from './text.js';
export { renderMarkdown } from './markdown.js';
export { renderHtml } from './html.js';
export { conflictFingerprint, fnv1a64 } from './fingerprint.js';
export { VERSION } from './provenance.js';
