import { isVerbLemma } from '../relate/wordnet.js';
import { hasTag, type Term } from './terms.js';

/**
 * "The union vows to fight the cuts", "The committee hopes to start work": an "-s" word the tagger read as a plural
 * noun, right after a singular noun and before "to" and a verb, is a present-tense verb taking a to-infinitive (the
 * singular subject agrees with an "-s" verb, not with a plural head; Quirk et al. 1985, § 16.38). After a possessive
 * or a determiner it stays a noun ("the firm's plans to expand", "her efforts to reform").
 */
export function isPresentBeforeInfinitive(terms: readonly Term[], i: number): boolean {
  const [prev, t, to, verb] = [terms[i - 1], terms[i], terms[i + 1], terms[i + 2]];
  if (!prev || !t || !verb || to?.lower !== 'to' || prev.commaAfter || t.commaAfter) return false;
  if (!hasTag(t, 'Plural') || hasTag(t, 'Verb') || !/[^s]s$/.test(t.lower)) return false;
  if (!hasTag(prev, 'Noun') || hasTag(prev, 'Plural') || hasTag(prev, 'Possessive') || hasTag(prev, 'Pronoun')) return false;
  return hasTag(verb, 'Infinitive') && isVerbLemma(t.lower.slice(0, -1));
}
