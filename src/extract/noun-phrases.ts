import type { Range } from '../ingest/types.js';
import { AUXILIARY_HEADS, PREPOSITIONS, SPATIAL_PREPOSITIONS, SUBJECT_PRONOUNS, VERB_GROUP_AUXILIARIES } from '../lexicon/grammar-words.js';
import { NAME_PARTICLES } from '../lexicon/name-particles.js';
import { PARTS_OF_DAY } from '../lexicon/date-cues.js';
import { ROLE_NOUNS } from '../lexicon/role-nouns.js';
import { SINGLE_HOLDER_OFFICES } from '../lexicon/offices.js';
import { hasTag, type Term } from './terms.js';

/** Head nouns of titles ("Prime Minister of …"), which a name in capitals is not. */
const TITLE_HEADS: ReadonlySet<string> = new Set([...ROLE_NOUNS, ...SINGLE_HOLDER_OFFICES]);

/** Noun phrases around a clause's verb: the subject before it, the theme after it. */

const PREPOSITION = new Set([...PREPOSITIONS, ...SPATIAL_PREPOSITIONS]);
const AUXILIARY: ReadonlySet<string> = new Set(AUXILIARY_HEADS);
/** Words that open a free relative (Quirk § 15.8), whose subject's verb may stand before the main clause's. */
const FREE_RELATIVE: ReadonlySet<string> = new Set(['what', 'whatever', 'whoever', 'whichever']);
const NP_BREAK = new Set(['Preposition', 'Conjunction', 'Verb', 'Adverb', 'QuestionWord']);

/**
 * The subject: the first noun phrase before the verb that does not follow a preposition ("Despite Tuesday's
 * eruption, flights … were not suspended" → flights); failing that, the nearest noun phrase before the verb.
 * The search starts at `from`, where the main clause starts after an adverbial opener.
 */
export function nounPhraseBefore(terms: readonly Term[], v: number, from = 0): Range | undefined {
  let objectEnd = -1;
  for (let i = from; i < v; i++) {
    if (!isNominal(terms[i]!) || hasTag(terms[i], 'Date') || partOfDayAfterDate(terms, i)) continue;
    let start = i;
    // "A 17-year-old": the parts of a hyphenated compound belong to the phrase.
    while (start > from && (isModifier(terms[start - 1]!) || hyphenJoined(terms, start))) start--;
    const appositive = start === objectEnd + 1 && placeAppositive(terms, start, v);
    if (appositive || (start > from && (hasTag(terms[start - 1], 'Preposition') || PREPOSITION.has(terms[start - 1]!.lower)))) {
      while (i + 1 < v && !terms[i]!.commaAfter && !opensNextPhrase(terms[i + 1]!) && (isNominal(terms[i + 1]!) || isModifier(terms[i + 1]!))) i++;
      i = Math.max(i, coordinatedObjectEnd(terms, i, v));
      objectEnd = i;
      continue;
    }
    let end = i;
    // "Charles de Gaulle": a name particle between two proper nouns joins them into one name.
    for (let grown = true; grown; ) {
      while (end + 1 < v && !terms[end]!.commaAfter && (isNominal(terms[end + 1]!) || hasTag(terms[end + 1], 'Possessive') || hyphenJoined(terms, end + 1))) end++;
      // "Dinosaur remains were found": a plural read as a verb closes the phrase before an auxiliary; after a wh-word
      // it is that clause's own verb ("What the company needs is cash").
      if (end + 1 < v && !terms[end]!.commaAfter && !FREE_RELATIVE.has(terms[start - 1]?.lower ?? '') && pluralHeadBeforeAuxiliary(terms, end + 1)) end++;
      // "Italian royal family": a nationality word the tagger read as a noun premodifies the adjectives and head after it.
      const premodified = demonymBeforeHead(terms, end, v);
      if (premodified !== undefined) {
        end = premodified;
        continue;
      }
      grown = end + 2 < v && !terms[end]!.commaAfter && nameParticle(terms, end + 1);
      if (grown) end += 2;
    }
    // "Spain's foreign ministry": a possessive determines the noun phrase after it, adjectives and all.
    const owned = possessedHead(terms, end, v);
    if (owned !== undefined) end = owned;
    // "Minister of the Interior Karel Dušek resigned": a post-modified title; the name next to the verb is the actor.
    // With a determiner it is a plain noun phrase: "The board of Nordbank approved" has "board" as its head, and a
    // place is no name a title goes with: "Residents of Sapporo woke" has "Residents".
    const named = lastNominalBefore(terms, v);
    // A title is singular: "Shares of Norvik Energy jumped", "Members of Congress voted" have a plural head (Quirk § 17.37).
    // "Callum Baird of Oban skimmed": a person's name before "of" is no title; the "of" phrase tells where the person is from.
    const personalName = end > start && terms.slice(start, end + 1).every((t) => t.capitalized) && !TITLE_HEADS.has(terms[end]!.lower);
    if (terms[end + 1]?.lower === 'of' && !personalName && !hasTag(terms[start], 'Determiner') && !hasTag(terms[end], 'Plural') && hasTag(named, 'ProperNoun') && !hasTag(named, 'Place')) break;
    return subjectAfterOpener(terms, end, v) ?? { start: terms[start]!.start, end: terms[end]!.end };
  }
  let end = v - 1;
  while (end >= from && !isNominal(terms[end]!)) end--;
  if (end < from) return undefined;
  let start = end;
  while (start > from && !terms[start - 1]!.commaAfter && (isNominal(terms[start - 1]!) || isModifier(terms[start - 1]!))) start--;
  return { start: terms[start]!.start, end: terms[end]!.end };
}

/**
 * "Italian royal family", "Chinese state media": a demonym (a nationality word) before adjectives and a noun is their
 * premodifier (Quirk et al. 1985 § 7.26, nationality words as adjectives); the index of that noun before `v`, else undefined.
 */
function demonymBeforeHead(terms: readonly Term[], end: number, v: number): number | undefined {
  if (!hasTag(terms[end], 'Demonym') || terms[end]!.commaAfter) return undefined;
  let k = end + 1;
  while (k < v && hasTag(terms[k], 'Adjective') && !isNominal(terms[k]!) && !terms[k]!.commaAfter) k++;
  return k > end + 1 && k < v && isNominal(terms[k]!) ? k : undefined;
}

/**
 * "Fossil remains were found", "Rebel attacks have increased": a plural the tagger read as a present-tense verb, right
 * before an auxiliary, copula or modal, is the subject's head; two finite verbs do not stand side by side in one clause
 * (Quirk § 3.21), as verbTaggedSubject reads a one-word subject.
 */
export function pluralHeadBeforeAuxiliary(terms: readonly Term[], i: number): boolean {
  const [t, next] = [terms[i], terms[i + 1]];
  if (t === undefined || next === undefined || t.commaAfter || !/^[a-z]{2,}[^s'u]s$/.test(t.lower) || !hasTag(t, 'PresentTense')) return false;
  return AUXILIARY.has(next.lower) || hasTag(next, 'Auxiliary') || hasTag(next, 'Copula') || hasTag(next, 'Modal');
}

/**
 * "near Lyon, France, in May": a name between commas right after a prepositional object names where that object is
 * (Quirk § 17.65, appositive place names); it is part of the object, not the clause's subject.
 */
export function placeAppositive(terms: readonly Term[], start: number, v: number): boolean {
  const before = terms[start - 1];
  if (!before?.commaAfter || !hasTag(before, 'ProperNoun')) return false;
  let k = start;
  while (k < v && hasTag(terms[k], 'ProperNoun') && !terms[k]!.commaAfter) k++;
  if (!(k < v - 1 && hasTag(terms[k], 'ProperNoun') && terms[k]!.commaAfter)) return false;
  // "in Laos, Thailand, Burma and Sri Lanka": names running on to "and" are a list, not a place and its region.
  let next = k + 1;
  while (next < v && hasTag(terms[next], 'ProperNoun') && !terms[next]!.commaAfter) next++;
  return !LIST_END.has(terms[next]?.lower ?? '') && !(hasTag(terms[next], 'ProperNoun') && terms[next]!.commaAfter);
}

const LIST_END = new Set(['and', 'or']);

export function lastNominalBefore(terms: readonly Term[], v: number): Term | undefined {
  for (let k = v - 1; k >= 0; k--) if (isNominal(terms[k]!)) return terms[k];
  return undefined;
}

const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or']);

/**
 * "In Kent, Surrey and Sussex, crews …", "After the storm and the floods, …": where a preposition's coordinated object
 * ends when its first conjunct ends at term i (Quirk et al. 1985 § 13.21): the last conjunct, after "and" / "or", closed
 * by a comma before the verb. -1 when no coordinator closes such a list ("In Lewes, Seaford Police cleared …").
 */
function coordinatedObjectEnd(terms: readonly Term[], i: number, v: number): number {
  let k = i;
  for (;;) {
    const coordinated = COORDINATORS.has(terms[k + 1]?.lower ?? '');
    if (!coordinated && !terms[k]!.commaAfter) return -1;
    const end = conjunctEnd(terms, k + (coordinated ? 2 : 1), v);
    if (end < 0) return -1;
    if (coordinated) return terms[end]!.commaAfter ? end : -1;
    k = end;
  }
}

/** The last term of a noun phrase that starts at term `from` and ends at a comma or before its first other word; -1 if none. */
function conjunctEnd(terms: readonly Term[], from: number, v: number): number {
  let last = -1;
  for (let j = from; j < v && (isNominal(terms[j]!) || isModifier(terms[j]!)); j++) {
    last = j;
    if (terms[j]!.commaAfter) break;
  }
  return last >= 0 && terms.slice(from, last + 1).some(isNominal) ? last : -1;
}

/**
 * "From March it will meet", "From May the club will meet": after a prepositional object's head, an article, a
 * demonstrative or a subject pronoun opens the next noun phrase (Quirk § 5.10: central determiners come first in
 * their phrase), so the fronted phrase ends there and the subject follows.
 */
function opensNextPhrase(t: Term): boolean {
  return NEXT_PHRASE.has(t.lower);
}
const NEXT_PHRASE: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'these', 'those', ...SUBJECT_PRONOUNS]);

const PART_OF_DAY: ReadonlySet<string> = new Set(PARTS_OF_DAY);
/** "Tuesday morning", "Sunday night": a part of the day right after a date is a word of that date, no subject. */
function partOfDayAfterDate(terms: readonly Term[], i: number): boolean {
  return PART_OF_DAY.has(terms[i]!.lower) && i > 0 && hasTag(terms[i - 1], 'Date') && !terms[i - 1]!.commaAfter;
}

function isModifier(t: Term): boolean {
  if (PREPOSITION.has(t.lower)) return false;
  return hasTag(t, 'Determiner') || hasTag(t, 'Adjective') || hasTag(t, 'Possessive') || hasTag(t, 'Ordinal');
}

export function nounPhraseAfter(terms: readonly Term[], from: number): Range | undefined {
  let i = from;
  // compromise tags the determiner "no" an Expression ("reported no injuries"): it opens the phrase all the same.
  while (i < terms.length && (hasTag(terms[i], 'Adverb') || hasTag(terms[i], 'Negative') || hasTag(terms[i], 'Determiner') || terms[i]!.lower === 'no')) i++;
  const start = i;
  // "a van near the bridge": a preposition the tagger reads as an adjective ends the phrase after its first word.
  while (i < terms.length && !(i > start && PREPOSITION.has(terms[i]!.lower)) && ((!NP_BREAK.has(firstTag(terms[i]!)) && (isNominal(terms[i]!) || hasTag(terms[i], 'Adjective') || hasTag(terms[i], 'Value') || hasTag(terms[i], 'Possessive'))) || ingAfterPossessive(terms, i))) i++;
  if (i === start) return undefined;
  return { start: terms[start]!.start, end: terms[i - 1]!.end };
}

/**
 * "the council's planning committee": after a possessive, an "-ing" word before a noun modifies that noun (a gerund in a
 * compound, Quirk et al. 1985, § 17.108), so the phrase goes on to its head.
 */
function ingAfterPossessive(terms: readonly Term[], i: number): boolean {
  const [before, t, next] = [terms[i - 1], terms[i]!, terms[i + 1]];
  return before !== undefined && /['’]s$/.test(before.lower) && !before.commaAfter && t.lower.endsWith('ing') && !t.commaAfter && next !== undefined && isNominal(next) && !next.lower.endsWith('ing');
}

/** After a possessive ending at `end`, the last noun of the phrase it determines (before `v`), else undefined. */
function possessedHead(terms: readonly Term[], end: number, v: number): number | undefined {
  if (terms[end]!.commaAfter || !(hasTag(terms[end], 'Possessive') || /['’]s$/.test(terms[end]!.lower))) return undefined;
  let k = end + 1;
  while (k < v && hasTag(terms[k], 'Adjective') && !terms[k]!.commaAfter) k++;
  if (k === end + 1 || k >= v || !isNominal(terms[k]!)) return undefined;
  while (k + 1 < v && !terms[k]!.commaAfter && isNominal(terms[k + 1]!)) k++;
  return k;
}

/** "Oslo-based": the word is the second half of a hyphenated compound with the word before it. */
const PARTICLE: ReadonlySet<string> = new Set(NAME_PARTICLES);

/** A lower-case name particle with proper nouns on both sides: "de" in "Charles de Gaulle". */
function nameParticle(terms: readonly Term[], i: number): boolean {
  const [before, t, after] = [terms[i - 1], terms[i], terms[i + 1]];
  return t !== undefined && !t.capitalized && PARTICLE.has(t.lower) && hasTag(before, 'ProperNoun') && hasTag(after, 'ProperNoun') && !t.commaAfter;
}

export function hyphenJoined(terms: readonly Term[], i: number): boolean {
  const t = terms[i];
  const before = terms[i - 1];
  return t !== undefined && before !== undefined && hasTag(t, 'Hyphenated') && hasTag(before, 'Hyphenated') && t.start - before.end === 1 && !before.commaAfter;
}

export function isNominal(t: Term): boolean {
  return (hasTag(t, 'Noun') || hasTag(t, 'ProperNoun') || hasTag(t, 'Pronoun')) && !hasTag(t, 'Verb');
}

function firstTag(t: Term): string {
  for (const tag of NP_BREAK) if (t.tags.has(tag)) return tag;
  return '';
}

const OPENER_LIST_WORDS: ReadonlySet<string> = new Set([...COORDINATORS, 'nor']);
const inLeadPhrase = (t: Term) => isNominal(t) || hasTag(t, 'Determiner') || hasTag(t, 'Adjective') || hasTag(t, 'Possessive');
const VERB_GROUP: ReadonlySet<string> = new Set([...VERB_GROUP_AUXILIARIES, 'do', 'does', 'did']);
/** Between the subject and its verb: auxiliaries, negators and adverbs ("the ferry wasn't sunk", "police have now"). */
const betweenSubjectAndVerb = (t: Term) => VERB_GROUP.has(t.lower) || hasTag(t, 'Auxiliary') || hasTag(t, 'Negative') || hasTag(t, 'Adverb');

/**
 * "Good news, the ferry was not sunk", "Sorry folks, Halvorsen has not resigned": a noun phrase closed by a comma
 * before another noun phrase that runs up to the verb is an opener (a vocative or a verbless comment, Quirk et al.
 * 1985 § 10.52, § 15.57), not the subject: the phrase next to the verb is. `end` is the last word of the first phrase.
 * Not a list ("Spain, France and Italy signed") nor an appositive, which closes with a comma of its own ("Ana Ruiz,
 * the mayor, said"), nor a figure after a name ("Mr Lee, 45, was").
 */
function subjectAfterOpener(terms: readonly Term[], end: number, v: number): Range | undefined {
  if (!terms[end]?.commaAfter) return undefined;
  let last = end;
  while (last + 1 < v && inLeadPhrase(terms[last + 1]!) && !terms[last + 1]!.commaAfter && !OPENER_LIST_WORDS.has(terms[last + 1]!.lower)) last++;
  if (last === end || !isNominal(terms[last]!) || hasTag(terms[last], 'Value')) return undefined;
  for (let k = last + 1; k < v; k++) if (!betweenSubjectAndVerb(terms[k]!) || terms[k]!.commaAfter) return undefined;
  return { start: terms[end + 1]!.start, end: terms[last]!.end };
}
