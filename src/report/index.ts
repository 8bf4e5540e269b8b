export { renderText, type RenderOptions } from './text.js';
export { renderMarkdown } from './markdown.js';
export { renderHtml } from './html.js';
export { VERSION } from './provenance.js';
