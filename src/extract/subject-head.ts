import { AUXILIARY_HEADS, CENTRAL_DETERMINERS } from '../lexicon/grammar-words.js';
import { hasTag, type Term } from './terms.js';

const DETERMINER = new Set(CENTRAL_DETERMINERS);
const AUXILIARY_HEAD = new Set(AUXILIARY_HEADS);

/**
 * "The firm offered …", "The injured were flown …", "The ferry firm has decided …": a word the tagger read as an
 * adjective between a clause-opening determiner (and adjectives or the nouns of a compound) and a finite verb heads the
 * subject noun phrase. "has", "was" … right after it are that verb's auxiliary, whatever the tagger read.
 */
export function isSubjectHead(terms: readonly Term[], i: number): boolean {
  const t = terms[i]!;
  // "The long-awaited bridge": the first half of a hyphenated compound is no head.
  if (!hasTag(t, 'Adjective') || hasTag(t, 'Verb') || hasTag(t, 'Hyphenated') || t.commaAfter || t.capitalized) return false;
  const next = terms[i + 1];
  const finite = next !== undefined && (hasTag(next, 'Modal') || hasTag(next, 'Copula') || hasTag(next, 'Auxiliary') || auxiliaryBeforeVerb(terms, i + 1) || (hasTag(next, 'Verb') && (hasTag(next, 'PastTense') || hasTag(next, 'PresentTense')) && !hasTag(next, 'Infinitive')));
  if (!finite) return false;
  let k = i - 1;
  while (k >= 0 && (hasTag(terms[k], 'Adjective') || (hasTag(terms[k], 'Noun') && !hasTag(terms[k], 'Pronoun') && !terms[k]!.capitalized)) && !terms[k]!.commaAfter) k--;
  return k === 0 && DETERMINER.has(terms[0]!.lower);
}

/** "has agreed", "was sold": an auxiliary's form (whatever the tagger read) right before a past or "-ing" verb. */
export function auxiliaryBeforeVerb(terms: readonly Term[], i: number): boolean {
  const [t, next] = [terms[i], terms[i + 1]];
  return t !== undefined && next !== undefined && AUXILIARY_HEAD.has(t.lower) && !t.commaAfter && hasTag(next, 'Verb') && (hasTag(next, 'PastTense') || hasTag(next, 'Participle') || hasTag(next, 'Gerund') || next.lower.endsWith('ed'));
}
export const AUXILIARY_TAGS: ReadonlySet<string> = new Set(['Verb', 'Auxiliary']);
