import { detectQuote, speakerOf } from '../detect/quote.js';
import type { Lexicon } from '../lexicon/index.js';
import type { Claim } from '../model/claim.js';

/** The last word of a speaker's name, lower case: quotes are compared only within one such bucket. */
const surname = (speaker: string) => speaker.toLowerCase().split(/[\s,]+/).filter(Boolean).at(-1) ?? '';

/**
 * Two reports quote one named speaker's remark in different words ("a clear steering error" / "a clear steering
 * mistake"): the remark is one event whatever the clauses around it say, so the two claims are compared even when
 * their words share too little to match (DESIGN.md: quote conflicts; the quote detector decides).
 */
export function quotesOfOneRemark(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  if (a.documentId === b.documentId || a.quotes.length === 0 || b.quotes.length === 0) return false;
  return detectQuote(a, b, { lexicon }) !== null;
}

/**
 * Pairs the blocking index may not see: claims of two documents whose quotes are credited to speakers of one surname
 * and read as one remark in two wordings. Each pair once, as [smaller, larger] index.
 */
export function quotePairs(claims: readonly Claim[], lexicon: Lexicon): [number, number][] {
  const bySpeaker = new Map<string, number[]>();
  claims.forEach((c, i) => {
    const names = new Set(c.quotes.map((q) => speakerOf(c, q)).filter((s): s is string => s !== undefined).map(surname));
    for (const name of names) bySpeaker.set(name, [...(bySpeaker.get(name) ?? []), i]);
  });
  const out: [number, number][] = [];
  const seen = new Set<string>();
  for (const members of bySpeaker.values()) {
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const [i, j] = [members[x]!, members[y]!];
        const key = `${i}:${j}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (quotesOfOneRemark(claims[i]!, claims[j]!, lexicon)) out.push([i, j]);
      }
    }
  }
  return out;
}
