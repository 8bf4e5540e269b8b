/**
 * Pure checks over a Report, shared by the property tests and the fuzz script. Each returns the violations it
 * finds (empty when the report is sound), so a failure names what broke and where.
 */
import { foldText } from '../../src/ingest/fold.js';
import { JOINING_CONTRAST, LEADING_CONTRAST } from '../../src/lexicon/clause-cues.js';
import type { Conflict } from '../../src/model/conflict.js';
import type { Report } from '../../src/model/report.js';
import { findCitations } from '../../src/segment/citations.js';

/** The original text of each document of a call, by document id. */
export type Originals = ReadonlyMap<string, string>;

interface SpanLike {
  start: number;
  end: number;
  text: string;
}

function isSpan(value: unknown): value is SpanLike {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.start === 'number' && typeof v.end === 'number' && typeof v.text === 'string';
}

/** Every span under `root`, with its JSON path. */
export function spansUnder(root: unknown, path = ''): { path: string; span: SpanLike }[] {
  if (isSpan(root)) return [{ path, span: root }];
  if (!root || typeof root !== 'object') return [];
  return Object.entries(root).flatMap(([key, value]) => spansUnder(value, `${path}.${key}`));
}

/** The roots of the report that hold spans, each with the document its spans point into. */
function spanRoots(report: Report): { documentId: string; path: string; root: unknown }[] {
  return [
    ...report.claims.map((c, i) => ({ documentId: c.documentId, path: `claims[${i}]`, root: c })),
    ...report.conflicts.flatMap((c, i) => c.evidence.map((e, k) => ({ documentId: e.documentId, path: `conflicts[${i}].evidence[${k}]`, root: e }))),
    ...report.skipped.map((s, i) => ({ documentId: s.documentId, path: `skipped[${i}]`, root: s })),
  ];
}

/** Spans whose text is not `original.slice(start, end)`, or whose offsets fall outside the document. */
export function spanViolations(report: Report, originals: Originals): string[] {
  const out: string[] = [];
  for (const { documentId, path, root } of spanRoots(report)) {
    const original = originals.get(documentId);
    if (original === undefined) {
      out.push(`${path}: unknown document ${JSON.stringify(documentId)}`);
      continue;
    }
    for (const { path: inner, span } of spansUnder(root)) {
      const inRange = Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= original.length;
      if (!inRange || original.slice(span.start, span.end) !== span.text) {
        out.push(`${path}${inner}: ${JSON.stringify(span)} but the original has ${JSON.stringify(original.slice(span.start, span.end))}`);
      }
    }
  }
  return out;
}

/** How many spans the report holds (so a span property can show it checked something). */
export function spanCount(report: Report): number {
  return spanRoots(report).reduce((n, r) => n + spansUnder(r.root).length, 0);
}

/** Text fields that repeat their span's text must agree with it: claim, predicate, inner, phrases, quotes, places. */
export function echoViolations(report: Report): string[] {
  const out: string[] = [];
  const same = (path: string, text: string, span: SpanLike) => {
    if (text !== span.text) out.push(`${path}: ${JSON.stringify(text)} differs from its span ${JSON.stringify(span.text)}`);
  };
  report.claims.forEach((c, i) => {
    same(`claims[${i}].text`, c.text, c.span);
    const p = c.proposition;
    for (const [name, part] of [['predicate', p.predicate], ['inner', p.inner], ['actor', p.actor], ['theme', p.theme]] as const) {
      if (part) same(`claims[${i}].proposition.${name}.text`, part.text, part.span);
    }
    c.quotes.forEach((q, k) => same(`claims[${i}].quotes[${k}].text`, q.text, q.span));
    c.places.forEach((q, k) => same(`claims[${i}].places[${k}].name`, q.name, q.span));
  });
  return out;
}

const CLAUSE_WORDS = new Set([...LEADING_CONTRAST, ...JOINING_CONTRAST]);
/** Letters and digits must be covered; punctuation, symbols (emoji), marks and controls are not measured. */
const MEASURED = /[\p{L}\p{N}]/u;
/** A word with inner apostrophes and hyphens; quote marks around it are not part of it. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['-][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Letters and digits that no claim span and no skipped span covers, outside citation markers. Not measured:
 * white space (after folding, so NBSP and zero-width spaces count as space), punctuation and symbols, which
 * clause trimming drops at clause edges, and whole clause-joining words ("while", "but", "however") that a
 * clause cut removes. Gaps are reported as maximal uncovered runs of measured words.
 */
export function coverageGaps(report: Report, originals: Originals): { documentId: string; start: number; end: number; text: string }[] {
  const gaps: { documentId: string; start: number; end: number; text: string }[] = [];
  for (const [documentId, text] of originals) {
    const covered = new Uint8Array(text.length);
    const mark = (s: SpanLike) => covered.fill(1, s.start, s.end);
    for (const c of report.claims) if (c.documentId === documentId) mark(c.span);
    for (const s of report.skipped) if (s.documentId === documentId) mark(s.span);
    // Measured on the folded view gainsay reads (same offsets): a modifier apostrophe (U+02BC) is a letter to
    // Unicode but an apostrophe to the reader, so alone it is punctuation.
    const view = foldText(text);
    for (const c of findCitations(view)) covered.fill(1, c.start, c.end);
    for (const m of view.matchAll(WORD)) {
      const start = m.index ?? 0;
      const word = m[0];
      if (CLAUSE_WORDS.has(word.toLowerCase())) continue;
      for (let i = start; i < start + word.length; i++) {
        if (covered[i] || !MEASURED.test(view[i]!)) continue;
        gaps.push({ documentId, start, end: start + word.length, text: word });
        break;
      }
    }
  }
  return gaps;
}

/** The report as bytes, without `timings` (the one part allowed to differ between runs). */
export function withoutTimings(report: Report): string {
  return JSON.stringify({ ...report, timings: undefined });
}

/**
 * What identifies a conflict across document orders: kind, documents, evidence spans and score. With
 * `oriented` false the two sides are put in a fixed order first, so only the clash itself is compared.
 */
export function conflictKey(c: Conflict, oriented = true): string {
  const sides = c.evidence.map((e) => ({ documentId: e.documentId, start: e.span.start, end: e.span.end, text: e.span.text }));
  if (!oriented) sides.sort((x, y) => (x.documentId < y.documentId ? -1 : x.documentId > y.documentId ? 1 : x.start - y.start || x.end - y.end));
  const documents = oriented ? c.documents : sides.map((s) => s.documentId);
  return JSON.stringify({ kind: c.kind, documents, evidence: sides, score: c.score });
}

/** Adjacent conflicts out of order: score descending, then first document id, then first evidence start. */
export function orderViolations(conflicts: readonly Conflict[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < conflicts.length; i++) {
    const x = conflicts[i - 1]!;
    const y = conflicts[i]!;
    const byScore = y.score - x.score;
    const byDoc = x.documents[0] < y.documents[0] ? -1 : x.documents[0] > y.documents[0] ? 1 : 0;
    const byStart = x.evidence[0]!.span.start - y.evidence[0]!.span.start;
    const order = byScore !== 0 ? byScore : byDoc !== 0 ? byDoc : byStart;
    if (order > 0) out.push(`conflicts[${i - 1}] (${x.score}, ${x.documents[0]}, ${x.evidence[0]!.span.start}) before conflicts[${i}] (${y.score}, ${y.documents[0]}, ${y.evidence[0]!.span.start})`);
  }
  return out;
}

/** Numbers in the report that JSON would not carry: NaN and infinities become null and lose their meaning. */
export function nonFiniteNumbers(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path}: ${value}`];
  if (typeof value === 'function') return [`${path}: a function`];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => nonFiniteNumbers(v, `${path}.${k}`));
}
