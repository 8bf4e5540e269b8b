import { nullPrototype } from '../model/records.js';
/**
 * Escaping for every string that comes from the input (claim text, source names, holders, messages)
 * before it reaches a terminal, a Markdown comment or an HTML page. Each function is total and pure.
 */

const HTML_ENTITIES: Readonly<Record<string, string>> = nullPrototype({
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // Harmless to HTML, but raw separators would break the page if a tool ever pasted it into script.
  '\u2028': '&#x2028;',
  '\u2029': '&#x2029;',
});

/** Safe in HTML text and in double- or single-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'\u2028\u2029]/g, (ch) => HTML_ENTITIES[ch] ?? ch);
}

/** Characters JSON leaves raw that could end a `<script>` element or break a JS line. */
const SCRIPT_JSON_ESCAPES: Readonly<Record<string, string>> = nullPrototype({
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
});

/** JSON that can sit inside `<script type="application/json">` and still parses to the same value. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => SCRIPT_JSON_ESCAPES[ch] ?? ch);
}

/** Marks that CommonMark or GitHub Markdown would read as syntax anywhere in a line or table cell. */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]()#+\-!|{}~]/g;
/**
 * Schemes that would run code or read local files if a renderer ever turned the text into a link, and
 * those GitHub autolinks: their colon becomes an entity, which the autolink scanner does not match.
 */
const LINKABLE_SCHEME = /\b(javascript|vbscript|data|file|https?|ftp|mailto)(\s*):/gi;
/** GitHub also autolinks a bare `www.`; a backslash before the dot stops that. */
const BARE_WWW = /\b(www)\./gi;
/** Line breaks of any kind: Markdown output keeps each input string on one line. */
const LINE_BREAKS = /\r\n|[\r\n]/g;
/** Separators and invisible controls that are not line breaks to Markdown but can reorder or hide text. */
const INVISIBLE_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]/g;

function numericEntity(ch: string): string {
  return `&#x${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase()};`;
}

/**
 * Text that renders literally in Markdown: no emphasis, links, images, headings, HTML or table breaks.
 * `&`, `<` and `>` become entities (a backslash would not stop an entity or an autolink everywhere),
 * the rest of the syntax gets a backslash, and URL schemes and `www.` are broken so nothing links.
 */
export function escapeMarkdown(value: string): string {
  return value
    .replace(LINE_BREAKS, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MARKDOWN_PUNCTUATION, (ch) => `\\${ch}`)
    .replace(LINKABLE_SCHEME, (_match, scheme: string, space: string) => `${scheme}${space}&#x3A;`)
    .replace(BARE_WWW, (_match, www: string) => `${www}\\.`)
    .replace(INVISIBLE_CONTROLS, numericEntity);
}

/** Line breaks and tabs become one space so that each string stays on its line of the report. */
const TERMINAL_WHITESPACE = /\r\n|[\r\n\t]/g;
/** Controls that would move the cursor, recolour or retitle a terminal, or reorder text (bidi). */
const TERMINAL_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]/g;
const HEX_WIDTH = 4;

/** One-line text for a terminal: every control and bidi override is written visibly as `\uXXXX`. */
export function escapeTerminal(value: string): string {
  return value
    .replace(TERMINAL_WHITESPACE, ' ')
    .replace(TERMINAL_CONTROLS, (ch) => `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(HEX_WIDTH, '0')}`);
}
