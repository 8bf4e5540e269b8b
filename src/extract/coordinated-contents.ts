import type { Range } from '../ingest/types.js';
import { COORDINATORS } from '../lexicon/grammar-words.js';

const COORDINATING: ReadonlySet<string> = new Set(COORDINATORS);

interface Word {
  start: number;
  end: number;
  lower: string;
}

/**
 * "told the crews that it had been a clear mistake and that he had not seen a decisive effect": a reporting verb's
 * content coordinated as two "that" clauses (Quirk et al. 1985 § 15.3, coordinated nominal clauses) gives two
 * propositions, each held by the same speaker; "X and that Y" is split at the coordinator before the second "that".
 * One range when the content has no such second clause.
 */
export function coordinatedContents(tokens: readonly Word[], content: Range): Range[] {
  const inside = tokens.filter((t) => t.start >= content.start && t.end <= content.end);
  const out: Range[] = [];
  let start = content.start;
  inside.forEach((t, i) => {
    const next = inside[i + 1];
    if (i === 0 || !COORDINATING.has(t.lower) || next?.lower !== 'that' || !inside[i + 2]) return;
    out.push({ start, end: inside[i - 1]!.end });
    start = inside[i + 2]!.start;
  });
  out.push({ start, end: content.end });
  return out;
}
