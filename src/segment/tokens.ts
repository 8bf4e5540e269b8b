import type { Range } from '../ingest/types.js';
import { TOKEN_ABBREVIATIONS } from '../lexicon/abbreviations.js';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  start: number;
  end: number;
  /** Lower-cased text from the view (ASCII quotes and dashes). */
  lower: string;
  kind: TokenKind;
  /** First letter is upper-case in the original. */
  capitalized: boolean;
}

// Words keep inner apostrophes, hyphens and dots ("won't", "leader-level", "U.S."); numbers keep , and .
const TOKEN = /\p{L}[\p{L}\p{M}\p{N}]*(?:['.\-][\p{L}\p{M}\p{N}]+)*\.?|\p{N}+(?:[.,:]\p{N}+)*|[^\s\p{L}\p{N}]/gu;
const ABBREVIATION_DOT = new RegExp(`^(?:\\p{L}\\.)+$|^(?:${TOKEN_ABBREVIATIONS.join('|')})\\.$`, 'iu');

/** Tokens of view[range]: offsets are absolute. A trailing dot stays on known abbreviations only. */
export function tokenize(view: string, range: Range = { start: 0, end: view.length }): Token[] {
  const out: Token[] = [];
  const slice = view.slice(range.start, range.end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    let raw = m[0];
    if (raw.length > 1 && raw.endsWith('.') && !ABBREVIATION_DOT.test(raw)) raw = raw.slice(0, -1);
    const start = range.start + m.index;
    const { kind, capitalized } = classify(raw);
    out.push({ start, end: start + raw.length, lower: raw.toLowerCase(), kind, capitalized });
    if (raw.length < m[0].length) {
      out.push({ start: start + raw.length, end: start + m[0].length, lower: '.', kind: 'punct', capitalized: false });
    }
  }
  return out;
}

/** The kind of a token and whether it is capitalised, from its first character (ASCII without a Unicode lookup). */
function classify(raw: string): { kind: TokenKind; capitalized: boolean } {
  const code = raw.charCodeAt(0);
  if (code < 0x80) {
    const upper = code >= 0x41 && code <= 0x5a;
    if (upper || (code >= 0x61 && code <= 0x7a)) return { kind: 'word', capitalized: upper };
    return { kind: code >= 0x30 && code <= 0x39 ? 'number' : 'punct', capitalized: false };
  }
  const first = String.fromCodePoint(raw.codePointAt(0) ?? 32);
  const kind: TokenKind = /\p{L}/u.test(first) ? 'word' : /\p{N}/u.test(first) ? 'number' : 'punct';
  return { kind, capitalized: first !== first.toLowerCase() };
}
