import type { Claim } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { COORDINATORS } from '../lexicon/grammar-words.js';
import { claimWords, type Token } from '../relate/words.js';

const COORDINATOR: ReadonlySet<string> = new Set(COORDINATORS);
const inside = (t: Token, s: Span) => t.span.start >= s.start && t.span.end <= s.end;

/**
 * "object to people climbing on the graves", "no objection to ghost stories": with no object of its own, what a verb or
 * event noun is about follows the preposition that a prepositional verb takes (Quirk et al. 1985 § 16.5: "object to",
 * "apply for", "campaign against", "deal with", "argue about", "fight over"): the content words of that phrase up to its
 * first comma or coordinator, less dates and places (an adjunct, not an object).
 */
export function orPrepositionalObject(theme: string[], claim: Claim, at: Span): string[] {
  if (theme.length > 0) return theme;
  const { tokens } = claimWords(claim);
  const next = tokens.findIndex((t) => t.span.start >= at.end);
  if (next < 0 || !OBJECT_PREPOSITIONS.has(tokens[next]!.lower)) return [];
  const slot = (t: Token) => claim.times.some((x) => inside(t, x.span)) || claim.places.some((x) => inside(t, x.span));
  const out: string[] = [];
  for (const t of tokens.slice(next + 1)) {
    if (COORDINATOR.has(t.lower) || claim.text.slice(t.span.end - claim.span.start).startsWith(',')) {
      if (t.content && !slot(t)) out.push(t.lemma);
      break;
    }
    if (t.content && !slot(t)) out.push(t.lemma);
  }
  return out;
}
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'for', 'against', 'with', 'about', 'over']);

/** The prepositional object of the claim's predicate when it has no theme or complement of its own (else []). */
export function predicateObject(c: Claim): string[] {
  const p = c.proposition;
  if (!p.predicate || p.theme !== undefined || p.complement !== undefined) return [];
  return orPrepositionalObject([], c, p.predicate.span);
}
