import type { Claim, Phrase } from '../model/claim.js';
import { claimWords } from './words.js';

/**
 * Words after a verb that end the search for its object: a preposition or subordinator opens an adjunct, not the object
 * (Quirk et al. 1985 § 9.1, § 14.4).
 */
const NOT_AN_OBJECT: ReadonlySet<string> = new Set(['on', 'of', 'for', 'against', 'over', 'into', 'to', 'in', 'at', 'by', 'with', 'from', 'after', 'because', 'until', 'despite']);
/** Adverb particles of phrasal verbs ("called off the strike"): part of the verb, not its object (Quirk et al. 1985 § 16.2). */
const PARTICLES: ReadonlySet<string> = new Set(['off', 'up', 'out', 'down', 'back', 'away']);

/**
 * The object of a claim's verb when extraction gave it no theme ("called off Friday's strike", "postponed this year's
 * event", where a date in the genitive opens the noun phrase): from the first word after the verb and its particle to
 * the first content word outside a date, when no preposition comes first.
 */
export function objectAfterVerb(claim: Claim): Phrase | undefined {
  const verb = claim.proposition.predicate?.span;
  if (!verb) return undefined;
  let from: number | undefined;
  for (const t of claimWords(claim).tokens.filter((w) => w.span.start >= verb.end)) {
    if (from === undefined && PARTICLES.has(t.lower)) continue;
    if (NOT_AN_OBJECT.has(t.lower)) return undefined;
    from ??= t.span.start;
    if (!t.content || claim.times.some((d) => t.span.start < d.span.end && t.span.end > d.span.start)) continue;
    const { text, start } = claim.proposition.span;
    const span = { start: from, end: t.span.end, text: text.slice(from - start, t.span.end - start) };
    return { text: span.text, key: t.lemma, span };
  }
  return undefined;
}
