import { nullPrototype } from '../model/records.js';
import { INVARIANT_PAST } from '../lexicon/invariant-verbs.js';
import { NAMING_VERBS } from '../lexicon/naming-verbs.js';
import { IRREGULAR_PARTICIPLES, IRREGULAR_PAST as LISTED_PAST } from '../lexicon/irregular-verbs.js';
import { IRREGULAR_FORM, PARTICIPLE, isParticiple } from './verb-forms.js';
import { AUXILIARY_HEADS, BE_FORMS, CLAUSE_OPENERS, MISTAGGED_TIME_ADVERBS, COORDINATORS, LINKING_VERBS, MODAL_GAP, PREPOSITIONS } from '../lexicon/grammar-words.js';
import { derived, type Lexicon } from '../lexicon/index.js';
import { LIGHT_VERBS } from '../lexicon/light-verbs.js';
import { NEGATED_AUXILIARIES, NEGATORS } from '../lexicon/polarity-cues.js';
import { hyphenJoined, isNominal } from './noun-phrases.js';
import { startsDate } from './theme.js';
import { opensAdjunct } from './adjunct-openers.js';
import { hasTag, type Term } from './terms.js';

/**
 * Past forms read as the verb right after a noun subject: the listed irregular pasts and the invariant "cut" class.
 * Only there: after "be" an invariant form stays to the tagger ("is forecast early next week").
 */
const IRREGULAR_PAST: Readonly<Record<string, string>> = nullPrototype({ ...INVARIANT_PAST, ...LISTED_PAST });

/**
 * Finding the verb of a clause from compromise's tags, with fallbacks where the tagger is known to slip
 * ("close" after "will" read as an adverb, "rose" read as a noun, "negotiating" read as a noun).
 */

export const NEGATOR = new Set([...NEGATORS, ...NEGATED_AUXILIARIES]);
export const PREPOSITION = new Set(PREPOSITIONS);
const intentionWords = (lexicon: Pick<Lexicon, 'intentionWords'>): ReadonlySet<string> => new Set(lexicon.intentionWords);
const GAP = new Set(MODAL_GAP);
/** Verbs too general to name an event of their own ("said", "has", "made"). */
const LIGHT_EVENT = new Set(LIGHT_VERBS);
const AUXILIARY_HEAD = new Set(AUXILIARY_HEADS);
const BE = new Set(BE_FORMS);
const LINKING = new Set(LINKING_VERBS);
/** How far after an intention word its "to" may stand. */
const INTENTION_REACH = 8;
/** Terms after an auxiliary "have"/"do" in which its main verb is looked for ("has not yet signed"). */
const AUXILIARY_REACH = 3;
/** Terms after a copula in which its participle or state word is looked for ("was not fully restored"). */
const COPULA_REACH = 3;
/** "Has no plans to sell", "is set to seek to": at most this many intention words are passed through in a row. */
const MAX_INTENTION_HOPS = 3;
/** Terms after "whether" or "to" in which the verb of the clause is looked for ("whether reactor 2 may resume"). */
const VERB_AFTER_REACH = 8;
const PROGRESSIVE = /^[a-z]{3,}ing$/;
/** Non-finite forms of "be" inside a verb group (Quirk § 3.54): "is being built", "has been built". */
const PASSIVE_BE = new Set(['being', 'been']);

/** "will close", "would not attend": the word after a modal is a bare infinitive, whatever the tagger said ("close" → Adverb). */
export function isAfterModal(terms: readonly Term[], i: number): boolean {
  const t = terms[i]!;
  // The walk back to the modal first: most words have none before them, and every test here only rules the word out.
  let k = i - 1;
  // A contracted "didn't" is itself a negator: the walk back stops at it. "The lender didn't shutters": no plural noun is a bare infinitive.
  const plural = hasTag(t, 'Plural');
  while (k >= 0 && (hasTag(terms[k], 'Negative') || NEGATOR.has(terms[k]!.lower) || terms[k]!.lower.endsWith('ly') || GAP.has(terms[k]!.lower)) && !(!plural && isNegatedDo(terms, k))) k--;
  if (k < 0 || !(hasTag(terms[k], 'Modal') || (!plural && isNegatedDo(terms, k)))) return false;
  if (hasTag(t, 'Modal') || hasTag(t, 'Negative') || NEGATOR.has(t.lower) || !/^\p{L}/u.test(t.lower)) return false;
  if (hasTag(t, 'Determiner') || hasTag(t, 'Preposition') || hasTag(t, 'Pronoun') || t.lower.endsWith('ly')) return false;
  if (t.lower === 'have' || GAP.has(t.lower)) return false;
  return true;
}

const DO_FORMS = new Set(['do', 'does', 'did']);
const NEGATED_DO = new Set(NEGATED_AUXILIARIES.filter((w) => DO_FORMS.has(w.replace(/n't$/, ''))));

/**
 * "did not close", "does not fail": "do" with a negator after it is do-support (Quirk § 3.37), so the next word is a
 * bare infinitive, whatever the tagger said ("close" → Adjective); "did its job" (no negator) keeps "do" as the verb.
 */
function isNegatedDo(terms: readonly Term[], k: number): boolean {
  const next = terms[k + 1];
  if (NEGATED_DO.has(terms[k]!.lower)) return true;
  return DO_FORMS.has(terms[k]!.lower) && next !== undefined && !terms[k]!.commaAfter && (hasTag(next, 'Negative') || NEGATOR.has(next.lower));
}

/** "admissions rose", "has cut": an irregular past form after a noun, or its participle after "have", is the verb. */
export function isIrregularPast(terms: readonly Term[], i: number): boolean {
  return irregularPastLemma(terms, i) !== undefined;
}

/** The lemma of an irregular past read as the verb after its subject ("the dam burst" → burst), else undefined. */
function irregularPastLemma(terms: readonly Term[], i: number): string | undefined {
  const t = terms[i]!;
  if (i === 0) return undefined;
  const before = terms[i - 1]!;
  // "has cut", "have hit": after "have" the form is its participle.
  const lemma = before.root === 'have' ? IRREGULAR_FORM[t.lower] : IRREGULAR_PAST[t.lower];
  if (lemma === undefined || isCompoundModifier(terms, i)) return undefined;
  // "The TV set was broken": a form right before "be", a modal or "have" heads the subject; two finite verbs do not meet.
  const next = terms[i + 1];
  if (next && (hasTag(next, 'Copula') || hasTag(next, 'Modal') || AUXILIARY_HEAD.has(next.lower))) return undefined;
  if (before.root !== 'have' && (!isNominal(before) || hasTag(before, 'Determiner'))) return undefined;
  return lemma;
}

/**
 * The terms with each irregular past that `isIrregularPast` accepts given its lemma as root (the tagger may have read
 * "burst" as a noun). A new array, each changed term a copy: the result does not depend on which index was asked first.
 */
export function withIrregularRoots(terms: readonly Term[]): Term[] {
  return terms.map((t, i) => {
    // The table lookup first: most terms are no irregular past, and the verb tests cost more.
    const lemma = irregularPastLemma(terms, i);
    if (lemma === undefined || lemma === t.root || isAfterModal(terms, i) || isLexicalVerb(terms, i)) return t;
    return { ...t, root: lemma };
  });
}

/** Every other lexical verb of the clause, as lemmas, in order and once each. */
export function otherVerbs(terms: readonly Term[], predicate: number): string[] {
  const out = new Set<string>();
  terms.forEach((t, i) => {
    if (i !== predicate && (isLexicalVerb(terms, i) || isAfterModal(terms, i)) && !LIGHT_EVENT.has(t.root)) out.add(t.root);
  });
  return [...out];
}

const TIME_ADVERB = new Set(MISTAGGED_TIME_ADVERBS);

/** The term before v, looking past negators and adverbs ("was not damaged", "were quickly removed", "was later sold"). */
export function beforeSkipping(terms: readonly Term[], v: number): Term | undefined {
  let k = v - 1;
  while (k >= 0 && (NEGATOR.has(terms[k]!.lower) || hasTag(terms[k], 'Negative') || hasTag(terms[k], 'Adverb') || TIME_ADVERB.has(terms[k]!.lower))) k--;
  return terms[k];
}

/** A past participle right after a noun and followed by "by" or a comma-closed phrase modifies the noun. */
export function isReducedRelative(terms: readonly Term[], v: number): boolean {
  const t = terms[v]!;
  if (!isParticiple(t.lower)) return false;
  // "the fastest marathon ever run by a woman": an adverb may stand between the noun and its participle.
  const before = beforeSkipping(terms, v);
  if (!before || !isNominal(before) || hasTag(before, 'Pronoun')) return false;
  // "Obama's given up": after "'s" a participle is the contracted "has" + participle, or an adjective.
  if (/['’]s$/.test(before.lower)) return false;
  // "flares thrown from the stands": a participle that is never a past tense needs an auxiliary to be a verb.
  return terms[v + 1]?.lower === 'by' || IRREGULAR_PARTICIPLES[t.lower] !== undefined;
}

const CLAUSE_OPENER = new Set([...CLAUSE_OPENERS, ...COORDINATORS]);
const NAMING = new Set(NAMING_VERBS);

/**
 * "A woman sought for questioning was detained", "Rescuers searching the rubble found …": a participle right after
 * the subject noun — "-ing", or a past participle before a preposition — with a finite verb later in the same clause
 * is a reduced relative (Quirk § 17.97); "Engineers feared the dam was failing" (a past verb with an object) is not.
 */
export function isPostModifier(terms: readonly Term[], v: number): boolean {
  return finiteAfterModifier(terms, v) >= 0;
}

/** The finite verb after the post-modifying participle at v (isPostModifier), or -1 when v is no post-modifier. */
export function finiteAfterModifier(terms: readonly Term[], v: number): number {
  const t = terms[v]!;
  const before = terms[v - 1];
  if (!before || !isNominal(before) || hasTag(before, 'Pronoun') || before.commaAfter || t.commaAfter) return -1;
  // "the jet that diverted to Shannon … is expected": after a relative pronoun the verb is the relative clause's own.
  if (CLAUSE_OPENER.has(before.lower)) return -1;
  // "a woman named Ana Ruiz underwent …": a naming verb's participle takes the name as its complement.
  const named = PARTICIPLE.test(t.lower) && NAMING.has(t.root) && terms[v + 1]?.capitalized === true;
  // "Jets carried out strikes on …": a particle with an object after it makes an active phrasal verb, not a modifier.
  if (hasTag(terms[v + 1], 'Particle') && ADVERB_PARTICLES.has(terms[v + 1]!.lower) && !terms[v + 1]!.commaAfter && opensObject(terms[v + 2])) return -1;
  // A word the tagger did not read as a preposition opens an adjunct only within one comma-free stretch ("killed at
  // least 30 …, the army said" is a clause and its frame).
  const misread = !hasTag(terms[v + 1], 'Preposition') && !hasTag(terms[v + 1], 'Particle') && opensAdjunct(terms, v + 1);
  const participle = named || (isParticiple(t.lower) && (hasTag(terms[v + 1], 'Preposition') || hasTag(terms[v + 1], 'Particle') || misread));
  // "The cyclist injured last week was discharged": a participle, a time phrase, then at once the finite verb.
  if (!participle && isParticiple(t.lower) && startsDate(terms, v + 1)) {
    const at = hasTag(terms[v + 1], 'Date') ? v + 2 : v + 3;
    const after = terms[at];
    return after !== undefined && !terms[v]!.commaAfter && (isBe(after) || hasTag(after, 'Modal') || AUXILIARY_HEAD.has(after.lower)) ? at : -1;
  }
  if (!participle && !(PROGRESSIVE.test(t.lower) && !hasTag(before, 'Possessive'))) return -1;
  for (let k = v + 1; k < terms.length; k++) {
    const w = terms[k]!;
    if (CLAUSE_OPENER.has(w.lower) || (misread && terms[k - 1]!.commaAfter)) return -1;
    if (isBe(w) || hasTag(w, 'Modal') || AUXILIARY_HEAD.has(w.lower) || (hasTag(w, 'Verb') && hasTag(w, 'PastTense') && !hasTag(w, 'Participle'))) return beyondModifier(k, v);
    // "Apprentices trained at the yard built the ferry": a past that is also a participle is finite before its object.
    if (participle && hasTag(w, 'Verb') && hasTag(w, 'PastTense') && !w.commaAfter && hasTag(terms[k + 1], 'Determiner')) return beyondModifier(k, v);
    // "Diplomats involved in the talks expect …": a present verb right after the modifier's last noun is finite too,
    // unless an "-ing" verb in the modifier takes that noun and the verb ("accused of letting dye seep into …").
    if (participle && isPresentAfterNoun(terms, k) && !terms.slice(v + 1, k).some((x) => hasTag(x, 'Gerund'))) return beyondModifier(k, v);
  }
  return -1;
}

/** k when a word of the modifier stands between the participle at v and its finite verb at k, else -1 (not an inner arrow: under tsx each costs a defineProperty per call). */
const beyondModifier = (k: number, v: number): number => (k > v + 1 ? k : -1);

/** Particles that are never prepositions before a noun phrase of place ("kept in the warehouse" is no phrasal verb). */
const ADVERB_PARTICLES: ReadonlySet<string> = new Set(['out', 'off', 'up', 'down', 'away', 'back']);

/** A word that opens a noun phrase object: a determiner, a number, or a common noun (Quirk § 5.10). */
function opensObject(t: Term | undefined): boolean {
  if (!t || t.capitalized || hasTag(t, 'Preposition') || hasTag(t, 'Conjunction') || hasTag(t, 'Date')) return false;
  return hasTag(t, 'Determiner') || hasTag(t, 'Value') || hasTag(t, 'Noun') || (hasTag(t, 'PresentTense') && /^[a-z]{2,}[^s'u]s$/.test(t.lower));
}

function isPresentAfterNoun(terms: readonly Term[], k: number): boolean {
  const w = terms[k]!;
  const before = terms[k - 1]!;
  if (!hasTag(w, 'Verb') || !hasTag(w, 'PresentTense') || hasTag(w, 'Gerund') || hasTag(w, 'Auxiliary') || PROGRESSIVE.test(w.lower)) return false;
  // "laid off 300 workers last month": a word opening a time phrase is no verb.
  if (startsDate(terms, k) || hasTag(terms[k + 1], 'Date')) return false;
  return isNominal(before) && !hasTag(before, 'Pronoun') && !before.commaAfter;
}

function isModifierLike(t: Term): boolean {
  return hasTag(t, 'Determiner') || hasTag(t, 'Possessive') || hasTag(t, 'Adjective') || t.lower.endsWith("'s");
}

/**
 * "Denver-based Halvorsen", "state-owned oil company": a participle hyphened to a word before it, standing before a
 * noun, is a compound adjective (Quirk § I.47), not a verb; "cross-examined the witness" (a determiner next) stays one.
 */
export function isCompoundModifier(terms: readonly Term[], i: number): boolean {
  const t = terms[i]!;
  if (!hyphenJoined(terms, i)) return false;
  if (!PARTICIPLE.test(t.lower) && IRREGULAR_FORM[t.lower] === undefined) return false;
  const next = terms[i + 1];
  return next !== undefined && !t.commaAfter && !hasTag(next, 'Determiner') && (hasTag(next, 'Noun') || hasTag(next, 'ProperNoun') || hasTag(next, 'Adjective'));
}

export function isBe(t: Term): boolean {
  return hasTag(t, 'Copula') || BE.has(t.lower);
}

export function isLexicalVerb(terms: readonly Term[], i: number): boolean {
  const t = terms[i]!;
  if (!hasTag(t, 'Verb') || hasTag(t, 'Auxiliary') || hasTag(t, 'Modal') || hasTag(t, 'Copula') || hasTag(t, 'Particle')) return false;
  if (PREPOSITION.has(t.lower)) return false;
  if (isCompoundModifier(terms, i)) return false;
  // "the science directorate is still weighing": a word right before "is" / "has" / "will" heads the subject.
  const next = terms[i + 1];
  if (next && (hasTag(next, 'Copula') || hasTag(next, 'Modal') || AUXILIARY_HEAD.has(next.lower)) && !hasTag(terms[i - 1], 'Pronoun') && !PARTICIPLE.test(t.lower)) return false;
  // "Planning Committee": a capitalised -ing word before another capitalised word is part of a name.
  if (PROGRESSIVE.test(t.lower) && t.capitalized && terms[i + 1]?.capitalized === true) return false;
  // "Portugal's governing coalition", "the ruling party": an -ing word between a modifier and a noun is an adjective.
  if (PROGRESSIVE.test(t.lower) && i > 0 && isModifierLike(terms[i - 1]!) && hasTag(terms[i + 1], 'Noun')) return false;
  if (BE.has(t.lower)) return false;
  // "The boy, aged 15, was stabbed", "a man aged 30": "aged" before a figure gives an age (AP Stylebook, "ages").
  if (t.lower === 'aged' && hasTag(terms[i + 1], 'Value')) return false;
  // "has/had" followed by a participle is an auxiliary even when compromise tags it a verb.
  if ((t.root === 'have' || DO_FORMS.has(t.lower) || NEGATED_DO.has(t.lower)) && terms.slice(i + 1, i + 1 + AUXILIARY_REACH).some((n, k) => (hasTag(n, 'Verb') && !hasTag(n, 'Auxiliary')) || PASSIVE_BE.has(n.lower) || isAfterModal(terms, i + 1 + k))) return false;
  // "have hit", "has cut": an irregular participle right after "have" is its verb, though the tagger read a noun.
  if (t.root === 'have' && terms[i + 1] !== undefined && IRREGULAR_FORM[terms[i + 1]!.lower] !== undefined) return false;
  return true;
}

/** "were not suspended", "was cut by": a participle after a form of "be" is the predicate, not the copula. */
export function throughCopula(terms: readonly Term[], v: number): number {
  const head = terms[v]!;
  const linking = LINKING.has(head.root) || LINKING.has(head.lower);
  if (!BE.has(head.lower) && !hasTag(head, 'Copula') && !linking) return v;
  for (let i = v + 1; i <= Math.min(terms.length - 1, v + COPULA_REACH); i++) {
    const t = terms[i]!;
    // "kept up its attack", "stayed away": a linking verb's particle makes a phrasal verb, not a complement.
    if (linking && hasTag(t, 'Particle')) return v;
    if (hasTag(t, 'Negative') || hasTag(t, 'Adverb') || NEGATOR.has(t.lower) || t.lower === 'longer') continue;
    // "are being deployed", "had been approved": the passive's own "be" leads on to its participle.
    if (PASSIVE_BE.has(t.lower) && isParticiple(terms[i + 1]?.lower ?? '')) continue;
    // "were still negotiating": a progressive the tagger read as a noun is still the verb.
    if (isParticiple(t.lower) || PROGRESSIVE.test(t.lower) || (hasTag(t, 'Verb') && !hasTag(t, 'Auxiliary'))) return i;
    // "will stay open", "remained closed": the state word after a linking verb is what is affirmed or denied.
    if (linking && hasTag(t, 'Adjective')) return i;
    return v;
  }
  return v;
}

/** "has no plans to sell", "is set to attend": the governed verb is the predicate; polarity passes through. */
export function throughIntention(terms: readonly Term[], v: number, lexicon: Pick<Lexicon, 'intentionWords'>): number {
  const INTENTION = derived(lexicon, intentionWords);
  for (let hops = 0; hops < MAX_INTENTION_HOPS; hops++) {
    const t = terms[v]!;
    if (!INTENTION.has(t.lower) && !INTENTION.has(t.root)) return v;
    // "voted 7-2 on Tuesday night to approve": a short adverbial may stand before the "to".
    const to = terms.slice(v, v + INTENTION_REACH).findIndex((n, k) => k > 0 && n.lower === 'to');
    if (to < 0) return v;
    const next = v + to + 1;
    if (!terms[next] || !hasTag(terms[next], 'Verb')) return v;
    v = next;
  }
  return v;
}

export function verbAfter(terms: readonly Term[], from: number): Term | undefined {
  for (let i = from; i < Math.min(terms.length, from + VERB_AFTER_REACH); i++) {
    if (isAfterModal(terms, i) || isLexicalVerb(terms, i) || (terms[i - 1]?.lower === 'to' && hasTag(terms[i], 'Verb'))) return terms[i];
  }
  return undefined;
}

export function isBeForm(lower: string): boolean {
  return BE.has(lower);
}

/** "-ing" forms: "negotiating", "speaking". */
export function isProgressive(lower: string): boolean {
  return PROGRESSIVE.test(lower);
}
