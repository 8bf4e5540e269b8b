export { remapSpans } from '../ingest/remap.js';
