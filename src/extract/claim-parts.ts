import type { Range } from '../ingest/types.js';
import type { Phrase } from '../model/claim.js';
import { spanOf } from '../model/span.js';
import type { SegmentedDocument } from '../segment/segment.js';
import type { Token } from '../segment/tokens.js';
import { actorKey, contentKeys, stem } from './keys.js';

/** Small pure helpers of claim building: the tokens and text of a range, a claim's keys, a phrase with its key. */

/** The view with the text between ranges blanked (offsets kept), so the tagger reads the ranges as one clause. */
export function blankGaps(view: string, ranges: readonly Range[]): string {
  let out = view.slice(0, ranges[0]!.end);
  for (let i = 1; i < ranges.length; i++) out += ' '.repeat(ranges[i]!.start - ranges[i - 1]!.end) + view.slice(ranges[i]!.start, ranges[i]!.end);
  return out;
}

/** The sentence tokens inside a range. */
export function segTokens(seg: SegmentedDocument, range: Range): Token[] {
  const out: Token[] = [];
  const { sentences } = seg;
  // Sentences are in text order: start at the first that ends at or after the range (not a scan per claim).
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sentences[mid]!.end < range.start) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < sentences.length && sentences[i]!.start <= range.end; i++) {
    for (const t of sentences[i]!.tokens) if (t.start >= range.start && t.end <= range.end) out.push(t);
  }
  return out;
}

/** The extractor lower-cases a speaker that opens with a title ("chief scientist ingrid solberg"); restore the clause's own casing. */
export function asWritten(speaker: string, clauseText: string): string {
  const at = clauseText.toLowerCase().indexOf(speaker.toLowerCase());
  return at < 0 ? speaker : clauseText.slice(at, at + speaker.length);
}

/**
 * A claim's content keys: its own words', its actor's (which may stand outside them: a pronoun's antecedent), the
 * keys `outside` names (the noun a participle or relative clause modifies, which is its theme but not among its words:
 * "the dressing, designed by Hannah Moorcroft, …"), and its predicates' stems.
 */
export function claimKeys(tokens: readonly Token[], outside: readonly (string | undefined)[], lemmas: (string | undefined)[], aliases: ReadonlyMap<string, string>): string[] {
  const keys = new Set(contentKeys(tokens, aliases));
  for (const key of outside) if (key) keys.add(key);
  for (const lemma of lemmas) if (lemma && lemma.length >= 3 && /^\p{L}+$/u.test(lemma)) keys.add(stem(lemma.toLowerCase()));
  return [...keys];
}

export function phrase(seg: SegmentedDocument, range: Range, aliases: ReadonlyMap<string, string>): Phrase {
  const text = seg.doc.text.slice(range.start, range.end);
  const words = seg.view.slice(range.start, range.end).toLowerCase().split(/[^\p{L}\p{N}.'-]+/u).filter(Boolean);
  return { text, key: actorKey(words, aliases), span: spanOf(seg.doc.text, range.start, range.end) };
}

/** The range lies outside every one of the claim's ranges (the antecedent of a modifier clause). */
export function outsideRanges(range: Range | undefined, ranges: readonly Range[]): boolean {
  return range !== undefined && !ranges.some((r) => range.start >= r.start && range.end <= r.end);
}
