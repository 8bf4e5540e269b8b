import type { Range, TextView } from '../ingest/types.js';
import type { Quote } from '../model/claim.js';
import { spanOf } from '../model/span.js';
import { buildLexicon, derived, type Lexicon } from '../lexicon/index.js';
import { speakerAfter, speakerBefore } from './quote-speakers.js';
import { colonSpeaker } from './colon-speaker.js';

/**
 * Quotations in view[range]: text between double quotes, and single-quoted phrases (‘insolent’) whose
 * opening mark follows a space or bracket and whose closing mark precedes a space or punctuation, so
 * apostrophes ("Zelenskyy's", "don't") never open or close one. The span covers the words inside the
 * marks, without the marks and without a trailing comma or full stop that belongs to the sentence.
 * Single-quoted phrases inside a double-quoted one are not reported separately.
 */
export function extractQuotes(doc: TextView, range: Range, lexicon: Lexicon = buildLexicon()): Quote[] {
  const pairs = doubleQuoted(doc.view, range);
  const singles = outside(singleQuoted(doc.view, range), pairs);
  if (pairs.length + singles.length === 0) return [];
  const forms = derived(lexicon, speakerVerbForms);
  return [...pairs, ...singles]
    .sort((a, b) => a.open - b.open)
    .flatMap((pair) => toQuote(doc, range, pair, forms));
}

/** The verb forms that tie a speaker to a quote, merged once per lexicon instead of once per quote. */
const speakerVerbForms = (lexicon: Lexicon): Readonly<Record<string, string>> => ({ ...lexicon.reportingForms, ...lexicon.speechTagForms });

interface Marks {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark. */
  close: number;
}

const DOUBLE = '"';
const SINGLE = "'";
/** Longest single-quoted phrase, in characters: beyond this the marks are more likely apostrophes. */
const MAX_SINGLE_QUOTE_CHARS = 120;
/** Shortest single-quoted phrase, in characters between the marks: "rock 'n' roll" is an elision. */
const MIN_SINGLE_QUOTE_CHARS = 2;
// Trailing characters that belong to the surrounding sentence, not to the quoted words.
const TRAILING_SENTENCE_PUNCTUATION = /[,.;:\s]/;
const LEADING_SPACE = /^\s+/;

/** The marks of `inner` that no pair of `outer` encloses; both lists are in text order. */
function outside(inner: readonly Marks[], outer: readonly Marks[]): Marks[] {
  const out: Marks[] = [];
  let k = 0;
  for (const m of inner) {
    while (k < outer.length && outer[k]!.close < m.open) k++;
    const enclosing = outer[k];
    if (!enclosing || !(enclosing.open < m.open && m.close < enclosing.close)) out.push(m);
  }
  return out;
}

/** Double quotes paired in order: each opening mark with the next mark. */
function doubleQuoted(view: string, range: Range): Marks[] {
  const out: Marks[] = [];
  let open = -1;
  for (let i = view.indexOf(DOUBLE, range.start); i >= 0 && i < range.end; i = view.indexOf(DOUBLE, i + 1)) {
    if (open < 0) open = i;
    else {
      out.push({ open, close: i });
      open = -1;
    }
  }
  return out;
}

const OPENS_AFTER = /[\s([{\-]/;
const CLOSES_BEFORE = /[\s.,;:!?)\]}\-]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// A single mark before a letter opens; before a digit it is an elision ("the '90s").
const LETTER = /\p{L}/u;
const ENDS_QUOTED_WORD = /[\p{L}\p{N}.!?,]/u;

/** Single-quoted phrases: open after a space or bracket, close before a space or punctuation. */
function singleQuoted(view: string, range: Range): Marks[] {
  const out: Marks[] = [];
  let open = -1;
  for (let i = view.indexOf(SINGLE, range.start); i >= 0 && i < range.end; i = view.indexOf(SINGLE, i + 1)) {
    const before = i > range.start ? view.charAt(i - 1) : ' ';
    const after = i + 1 < range.end ? view.charAt(i + 1) : ' ';
    if (open >= 0 && i - open > MAX_SINGLE_QUOTE_CHARS) open = -1;
    if (open >= 0 && i - open > MIN_SINGLE_QUOTE_CHARS && ENDS_QUOTED_WORD.test(before) && CLOSES_BEFORE.test(after)) {
      out.push({ open, close: i });
      open = -1;
    } else if (OPENS_AFTER.test(before) && LETTER.test(after)) open = i;
  }
  return out;
}

/** End of the quoted words once trailing commas, stops and spaces are dropped (a loop: no regex backtracking). */
function trailingEnd(inner: string): number {
  let end = inner.length;
  while (end > 0 && TRAILING_SENTENCE_PUNCTUATION.test(inner.charAt(end - 1))) end--;
  return end;
}

function toQuote(doc: TextView, range: Range, { open, close }: Marks, forms: Readonly<Record<string, string>>): Quote[] {
  const inner = doc.view.slice(open + 1, close);
  const lead = LEADING_SPACE.exec(inner)?.[0].length ?? 0;
  const trimmed = inner.slice(lead, trailingEnd(inner));
  if (trimmed.length === 0 || !LETTER_OR_DIGIT.test(trimmed)) return [];
  const start = open + 1 + lead;
  const span = spanOf(doc.text, start, start + trimmed.length);
  const speaker = speakerBefore(doc, range, open, forms) ?? speakerAfter(doc, range, close + 1, forms) ?? colonSpeaker(doc, range, open, forms);
  return [speaker ? { text: span.text, speaker, span } : { text: span.text, span }];
}
