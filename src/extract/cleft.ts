import type { Range } from '../ingest/types.js';
import { nounPhraseAfter, nounPhraseBefore } from './noun-phrases.js';
import { hasTag, type Term } from './terms.js';
import { NEGATOR, isBe } from './verbs.js';

/**
 * "It was the night guard who called …", "It is the council that sets …": in an it-cleft (Quirk § 18.25) the focus
 * phrase after "it" + "be" is the subject of the verb after "who" / "that"; a focused adverbial ("It was in May
 * that …") is none.
 */
export function cleftFocus(terms: readonly Term[], start: number, v: number): Range | undefined {
  if (terms[start]?.lower !== 'it' || !terms[start + 1] || !isBe(terms[start + 1]!)) return undefined;
  const relative = terms.findIndex((t, i) => i > start + 2 && i < v && (t.lower === 'who' || t.lower === 'that'));
  // "It is the first time that the river has frozen": with a subject of its own after "that", it is no cleft.
  // An ordinal before the verb is a focusing adverb ("that first proposed").
  if (relative < 0 || !terms.slice(relative + 1, v).every((t) => hasTag(t, 'Auxiliary') || hasTag(t, 'Modal') || hasTag(t, 'Adverb') || hasTag(t, 'Ordinal') || isBe(t) || NEGATOR.has(t.lower))) return undefined;
  const focus = nounPhraseAfter(terms, start + 2);
  return focus && focus.end <= terms[relative]!.start ? focus : undefined;
}

/**
 * "It was minutes later that the surgeon removed …", "It was in May that the firm moved": when the cleft's focus is an
 * adverbial (Quirk § 18.26), the clause after "that" has its own subject, which is the actor; "it" is no doer.
 */
export function cleftSubject(terms: readonly Term[], start: number, v: number): Range | undefined {
  if (terms[start]?.lower !== 'it' || !terms[start + 1] || !isBe(terms[start + 1]!)) return undefined;
  const that = terms.findIndex((t, i) => i > start + 2 && i < v - 1 && t.lower === 'that');
  return that < 0 ? undefined : nounPhraseBefore(terms, v, that + 1);
}
