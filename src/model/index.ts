export * from './span.js';
export * from './source.js';
export * from './document.js';
export * from './claim.js';
export * from './conflict.js';
export * from './report.js';
export * from './options.js';
export * from './errors.js';
