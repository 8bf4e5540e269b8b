import { trailingRunStart } from '../ingest/edges.js';
import type { Range } from '../ingest/types.js';
import { ABBREVIATIONS, SENTENCE_OPENERS } from '../lexicon/abbreviations.js';

const ABBREVIATION_SET = new Set(ABBREVIATIONS);
// A terminator run, then closing quotes/brackets; a boundary when followed by space and a likely sentence start.
const TERMINATOR = /[.!?]+["')\]]*/g;
const NEXT_START = /^\s+["'(\[]?[\p{Lu}\p{N}]/u;
const WORD_OR_DOT = /[\p{L}.]/u;

/** Sentence ranges of the view: lines first, then terminators that are not abbreviations or decimals. */
export function splitSentences(view: string, range: Range = { start: 0, end: view.length }): Range[] {
  const out: Range[] = [];
  let lineStart = range.start;
  for (let i = range.start; i <= range.end; i++) {
    if (i === range.end || view.charCodeAt(i) === 10) {
      splitLine(view, lineStart, i, out);
      lineStart = i + 1;
    }
  }
  return out;
}

function splitLine(view: string, start: number, end: number, out: Range[]): void {
  const line = view.slice(start, end);
  const insideQuote = quoteTracker(line);
  let from = 0;
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(line); m !== null; m = TERMINATOR.exec(line)) {
    const stop = m.index + m[0].length;
    const rest = line.slice(stop, stop + 4);
    if (!NEXT_START.test(rest) && stop < line.length) continue;
    if (m[0].startsWith('.') && m[0].length === 1 && isAbbreviation(line.slice(from, m.index + 1)) && !clockThenOpener(line, from, m.index + 1, stop)) continue;
    if (insideQuote(stop)) continue;
    push(start + from, start + stop, view, out);
    from = stop;
  }
  push(start + from, end, view, out);
}

/** A quotation spanning several sentences is kept whole only up to this many characters past a full stop. */
const MAX_QUOTE_REACH = 300;

/**
 * '"Nothing brings him back. But today he was heard," his mother said.': a full stop inside an open quotation
 * that closes soon after does not end the sentence, so the quote and its speaker stay together. Positions are
 * asked in increasing order, so one pass over the quote marks serves the whole line.
 */
function quoteTracker(line: string): (at: number) => boolean {
  const quotes: number[] = [];
  for (let i = line.indexOf('"'); i >= 0; i = line.indexOf('"', i + 1)) quotes.push(i);
  let k = 0;
  return (at) => {
    while (k < quotes.length && quotes[k]! < at) k++;
    if (k % 2 === 0) return false;
    const closing = quotes[k];
    return closing !== undefined && closing - at <= MAX_QUOTE_REACH;
  };
}

/** Clock abbreviations, which end a sentence as often as they stand inside one ("… at about 3 p.m. We expect …"). */
const CLOCK = /(?:^|\s)[ap]\.m\.$/i;
const OPENERS: ReadonlySet<string> = new Set(SENTENCE_OPENERS);

/** "… at about 3 p.m. We expect …": a clock abbreviation followed by a sentence opener ends the sentence. */
function clockThenOpener(line: string, from: number, end: number, stop: number): boolean {
  if (!CLOCK.test(line.slice(Math.max(from, end - 6), end))) return false;
  const next = /^\s+(\p{L}+)/u.exec(line.slice(stop, stop + 12));
  return next !== null && OPENERS.has(next[1]!.toLowerCase());
}

function isAbbreviation(before: string): boolean {
  const runStart = trailingRunStart(before, (ch) => WORD_OR_DOT.test(ch));
  // "She didn't.", "They won't.": the letter after a contraction's apostrophe is no initial.
  if (/['’]$/.test(before.slice(0, runStart))) return false;
  const word = before.slice(runStart).toLowerCase();
  const bare = word.replace(/\.$/, '');
  if (ABBREVIATION_SET.has(bare)) return true;
  // Initials ("J." in "J. Smith") and dotted acronyms ("U.S.") do not end a sentence.
  return /^\p{L}$/u.test(bare) || /^(?:\p{L}\.)+\p{L}?$/u.test(bare);
}

/** Trims white space so each range starts and ends on text; empty ranges are dropped. */
function push(start: number, end: number, view: string, out: Range[]): void {
  while (start < end && isSpace(view.charCodeAt(start))) start++;
  while (end > start && isSpace(view.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}
