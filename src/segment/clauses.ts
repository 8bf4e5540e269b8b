import type { Range } from '../ingest/types.js';
import { JOINING_CONTRAST, LEADING_CONTRAST } from '../lexicon/clause-cues.js';
import type { Token } from './tokens.js';

const LEADING = new Set(LEADING_CONTRAST);
const JOINING = new Set(JOINING_CONTRAST);
/** A clause must keep at least this many words, so "but" in "not only X, but also Y" lists do not split. */
const MIN_CLAUSE_WORDS = 3;
const TRAILING_PUNCT = new Set(['.', ',', ';', ':', '-', '!', '?']);

/**
 * Splits a sentence into clauses at contrast boundaries: "While X, Y", "X, but Y", "X; whereas Y", "X; Y", and at a
 * colon that joins two clauses ("X: y").
 * Returned ranges exclude the joining word and punctuation.
 */
export function splitClauses(tokens: readonly Token[], sentence: Range): Range[] {
  const cuts: { end: number; start: number }[] = [];
  const first = firstWord(tokens);
  if (first && LEADING.has(first.lower)) {
    const comma = findDepthZero(tokens, tokens.indexOf(first) + 1, (t) => t.lower === ',');
    if (comma >= 0) cuts.push({ end: tokens[comma]!.start, start: tokens[comma]!.end });
    if (comma >= 0) cuts.unshift({ end: first.start, start: first.end });
  }
  const quoted = insideQuotation(tokens);
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.lower === ';' || explanatoryColon(tokens, i)) cuts.push({ end: t.start, start: t.end });
    // ", however," is a parenthetical aside, not the start of a new clause; "The fire took our slope, but it gave us our
    // neighbours," he said: a contrast inside a quotation is one remark of one speaker, split later with the speaker kept.
    else if (t.lower === ',' && !quoted[i] && JOINING.has(tokens[i + 1]!.lower) && tokens[i + 2]?.lower !== ',' && !isLeadingCut(cuts, t.start)) {
      cuts.push({ end: t.start, start: tokens[i + 1]!.end });
    }
  }
  return applyCuts(tokens, sentence, cuts);
}

/**
 * "The band never made it on stage: their set was called off": a colon before a lower-case word joins two clauses, the
 * second explaining the first (Quirk et al. 1985 § App. III.23); before a capital or a quotation mark it introduces a
 * quotation, a name or a list, which stays with its clause.
 */
function explanatoryColon(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (tokens[i]!.lower !== ':' || next === undefined || next.kind !== 'word' || next.capitalized || next.start === tokens[i]!.end) return false;
  // "asked us to share this: the café is not closing": cataphoric "this" points ahead to what follows (Quirk et al. 1985
  // § 6.46), which stays with the clause that frames it.
  return !CATAPHORIC.has(tokens[i - 1]?.lower ?? '');
}
const CATAPHORIC: ReadonlySet<string> = new Set(['this', 'these', 'following']);

const OPENING_QUOTES: ReadonlySet<string> = new Set(['“']);
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['”']);

/**
 * Per token, whether it stands inside a quotation that closes later in the sentence: straight double quotes toggle,
 * curly ones open and close. An unclosed quotation marks nothing (a quote running on into the next sentence).
 */
function insideQuotation(tokens: readonly Token[]): boolean[] {
  const out = new Array<boolean>(tokens.length).fill(false);
  let open = -1;
  tokens.forEach((t, i) => {
    const straight = t.lower === '"';
    if (open < 0 && (OPENING_QUOTES.has(t.lower) || (straight && t.kind === 'punct'))) open = i;
    else if (open >= 0 && (CLOSING_QUOTES.has(t.lower) || straight)) {
      for (let k = open + 1; k < i; k++) out[k] = true;
      open = -1;
    }
  });
  return out;
}

function isLeadingCut(cuts: { end: number }[], at: number): boolean {
  return cuts.some((c) => c.end === at);
}

function applyCuts(tokens: readonly Token[], sentence: Range, cuts: { end: number; start: number }[]): Range[] {
  const sorted = [...cuts].sort((a, b) => a.end - b.end);
  const out: Range[] = [];
  let start = sentence.start;
  for (const cut of sorted) {
    const piece = { start, end: cut.end };
    if (wordsIn(tokens, piece) >= MIN_CLAUSE_WORDS) {
      out.push(piece);
      start = cut.start;
    } else if (wordsIn(tokens, piece) === 0) {
      start = cut.start;
    }
  }
  out.push({ start, end: sentence.end });
  // A short tail cannot stand alone: merge it back into the clause before it.
  const last = out[out.length - 1]!;
  if (out.length > 1 && wordsIn(tokens, last) < MIN_CLAUSE_WORDS) {
    out.pop();
    out[out.length - 1]!.end = sentence.end;
  }
  return out.map((r) => trim(tokens, r)).filter((r): r is Range => r !== null);
}

function firstWord(tokens: readonly Token[]): Token | undefined {
  return tokens.find((t) => t.kind !== 'punct');
}

function findDepthZero(tokens: readonly Token[], from: number, test: (t: Token) => boolean): number {
  let depth = 0;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.lower === '(' || t.lower === '[') depth++;
    else if (t.lower === ')' || t.lower === ']') depth = Math.max(0, depth - 1);
    else if (depth === 0 && test(t)) return i;
  }
  return -1;
}

function wordsIn(tokens: readonly Token[], r: Range): number {
  let n = 0;
  for (const t of tokens) if (t.start >= r.start && t.end <= r.end && t.kind !== 'punct') n++;
  return n;
}

/** Shrinks a range to its first and last non-punctuation-only token, keeping closing quotes and brackets. */
function trim(tokens: readonly Token[], r: Range): Range | null {
  const inside = tokens.filter((t) => t.start >= r.start && t.end <= r.end);
  const firstText = inside.find((t) => t.kind !== 'punct' || t.lower === '"' || t.lower === "'" || t.lower === '(');
  if (!firstText) return null;
  const last = [...inside].reverse().find((t) => !TRAILING_PUNCT.has(t.lower)) ?? firstText;
  return { start: firstText.start, end: Math.max(last.end, firstText.end) };
}
