import { WORDNET_PHRASAL_VERBS } from '../lexicon/wordnet-phrasal-verbs.js';
import { hasTag, isNoun, type Term } from './terms.js';

/**
 * Prepositions that take a noun phrase and never a bare infinitive: "to" (the infinitive's marker), "but", "than",
 * "except" and "like" ("could do nothing but wait", "rather than wait") and the particles of phrasal verbs ("up",
 * "off", "out", "down", "about") are left out (Quirk et al. 1985 § 9.1–9.4).
 */
const NOUN_PREPOSITIONS: ReadonlySet<string> = new Set([
  'from', 'of', 'for', 'with', 'without', 'in', 'on', 'at', 'by', 'into', 'onto', 'under', 'over', 'across', 'through',
  'during', 'against', 'among', 'between', 'behind', 'beyond', 'near', 'within', 'upon', 'towards', 'toward', 'despite', 'amid',
]);

/**
 * "Damage from flash flooding", "demand for power", "a ban on fishing boats": a base form the tagger read as a verb
 * right after a preposition that takes only a noun phrase is a noun, or a noun's modifier when a noun follows.
 */
export function isBaseFormAfterPreposition(terms: readonly Term[], i: number): boolean {
  const [before, t] = [terms[i - 1], terms[i]!];
  if (!before || before.commaAfter || !hasTag(before, 'Preposition') || !NOUN_PREPOSITIONS.has(before.lower) || t.capitalized) return false;
  if (!hasTag(t, 'Verb') || hasTag(t, 'Auxiliary') || hasTag(t, 'Modal') || hasTag(t, 'Copula')) return false;
  if (hasTag(t, 'PastTense') || hasTag(t, 'Gerund') || hasTag(t, 'Participle')) return false;
  return t.lower === t.root;
}

/** The tags a base form after a preposition takes: a modifier before a noun ("flash flooding"), else a noun. */
export const beforeNoun = (terms: readonly Term[], i: number): boolean => {
  const next = terms[i + 1];
  return next !== undefined && !terms[i]!.commaAfter && isNoun(next);
};

/** Words the tagger reads as adjectives ("over/Adjective the town") that are prepositions before a noun phrase. */
const SPATIAL_PREPOSITIONS: ReadonlySet<string> = new Set(['over', 'under', 'above', 'below', 'past', 'across', 'through', 'beyond', 'behind', 'inside', 'outside', 'beneath']);
export const PREPOSITION_TAGS: ReadonlySet<string> = new Set(['Preposition']);

/**
 * "covered under the standard policies", "declined over the past year": a spatial preposition the tagger read as an
 * adjective or noun, right before a determiner, a possessive or a figure, opens a prepositional phrase (Quirk et al.
 * 1985 § 9.1); "the game is over." and the particle of a two-word verb ("handed over the papers") keep their reading.
 */
export function isPrepositionBeforePhrase(terms: readonly Term[], i: number): boolean {
  const [t, next] = [terms[i]!, terms[i + 1]];
  if (!next || t.commaAfter || !SPATIAL_PREPOSITIONS.has(t.lower) || hasTag(t, 'Preposition') || hasTag(t, 'Particle')) return false;
  // "handed over the documents": the particle of a two-word verb WordNet lists stays the verb's.
  const before = terms[i - 1];
  if (before && hasTag(before, 'Verb') && WORDNET_PHRASAL_VERBS[`${before.root} ${t.lower}`] !== undefined) return false;
  return hasTag(next, 'Determiner') || hasTag(next, 'Possessive') || hasTag(next, 'Value');
}
