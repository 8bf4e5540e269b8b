import { nullPrototype } from '../model/records.js';
/**
 * Markdown and HTML stripped to the prose a reader sees, with an offset map back to the original file: every
 * character of the stripped text remembers the range of the original it came from, so a span found in the
 * stripped text maps back to `{ start, end, text }` with `text === original.slice(start, end)`.
 */
import { INPUT_FORMATS, type InputFormat } from '../model/document.js';
import type { Span } from '../model/span.js';
import { spanOf } from '../model/span.js';
import { HTML_ENTITIES } from './html-entities.js';

export { INPUT_FORMATS, type InputFormat };

/** The stripped text and, for each of its UTF-16 units, the original range [starts[i], ends[i]) it stands for. */
export interface StrippedText {
  original: string;
  text: string;
  starts: Int32Array;
  ends: Int32Array;
}

/** File extensions (lower case, with the dot) read as each markup format; anything else is plain text. */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, InputFormat>> = nullPrototype({
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
});

/** Elements whose content is not prose: dropped whole. */
const HIDDEN_ELEMENTS = ['script', 'style', 'head', 'noscript', 'template', 'svg'] as const;
/** Elements that start or end a block: they become a line break, which ends a sentence. */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'td', 'th', 'tr', 'ul', 'title', 'body', 'html',
]);

const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/y;
const HTML_HIDDEN = new RegExp(`<(${HIDDEN_ELEMENTS.join('|')})\\b[^>]*>[\\s\\S]*?(?:</\\1\\s*>|$)`, 'iy');
// The tag name must end at a space, "/" or ">": with \b a hyphenated name could split many ways and backtrack.
const HTML_TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)(?=[\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>|<![^>]*>|<\?[^>]*>/y;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,7}));/y;
/** A soft hyphen is a hint where a word may break, not a character of it: dropped, so the word stays whole. */
const SOFT_HYPHEN = 'shy';

class Builder {
  private readonly parts: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  constructor(private readonly original: string) {}

  /** Copies original[from, to) one unit for one. */
  keep(from: number, to: number): void {
    this.parts.push(this.original.slice(from, to));
    for (let k = from; k < to; k++) {
      this.starts.push(k);
      this.ends.push(k + 1);
    }
  }

  /** Writes `value` standing for the original range [from, to) (a decoded entity, a line break for a tag). */
  put(value: string, from: number, to: number): void {
    this.parts.push(value);
    for (let k = 0; k < value.length; k++) {
      this.starts.push(from);
      this.ends.push(to);
    }
  }

  build(): StrippedText {
    return { original: this.original, text: this.parts.join(''), starts: Int32Array.from(this.starts), ends: Int32Array.from(this.ends) };
  }
}

/** The format a path is read as: by its extension, else plain text. */
export function formatOfPath(path: string): InputFormat {
  const dot = path.lastIndexOf('.');
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (dot <= slash + 1) return 'text';
  return FORMAT_BY_EXTENSION[path.slice(dot).toLowerCase()] ?? 'text';
}

/** Strips `original` as `format`; plain text is kept unchanged (its map is the identity). */
export function stripMarkup(original: string, format: InputFormat): StrippedText {
  if (format === 'html') return stripHtml(original);
  if (format === 'markdown') return stripMarkdown(original);
  const b = new Builder(original);
  b.keep(0, original.length);
  return b.build();
}

/** The span of the original file that stripped[start, end) came from. */
export function toOriginalSpan(stripped: StrippedText, start: number, end: number): Span {
  const { starts, ends, original } = stripped;
  if (starts.length === 0) return spanOf(original, 0, 0);
  if (end <= start) {
    const at = start < starts.length ? starts[start]! : ends[starts.length - 1]!;
    return spanOf(original, at, at);
  }
  return spanOf(original, starts[Math.min(start, starts.length - 1)]!, ends[Math.min(end, ends.length) - 1]!);
}

/** HTML to text: hidden elements and comments dropped, tags removed (blocks become line breaks), entities decoded, white space runs inside a block read as spaces. */
export function stripHtml(original: string): StrippedText {
  const b = new Builder(original);
  let i = 0;
  while (i < original.length) {
    const ch = original[i]!;
    if (ch === '<') {
      const end = matchAt(HTML_COMMENT, original, i) ?? matchAt(HTML_HIDDEN, original, i);
      if (end !== null) {
        i = end;
        continue;
      }
      HTML_TAG.lastIndex = i;
      const tag = HTML_TAG.exec(original);
      if (tag) {
        if (BLOCK_ELEMENTS.has((tag[1] ?? '').toLowerCase())) b.put('\n', i, i + tag[0].length);
        i += tag[0].length;
        continue;
      }
    }
    if (ch === '&') {
      const decoded = decodeEntity(original, i);
      if (decoded) {
        b.put(decoded.value, i, decoded.end);
        i = decoded.end;
        continue;
      }
    }
    if (ch === '\n' || ch === '\r') b.put(' ', i, i + 1);
    else b.keep(i, i + 1);
    i++;
  }
  return b.build();
}

function matchAt(pattern: RegExp, text: string, at: number): number | null {
  pattern.lastIndex = at;
  const m = pattern.exec(text);
  return m ? at + m[0].length : null;
}

function decodeEntity(text: string, at: number): { value: string; end: number } | null {
  ENTITY.lastIndex = at;
  const m = ENTITY.exec(text);
  if (!m) return null;
  const end = at + m[0].length;
  if (m[3] !== undefined) {
    // Entity names are case-sensitive (&Eacute; is É, &eacute; is é).
    const value = m[3] === SOFT_HYPHEN ? '' : HTML_ENTITIES[m[3]];
    return value === undefined ? null : { value, end };
  }
  const code = m[1] !== undefined ? Number.parseInt(m[1], 10) : Number.parseInt(m[2]!, 16);
  const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return { value: valid ? String.fromCodePoint(code) : '\uFFFD', end };
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const THEMATIC_BREAK = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const SETEXT_UNDERLINE = /^\s{0,3}=+\s*$/;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S/;
const TABLE_CELL = /^\s*:?-+:?\s*$/;

/** "| --- | :-: |": cells checked one by one, as one regex over the whole row backtracks on long rows. */
function isTableSeparator(line: string): boolean {
  const cells = line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');
  return cells.length >= 2 && cells.every((cell) => TABLE_CELL.test(cell));
}
/** Block prefixes a line may start with: blockquote marks, then a heading or a list marker. */
const QUOTE_PREFIX = /^\s{0,3}>\s?/;
const HEADING_PREFIX = /^\s{0,3}#{1,6}(?:\s+|$)/;
const LIST_PREFIX = /^\s*(?:[-*+]|\d{1,9}[.)])\s+/;
const ESCAPABLE = /[!-/:-@[-`{-~]/;
const INLINE_TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?=[\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>|<[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>]*>/y;

/** Markdown to text: block marks, emphasis, code ticks, link targets and inline tags removed; soft line breaks read as spaces. */
export function stripMarkdown(original: string): StrippedText {
  const b = new Builder(original);
  let inFence = false;
  let previous: 'none' | 'paragraph' | 'block' = 'none';
  for (let ls = frontMatterEnd(original); ls <= original.length; ) {
    const nl = original.indexOf('\n', ls);
    const le = nl === -1 ? original.length : nl;
    const line = original.slice(ls, le);
    if (FENCE.test(line)) inFence = !inFence;
    const dropped = inFence || FENCE.test(line) || THEMATIC_BREAK.test(line) || SETEXT_UNDERLINE.test(line) || REFERENCE_DEFINITION.test(line) || isTableSeparator(line);
    if (dropped || line.trim() === '') {
      if (previous !== 'none' && ls > 0) b.put('\n', ls - 1, ls);
      previous = previous === 'none' ? 'none' : 'block';
    } else {
      let p = ls;
      let block = false;
      for (let m = QUOTE_PREFIX.exec(original.slice(p, le)); m; m = QUOTE_PREFIX.exec(original.slice(p, le))) {
        p += m[0].length;
        block = true;
      }
      const heading = HEADING_PREFIX.exec(original.slice(p, le));
      const list = heading ? null : LIST_PREFIX.exec(original.slice(p, le));
      p += heading?.[0].length ?? list?.[0].length ?? 0;
      block ||= heading !== null || list !== null;
      if (previous !== 'none' && ls > 0) b.put(previous === 'paragraph' && !block ? ' ' : '\n', ls - 1, ls);
      stripInline(original, p, le, b);
      previous = heading ? 'block' : 'paragraph';
    }
    if (nl === -1) break;
    ls = nl + 1;
  }
  return b.build();
}

const FRONT_MATTER_OPEN = /^---[ \t]*\r?$/;
const FRONT_MATTER_CLOSE = /^(?:---|\.\.\.)[ \t]*\r?$/;

/** Where the prose starts after YAML front matter (a first line "---" up to a line "---" or "..."); 0 when there is none. */
function frontMatterEnd(original: string): number {
  const first = original.indexOf('\n');
  if (first === -1 || !FRONT_MATTER_OPEN.test(original.slice(0, first))) return 0;
  for (let ls = first + 1; ls < original.length; ) {
    const nl = original.indexOf('\n', ls);
    const le = nl === -1 ? original.length : nl;
    if (FRONT_MATTER_CLOSE.test(original.slice(ls, le))) return nl === -1 ? original.length : nl + 1;
    if (nl === -1) break;
    ls = nl + 1;
  }
  return 0;
}

function stripInline(text: string, from: number, to: number, b: Builder): void {
  let i = from;
  while (i < to) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < to && ESCAPABLE.test(text[i + 1]!)) {
      b.keep(i + 1, i + 2);
      i += 2;
    } else if (ch === '`') {
      i = skipRun(text, i, to, '`');
    } else if (ch === '*' || ch === '_' || ch === '~') {
      const end = skipRun(text, i, to, ch);
      if (isEmphasisRun(text, i, end, from, to, ch)) i = end;
      else {
        b.keep(i, end);
        i = end;
      }
    } else if (ch === '[' || (ch === '!' && text[i + 1] === '[')) {
      const open = ch === '!' ? i + 1 : i;
      const link = linkAt(text, open, to);
      if (link) {
        stripInline(text, open + 1, link.textEnd, b);
        i = link.end;
      } else {
        b.keep(i, i + 1);
        i++;
      }
    } else if (ch === '<' && matchAt(INLINE_TAG, text, i) !== null && matchAt(INLINE_TAG, text, i)! <= to) {
      i = matchAt(INLINE_TAG, text, i)!;
    } else if (ch === '&' && decodeEntity(text, i)) {
      const decoded = decodeEntity(text, i)!;
      b.put(decoded.value, i, decoded.end);
      i = decoded.end;
    } else {
      b.keep(i, i + 1);
      i++;
    }
  }
}

function skipRun(text: string, i: number, to: number, ch: string): number {
  let end = i;
  while (end < to && text[end] === ch) end++;
  return end;
}

/** A delimiter run opens or closes emphasis when exactly one side touches a word; "2 * 3" and snake_case stay. */
function isEmphasisRun(text: string, start: number, end: number, from: number, to: number, ch: string): boolean {
  if (ch === '~' && end - start < 2) return false;
  const before = start > from ? text[start - 1]! : ' ';
  const after = end < to ? text[end]! : ' ';
  const spaceBefore = /\s/.test(before);
  const spaceAfter = /\s/.test(after);
  if (spaceBefore && spaceAfter) return false;
  const wordBefore = /[\p{L}\p{N}]/u.test(before);
  const wordAfter = /[\p{L}\p{N}]/u.test(after);
  return !(wordBefore && wordAfter);
}

/** `[text](target)` or `[text][ref]` starting at `open`; a bare `[2, 3]` citation marker is no link. */
function linkAt(text: string, open: number, to: number): { textEnd: number; end: number } | null {
  const close = text.indexOf(']', open + 1);
  if (close === -1 || close >= to) return null;
  const next = text[close + 1];
  const closer = next === '(' ? ')' : next === '[' ? ']' : null;
  if (closer === null) return null;
  const end = text.indexOf(closer, close + 2);
  if (end === -1 || end >= to) return null;
  return { textEnd: close, end: end + 1 };
}
