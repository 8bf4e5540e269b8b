import type { Claim } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { claimWords } from '../relate/words.js';

/** A bare numeral of at most four digits: a designator ("81", "12"), not a figure with separators. */
const DESIGNATOR = /^\d{1,4}$/;
const LETTERS = /^\p{L}+$/u;
const inside = (s: Span, spans: readonly Span[]) => spans.some((x) => s.start >= x.start && s.end <= x.end);

/**
 * The numbered things a claim names: a word followed by a bare numeral ("flight 81", "Gate 12", "Route 66"; Quirk et
 * al. 1985, § 5.66, names with a numeral postmodifier), as word → numeral. A date ("March 12") or a figure that
 * counts a noun or has a unit ("12 euros", "a town 30 miles west") is no designator.
 */
function numberedThings(c: Claim): Map<string, string> {
  const tokens = claimWords(c).tokens;
  // A figure with a unit or a counted noun ("30 miles", "12 euros") measures or counts; a bare numeral may designate.
  const taken = [...c.times.map((t) => t.span), ...c.quantities.filter((q) => q.span.text.replace(/^[\d,.]+/, '').trim() !== '').map((q) => q.span)];
  // "injured 20 others": the claim's own verb before a numeral takes it as its object's count, no name.
  const verb = c.proposition.predicate?.span;
  const out = new Map<string, string>();
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (!next || !t.content || !LETTERS.test(t.lower) || !DESIGNATOR.test(next.lower) || inside(next.span, taken) || inside(t.span, taken)) return;
    if (verb !== undefined && inside(t.span, [verb])) return;
    if (c.span.text.slice(t.span.end - c.span.start, next.span.start - c.span.start).trim() !== '') return;
    out.set(t.lemma, next.lower);
  });
  return out;
}

/** "Flight 81 landed in Keflavik" / "Flight 82 touched down in Shannon": one word with two numbers names two things. */
export function numberedApart(a: Claim, b: Claim): boolean {
  const nb = numberedThings(b);
  if (nb.size === 0) return false;
  return [...numberedThings(a)].some(([word, numeral]) => nb.has(word) && nb.get(word) !== numeral);
}
