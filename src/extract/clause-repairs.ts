import type { Range } from '../ingest/types.js';
import { PREPOSITIONS } from '../lexicon/grammar-words.js';
import { IMPLICATIVE_NOUNS } from '../lexicon/implicative-nouns.js';
import { VERB_PARTICLES } from '../lexicon/particles.js';
import { TRANSITIVE_FIRST_SENSE, TRANSITIVE_PHRASAL_VERBS } from '../lexicon/wordnet-transitives.js';
import { isNominal } from './noun-phrases.js';
import { hasTag, type Term } from './terms.js';
import { startsDate, themeAfter } from './theme.js';
import { isBe } from './verbs.js';
import { isParticiple } from './verb-forms.js';

/**
 * Readings of a clause's subject, verb and object that the tagger's words alone miss, each by one construction
 * class: phrasal-verb objects, shared objects of coordinated verbs, infinitival relatives after a copula, a subject
 * head read as an adjective, and the "get" passive.
 */

const TRANSITIVE: ReadonlySet<string> = new Set(TRANSITIVE_FIRST_SENSE);
const PHRASAL_TRANSITIVE: ReadonlySet<string> = new Set(TRANSITIVE_PHRASAL_VERBS);
const PARTICLE_WORDS: ReadonlySet<string> = new Set(VERB_PARTICLES);

/**
 * "laid off 300 workers", "shot down a helicopter", "rounded up dozens of protesters": the object of a phrasal verb
 * follows its particle (Quirk § 16.4). A word the tagger read as a particle counts unless a date or a year follows
 * ("stopped in May", "ended in 2019", "broke down last night"); a particle it read as a preposition counts when
 * WordNet lists the verb and particle as one verb that takes an object and a noun phrase opens after it ("ran off the
 * road" stays a prepositional phrase: "run off" takes none in its first senses). A bare verb form right after the
 * particle ("knocked out power to", "ruled out foul play") is the object's first word, since two verbs do not follow
 * a particle: it is read as a noun in `terms`.
 */
export function particleBeforeObject(terms: Term[], v: number, verb: Term): boolean {
  const particle = terms[v + 1];
  const next = terms[v + 2];
  if (!particle || particle.commaAfter || startsDate(terms, v + 2) || (hasTag(next, 'Value') && /^\d{4}$/.test(next!.lower))) return false;
  const misread = misreadObjectWord(terms, v + 2);
  if (hasTag(particle, 'Particle') || (PARTICLE_WORDS.has(particle.lower) && PHRASAL_TRANSITIVE.has(`${verb.root} ${particle.lower}`) && misread)) {
    if (misread) terms[v + 2] = misread;
    return true;
  }
  if (!PARTICLE_WORDS.has(particle.lower) || !PHRASAL_TRANSITIVE.has(`${verb.root} ${particle.lower}`)) return false;
  return next !== undefined && (hasTag(next, 'Determiner') || hasTag(next, 'Value') || hasTag(next, 'Possessive') || hasTag(next, 'Adjective') || hasTag(next, 'Noun'));
}


/** The word at `i` read as a noun when the tagger made it a bare verb that ends a phrase (the clause ends, a noun, preposition or conjunction follows). */
function misreadObjectWord(terms: readonly Term[], i: number): Term | undefined {
  const t = terms[i];
  if (!t || !hasTag(t, 'Verb') || hasTag(t, 'Gerund') || hasTag(t, 'PastTense') || hasTag(t, 'Auxiliary') || hasTag(t, 'Modal') || hasTag(t, 'Copula')) return undefined;
  if (!hasTag(t, 'Infinitive') && !hasTag(t, 'PresentTense')) return undefined;
  const after = terms[i + 1];
  const closes = t.commaAfter || after === undefined || PREPOSITION.has(after.lower) || ['Noun', 'Preposition', 'Conjunction', 'Date'].some((tag) => hasTag(after, tag));
  return closes && !hasTag(after, 'Pronoun') ? { ...t, tags: NOUN_TAGS } : undefined;
}

const NOUN_TAGS: ReadonlySet<string> = new Set(['Noun']);
const PREPOSITION: ReadonlySet<string> = new Set(PREPOSITIONS);

/**
 * "Harlow was the first woman to lead the party": an infinitive after a noun phrase that complements "be" modifies
 * that noun (an infinitival relative, Quirk § 17.30); the copula is the clause's verb and the noun its theme.
 * "The plan is to build a bridge" (no noun before "to") keeps the infinitive.
 */
export function copulaBeforeInfinitivalRelative(terms: readonly Term[], start: number, v: number): number {
  if (v < 2 || terms[v - 1]?.lower !== 'to') return v;
  let be = v - 2;
  while (be >= 0 && !isBe(terms[be]!)) be--;
  if (be < start || !hasTag(terms[be + 1], 'Determiner')) return v;
  const phrase = terms.slice(be + 2, v - 1);
  const nounPhrase = phrase.length > 0 && isNominal(phrase[phrase.length - 1]!) && phrase.every((t) => !t.commaAfter && (isNominal(t) || hasTag(t, 'Adjective') || hasTag(t, 'Ordinal') || hasTag(t, 'Value')));
  return nounPhrase ? be : v;
}

/**
 * "Plans to close the library were scrapped", "The decision to cancel the regatta was taken": an infinitive right after
 * the subject's head noun complements that noun (Quirk § 17.34, the infinitive as noun-phrase postmodifier), so the
 * clause's verb is the finite verb after it: a form of "be", a modal, an auxiliary or a past that is no participle.
 * With none ("The plan is to …" has a verb before), v stays.
 */
export function verbAfterSubjectInfinitive(terms: readonly Term[], start: number, v: number): number {
  if (v < start + 2 || terms[v - 1]?.lower !== 'to') return v;
  const head = terms[v - 2]!;
  // "The union's refusal to accept the offer surprised analysts": an implicative noun tells the state of its event, which
  // stays the claim's (implicative-words.ts).
  if (!isNominal(head) || hasTag(head, 'Pronoun') || head.commaAfter || Object.hasOwn(IMPLICATIVE_NOUNS, head.lower)) return v;
  if (terms.slice(start, v - 2).some((t) => isBe(t) || hasTag(t, 'Verb') || hasTag(t, 'Modal') || t.commaAfter)) return v;
  for (let k = v + 1; k < terms.length; k++) {
    const t = terms[k]!;
    if (terms[k - 1]!.commaAfter || hasTag(t, 'Conjunction') || t.lower === 'that' || t.lower === 'to') return v;
    if (isBe(t) || hasTag(t, 'Modal') || hasTag(t, 'Auxiliary')) return k;
    if (hasTag(t, 'Verb') && hasTag(t, 'PastTense') && !hasTag(t, 'Participle')) return k;
  }
  return v;
}

/**
 * "Protesters smashed and looted the shops": two coordinated transitive verbs share the object after the second
 * (Quirk § 13.79, right node raising); a verb with no object of its own takes it when its first sense in WordNet
 * takes one ("resigned and left the country" keeps no object for a verb that has none).
 */
export function sharedObject(terms: readonly Term[], from: number, verb: Term): Range | undefined {
  if (!TRANSITIVE.has(verb.root)) return undefined;
  const and = terms[from];
  const second = terms[from + 1];
  if (!and || !second || (and.lower !== 'and' && and.lower !== 'or') || terms[from - 1]?.commaAfter) return undefined;
  // "looted and burned shops": a past form read as an adjective after a past verb shares its tense, so it is a verb.
  const pastPair = hasTag(second, 'Adjective') && hasTag(verb, 'PastTense') && isParticiple(second.lower);
  if ((!hasTag(second, 'Verb') && !pastPair) || hasTag(second, 'Auxiliary') || hasTag(second, 'Modal') || isBe(second)) return undefined;
  return themeAfter(terms, from + 2);
}

/**
 * "The state-owned firm sold …" with "firm" read as an adjective: an adjective between the subject phrase and the verb
 * is the phrase's head (an adjective does not end a subject before its verb; Quirk § 7.20), so the actor takes it in.
 */
export function withAdjectiveHead(terms: readonly Term[], actor: Range, v: number): Range {
  const head = terms[v - 1];
  const last = terms[v - 2];
  if (!head || !last || last.end !== actor.end || last.commaAfter || head.commaAfter || head.capitalized) return actor;
  return hasTag(head, 'Adjective') && !isNominal(head) && !hasTag(head, 'Verb') ? { start: actor.start, end: head.end } : actor;
}

/**
 * "The firm cut …", "The local firm closed …" with "firm" read as an adjective: a determiner and adjectives right
 * before the verb are a noun phrase whose last word is its head (a determiner needs a head; Quirk § 5.10).
 */
export function adjectiveHeaded(terms: readonly Term[], from: number, v: number): Range | undefined {
  let k = v - 1;
  while (k >= from && hasTag(terms[k], 'Adjective') && !hasTag(terms[k], 'Determiner') && !terms[k]!.commaAfter) k--;
  if (k === v - 1 || k < from || !hasTag(terms[k], 'Determiner') || terms[k]!.commaAfter) return undefined;
  return { start: terms[k]!.start, end: terms[v - 1]!.end };
}

const GET_FORMS: ReadonlySet<string> = new Set(['get', 'gets', 'got', 'gotten', 'getting']);

/**
 * "The goalkeeper got injured", "two cars got damaged": "get" with a past participle is a passive (Quirk § 3.68); the
 * participle is the clause's verb. The participle's index, else undefined ("got a grant", "got angry" keep "get").
 */
export function getPassive(terms: readonly Term[], v: number): number | undefined {
  if (!GET_FORMS.has(terms[v]?.lower ?? '') || terms[v]!.commaAfter) return undefined;
  let k = v + 1;
  while (k < terms.length && (hasTag(terms[k], 'Adverb') || hasTag(terms[k], 'Negative')) && !terms[k]!.commaAfter) k++;
  const participle = terms[k];
  if (!participle || !isParticiple(participle.lower) || hasTag(participle, 'Determiner')) return undefined;
  return terms[k + 1]?.lower === 'to' ? undefined : k;
}

/**
 * "No arrests have been made", "Arrests were made", "judges upheld the ban": a plural the tagger read as a present-tense
 * verb, at the clause's start (after "no" or nothing) and right before an auxiliary, a copula or a past-tense verb, is
 * the subject's head; two finite verbs do not stand side by side in one clause (Quirk § 3.21).
 */
export function verbTaggedSubject(terms: readonly Term[], from: number, v: number): Range | undefined {
  const first = terms[from]?.lower === 'no' ? from + 1 : from;
  const head = terms[first];
  if (head === undefined || first >= v || !pluralReadAsVerb(head, terms[first + 1], ['Auxiliary', 'Copula', 'PastTense'])) return undefined;
  return { start: head.start, end: head.end };
}

/**
 * An "-s" form the tagger read as a present-tense verb, with no comma after it, right before a word with one of the
 * tags (an auxiliary, a copula, a past-tense verb): two finite verbs do not stand side by side, so it is a plural noun.
 */
export function pluralReadAsVerb(word: Term, next: Term | undefined, tags: readonly string[]): boolean {
  return next !== undefined && !word.commaAfter && word.lower.endsWith('s') && hasTag(word, 'PresentTense') && tags.some((t) => hasTag(next, t));
}
