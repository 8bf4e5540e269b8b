import type { PreparedDocument, Range } from '../ingest/types.js';
import type { SkipReason } from '../model/report.js';
import { isBoilerplate } from './boilerplate.js';
import { isLabelLine } from './label-lines.js';
import { blankCitations, findCitations, type Citation } from './citations.js';
import { splitDateline } from './dateline.js';
import { splitClauses } from './clauses.js';
import { isEnglish } from './language.js';
import { splitSentences } from './sentences.js';
import { tokenize, type Token } from './tokens.js';

export interface Clause extends Range {
  /** Citation markers that cover this clause. */
  markers: string[];
  /** Index of the clause within its sentence, and how many clauses the sentence has. */
  index: number;
  siblings: number;
}

export interface Sentence extends Range {
  tokens: Token[];
  citations: Citation[];
  clauses: Clause[];
  skip?: SkipReason;
}

export interface SegmentedDocument {
  doc: PreparedDocument;
  /** The document's view with citation markers blanked: what every extractor reads. */
  view: string;
  citations: Citation[];
  sentences: Sentence[];
}

export interface SegmentLimits {
  maxSentenceLength: number;
}

/** Sentences, clauses and citations of one document, tokenised once. */
export function segmentDocument(doc: PreparedDocument, limits: SegmentLimits): SegmentedDocument {
  const citations = findCitations(doc.view);
  const view = blankCitations(doc.view, citations);
  const ranges = doc.wholeClaim ? wholeRange(view) : splitSentences(view).flatMap((range) => splitDateline(view, range));
  const owned = citationsBySentence(ranges, citations, view.length);
  const sentences = ranges.map((range, i) => buildSentence(view, range, owned[i]!, limits, doc.wholeClaim !== undefined));
  return { doc, view, citations, sentences };
}

/**
 * Each sentence's citations: those starting from its start up to the next sentence's start. Ranges and citations both
 * run in text order, so one walk over the citations serves every sentence instead of a filter per sentence.
 */
function citationsBySentence(ranges: readonly Range[], citations: readonly Citation[], end: number): Citation[][] {
  let at = 0;
  return ranges.map((range, i) => {
    const next = ranges[i + 1]?.start ?? end;
    while (at < citations.length && citations[at]!.start < range.start) at++;
    const from = at;
    while (at < citations.length && citations[at]!.start < next) at++;
    return citations.slice(from, at);
  });
}

function buildSentence(view: string, range: Range & { dateline?: true }, citations: Citation[], limits: SegmentLimits, whole: boolean): Sentence {
  const { dateline, ...bounds } = range;
  if (dateline) return { ...bounds, tokens: tokenize(view, bounds), citations, clauses: [], skip: 'boilerplate' };
  if (range.end - range.start > limits.maxSentenceLength) {
    return { ...range, tokens: [], citations, clauses: [], skip: 'too-long' };
  }
  const tokens = tokenize(view, range);
  // Page furniture (credits, bylines) is known by its shape, whatever language its names look like.
  if (!whole && isBoilerplate(view.slice(range.start, range.end), tokens)) return { ...range, tokens, citations, clauses: [], skip: 'boilerplate' };
  if (!isEnglish(tokens)) return { ...range, tokens, citations, clauses: [], skip: 'unsupported-language' };
  if (!whole && isLabelLine(tokens)) return { ...range, tokens, citations, clauses: [], skip: 'heading' };
  if (!whole && view.slice(range.start, range.end).trimEnd().endsWith('?')) {
    return { ...range, tokens, citations, clauses: [], skip: 'question' };
  }
  const pieces = whole ? [range] : splitClauses(tokens, range);
  const clauses = pieces.map((piece, index) => ({
    ...piece,
    markers: markersFor(piece, citations, range),
    index,
    siblings: pieces.length,
  }));
  // A sentence of punctuation or symbols only has no clause; it is listed, never silently dropped.
  if (clauses.length === 0) return { ...range, tokens, citations, clauses, skip: 'no-text' };
  return { ...range, tokens, citations, clauses };
}

/** Markers inside the clause; failing that, the first citation after it in the same sentence (it covers both). */
function markersFor(clause: Range, citations: readonly Citation[], sentence: Range): string[] {
  const inside = citations.filter((c) => c.start >= clause.start && c.end <= clause.end + 1);
  const chosen = inside.length > 0 ? inside : citations.filter((c) => c.start >= clause.end).slice(0, 1);
  const fallback = chosen.length > 0 ? chosen : citations.filter((c) => c.start >= sentence.end);
  return [...new Set(fallback.flatMap((c) => c.markers))];
}

function wholeRange(view: string): Range[] {
  let start = 0;
  let end = view.length;
  while (start < end && /\s/.test(view[start]!)) start++;
  while (end > start && /\s/.test(view[end - 1]!)) end--;
  return end > start ? [{ start, end }] : [];
}
