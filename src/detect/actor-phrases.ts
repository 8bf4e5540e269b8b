import type { Claim, Phrase } from '../model/claim.js';
import { PREPOSITIONS } from '../lexicon/grammar-words.js';
import { SIMPLE_PREPOSITIONS } from '../lexicon/simple-prepositions.js';
import { claimWords } from '../relate/words.js';
import { perClaim } from '../relate/per-claim.js';

/** Most content words read as the object: a noun phrase, not the rest of the clause. */
const MAX_OBJECT_WORDS = 4;

/** Any simple preposition ends the object noun phrase: "the idea of using a hotline" acts on an idea. */
const PREPOSITION: ReadonlySet<string> = new Set([...PREPOSITIONS, ...SIMPLE_PREPOSITIONS]);

/** The content words right after the predicate, up to the next preposition or comma: the object ("the new spin-off"). */
export const objectWords: (claim: Claim) => readonly string[] = perClaim(readObjectWords);

function readObjectWords(c: Claim): string[] {
  const predicate = c.proposition.predicate;
  if (!predicate) return [];
  const { text, start } = c.proposition.span;
  const out: string[] = [];
  let last = predicate.span.end;
  for (const t of claimWords(c).tokens.filter((w) => w.span.start >= predicate.span.end)) {
    const broken = text.slice(last - start, t.span.start - start).includes(',');
    if (broken || PREPOSITION.has(t.lower) || out.length === MAX_OBJECT_WORDS) break;
    if (t.content) out.push(t.lemma);
    last = t.span.end;
  }
  return out;
}

/**
 * The phrase without a preposition it ends on: a by-agent read up to the next phrase's preposition ("by officers
 * outside the bank" → "officers outside") names "officers".
 */
export function withoutTrailingPreposition(p: Phrase | undefined): Phrase | undefined {
  if (!p) return p;
  const trimmed = p.text.trimEnd();
  const cut = trimmed.lastIndexOf(' ');
  if (cut < 0 || !PREPOSITION.has(trimmed.slice(cut + 1).toLowerCase())) return p;
  const text = trimmed.slice(0, cut).trimEnd();
  return { ...p, text, span: { start: p.span.start, end: p.span.start + text.length, text } };
}
