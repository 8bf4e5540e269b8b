import { AUXILIARY_HEADS, CENTRAL_DETERMINERS, LINKING_VERBS, OTHER_COPULAS, PARTITIVE_QUANTIFIERS, RELATIVE_PRONOUNS } from '../lexicon/grammar-words.js';
import { FUNCTION_WORDS } from '../lexicon/function-words.js';
import { IRREGULAR_PAST } from '../lexicon/irregular-verbs.js';
import { isIrregularPastAfterPlural, pluralBeforeFinite } from './plural-heads.js';
import { baseFormInCompound } from './compound-bases.js';
import { AUXILIARY_TAGS, auxiliaryBeforeVerb, isSubjectHead } from './subject-head.js';
import { hasTag, isNoun, type Term } from './terms.js';
import { retagNumberedNames } from './numbered-names.js';
import { isPresentBeforeInfinitive } from './present-before-infinitive.js';
import { isCountedIngModifier, isIngAfterPreposition, isIngCompoundHead } from './ing-compounds.js';
import { retagTitleNouns } from './title-nouns.js';
import { headAfterFigure, pluralAfterNumeral } from './numeral-heads.js';
import { ARTICLES, baseFormAfterGenitive, baseFormInNounPhrase, headAfterModifiers, isPastVerb } from './phrase-heads.js';
import { isComparativeHead } from './comparative-heads.js';
import { isUnknownVerb } from './unknown-verbs.js';
import { isBareSubjectBeforePast } from './bare-subjects.js';
import { isGerundSubject } from './gerund-subjects.js';
import { isHyphenatedParticiple } from './hyphen-compounds.js';
import { repairMisreadWords } from './misread-words.js';
import { isHeadOfModifiedSubject, isModifierOfRelativeSubject } from './relative-subjects.js';

/**
 * Words the tagger read as verbs that stand where English allows only a noun or a modifier ("the dam burst",
 * "Two bronzes were stolen", "Storm Brígh left", "police on Wednesday arrested"). Each rule is a position, never a
 * word: the word's own tags are replaced, so every later step (verb search, noun phrases) sees a noun.
 */

const DETERMINER = new Set(CENTRAL_DETERMINERS);
const AUXILIARY_HEAD = new Set(AUXILIARY_HEADS);
const RELATIVE = new Set(RELATIVE_PRONOUNS);
const LINKING = new Set([...LINKING_VERBS, ...OTHER_COPULAS]);
const NOUN_TAGS: ReadonlySet<string> = new Set(['Noun']);
const NAME_TAGS: ReadonlySet<string> = new Set(['Noun', 'ProperNoun']);
const MODIFIER_TAGS: ReadonlySet<string> = new Set(['Adjective']);
const PAST_TAGS: ReadonlySet<string> = new Set(['Verb', 'PastTense']);
const PRESENT_TAGS: ReadonlySet<string> = new Set(['Verb', 'PresentTense']);
const PAST_FORM = /^[a-z]{3,}ed$/;

/** The terms with every verb-tagged word in a noun position retagged as a noun (or, before a noun, a modifier). */
export function retagNounPositions(terms: readonly Term[]): Term[] {
  const known = retagMemo.get(terms);
  if (known && sameTerms(known.input, terms)) return [...known.out];
  const out = retagAll(terms);
  retagMemo.set(terms, { input: [...terms], out: [...out] });
  return out;
}

/**
 * One clause's terms are retagged by the clause splitter and again by the proposition finder: the answer is kept per
 * terms array, with the words it was read from (Term objects are never changed, only replaced), and handed out as a copy.
 */
const retagMemo = new WeakMap<readonly Term[], { input: readonly Term[]; out: readonly Term[] }>();

const sameTerms = (x: readonly Term[], y: readonly Term[]): boolean => x.length === y.length && x.every((t, i) => t === y[i]);

function retagAll(terms: readonly Term[]): Term[] {
  const out = retagTitleNouns(retagNumberedNames(terms));
  const headline: Headline = { terms }; // a title-case headline? Asked only where a capital would otherwise mark a name.
  // Dates, prepositions and nouns after prepositions the tagger misread ("On 11 May", "over the past year", "from flash flooding").
  repairMisreadWords(out, retagged);
  // "Supply trucks that left … have not arrived": a clause-initial "imperative" before a relative clause's noun is its modifier.
  if (out.length > 3 && isModifierOfRelativeSubject(out, 0)) out[0] = retagged(out[0]!, MODIFIER_TAGS);
  // "Damage from the flooding will be covered", "The hire firm in Bowness has …": a base form before a prepositional phrase and the finite verb heads the subject.
  for (let i = 0; i < out.length - 3; i++) if (isHeadOfModifiedSubject(out, i)) out[i] = retagged(out[i]!, NOUN_TAGS);
  // "storm-damaged roofs": a hyphenated noun + participle before a noun is its modifier, both parts.
  for (let i = 0; i < out.length - 2; i++) if (isHyphenatedParticiple(out, i)) (out[i] = retagged(out[i]!, MODIFIER_TAGS), out[i + 1] = retagged(out[i + 1]!, MODIFIER_TAGS));
  // "Food prices rose sharply": an irregular past read as a noun after the subject's plural head is the verb; done first,
  // so the words before it are read as the subject they are.
  for (let i = 1; i < out.length; i++) if (isIrregularPastAfterPlural(out, i)) out[i] = { ...out[i]!, tags: PAST_TAGS };
  // "A Builth Wells farrier has been struck off": an "-er" noun read as a comparative before the verb heads the subject.
  for (let i = 1; i < out.length; i++) if (isComparativeHead(out, i)) out[i] = retagged(out[i]!, NOUN_TAGS);
  // "Our maize maze opens": a word WordNet knows as no verb, read as one from its spelling, is a noun or its modifier.
  for (let i = 0; i < out.length; i++) {
    if (!isUnknownVerb(out, i)) continue;
    out[i] = retagged(out[i]!, out[i + 1] && isNoun(out[i + 1]!) && !out[i]!.commaAfter ? MODIFIER_TAGS : NOUN_TAGS);
  }
  // "…, and police blocked the road": a base form read as a verb right before a past verb is the clause's bare subject.
  for (let i = 0; i < out.length; i++) if (isBareSubjectBeforePast(out, i)) out[i] = retagged(out[i]!, NOUN_TAGS);
  // "A river police dive team found": a base form between two nouns of the subject is a noun of the compound.
  for (let i = 1; i < out.length; i++) if (hasTag(out[i], 'Verb') && baseFormInCompound(out, i)) out[i] = retagged(out[i]!, NOUN_TAGS);
  // "The union vows to fight": an "-s" word read as a plural noun before "to" and a verb is the verb.
  for (let i = 1; i < out.length; i++) if (isPresentBeforeInfinitive(out, i)) out[i] = { ...out[i]!, tags: PRESENT_TAGS };
  for (let i = 0; i < out.length; i++) {
    const t = out[i]!;
    const verbAfterName = nameSubjectVerb(out, i);
    if (verbAfterName !== undefined) {
      out[i] = retagged(t, NAME_TAGS);
      // "Nadal beat Federer": the invariant past the tagger read as a noun is the verb after the name.
      if (!hasTag(out[verbAfterName], 'Verb') && !hasTag(out[verbAfterName], 'Modal')) out[verbAfterName] = { ...out[verbAfterName]!, tags: PAST_TAGS };
      continue;
    }
    if (isRelativeHead(out, i) || isSubjectHead(out, i) || isClosingHead(out, i) || isGerundSubject(out, i)) {
      out[i] = retagged(t, NOUN_TAGS);
      if (auxiliaryBeforeVerb(out, i + 1) && !hasTag(out[i + 1], 'Verb')) out[i + 1] = { ...out[i + 1]!, tags: AUXILIARY_TAGS };
      continue;
    }
    if (isPastAfterSubject(out, i)) {
      out[i] = { ...t, tags: PAST_TAGS };
      continue;
    }
    if (!hasTag(t, 'Verb') || hasTag(t, 'Auxiliary') || hasTag(t, 'Modal') || hasTag(t, 'Copula')) continue;
    if (isCountedIngModifier(out, i) || isIngAfterPreposition(out, i)) {
      out[i] = retagged(t, MODIFIER_TAGS);
      continue;
    }
    if (isIngCompoundHead(out, i)) {
      out[i] = retagged(t, NOUN_TAGS);
      out[i - 1] = retagged(out[i - 1]!, MODIFIER_TAGS);
      continue;
    }
    const finite = pluralBeforeFinite(out, i);
    if (finite !== undefined) {
      out[i] = retagged(t, NOUN_TAGS);
      // "Hopes faded": the tagger read the past form as an adjective or a noun; in this position it is the verb.
      if (!hasTag(out[finite], 'Verb')) out[finite] = { ...out[finite]!, tags: PAST_TAGS };
      continue;
    }
    const tags = nounPositionTags(out, i, headline);
    if (tags) out[i] = retagged(t, tags);
  }
  return out;
}

/** The word with its reading replaced; a hyphen in its spelling ("follow-up") is no reading and stays. */
function retagged(t: Term, tags: ReadonlySet<string>): Term {
  return { ...t, tags: hasTag(t, 'Hyphenated') ? new Set([...tags, 'Hyphenated']) : tags };
}

/**
 * "The new firm that makes …", "the panel who …": a word between a determiner (and its adjectives) and a relative
 * pronoun heads the noun phrase the relative clause modifies, whatever the tagger read (adjective or verb).
 */
function isRelativeHead(terms: readonly Term[], i: number): boolean {
  const t = terms[i]!;
  if (!RELATIVE.has(terms[i + 1]?.lower ?? '') || t.commaAfter || t.capitalized) return false;
  if (!hasTag(t, 'Adjective') && !hasTag(t, 'Verb')) return false;
  if (hasTag(t, 'Auxiliary') || hasTag(t, 'Copula') || hasTag(t, 'Modal')) return false;
  // "the flash flooding that followed": an "-ing" head may have nouns before it too, when a verb opens the relative clause.
  const nounsToo = hasTag(t, 'Gerund') && hasTag(terms[i + 2], 'Verb');
  let k = i - 1;
  while (k >= 0 && (hasTag(terms[k], 'Adjective') || (nounsToo && isNoun(terms[k]!) && !hasTag(terms[k], 'ProperNoun'))) && !terms[k]!.commaAfter) k--;
  return k >= 0 && DETERMINER.has(terms[k]!.lower) && k < i;
}

/**
 * "hired a firm to audit the books", "signed the deal with a firm in Oslo": a word the tagger read as an adjective right
 * after an article, closing the phrase (a preposition, conjunction or "to" follows, or nothing), is its head: an
 * article needs a head noun (Quirk § 5.10). Degree forms ("the latest", "the same") stay.
 */
function isClosingHead(terms: readonly Term[], i: number): boolean {
  const t = terms[i]!;
  const before = terms[i - 1];
  if (!before || !ARTICLES.has(before.lower) || before.commaAfter || !hasTag(t, 'Adjective') || hasTag(t, 'Verb') || hasTag(t, 'Hyphenated') || t.capitalized) return false;
  if (hasTag(t, 'Comparable') || hasTag(t, 'Superlative') || hasTag(t, 'Comparative') || hasTag(t, 'Ordinal') || hasTag(t, 'Value') || QUANTIFIER.has(t.lower)) return false;
  const next = terms[i + 1];
  return t.commaAfter || next === undefined || hasTag(next, 'Preposition') || hasTag(next, 'Conjunction');
}

const QUANTIFIER: ReadonlySet<string> = new Set([...PARTITIVE_QUANTIFIERS, ...FUNCTION_WORDS]);

/**
 * "Nadal won the final", "Djokovic beat Murray": the tagger guesses an unknown capitalised word by its ending ("-al",
 * "-ic") and reads a clause-initial surname as an adjective; an adjective alone is no subject, so before a finite verb
 * (or an irregular past followed by its object) it is a name. "Federal agents arrested" (a noun next) and "Many voted"
 * (a quantifier) stay as they are. The index of the verb, else undefined.
 */
function nameSubjectVerb(terms: readonly Term[], i: number): number | undefined {
  const t = terms[i]!;
  if (i !== 0 || !t.capitalized || t.commaAfter || !hasTag(t, 'Adjective') || hasTag(t, 'Demonym') || hasTag(t, 'Verb') || QUANTIFIER.has(t.lower)) return undefined;
  const next = terms[i + 1];
  if (!next || next.capitalized) return undefined;
  // "Nadal did not", "Nadal has won", "Nadal will play": an auxiliary or modal is finite too.
  if (hasTag(next, 'Auxiliary') || hasTag(next, 'Modal') || hasTag(next, 'Copula')) return i + 1;
  if (hasTag(next, 'Verb') && (hasTag(next, 'PastTense') || hasTag(next, 'PresentTense')) && !hasTag(next, 'Infinitive')) return i + 1;
  const object = terms[i + 2];
  const objectStart = object !== undefined && !next.commaAfter && (object.capitalized || DETERMINER.has(object.lower));
  return IRREGULAR_PAST[next.lower] !== undefined && objectStart ? i + 1 : undefined;
}

/**
 * "when the brakes failed", "The talks collapsed on Friday": an "-ed" form the tagger read as an adjective right after
 * a subject noun phrase that opens its clause (a determiner at the start, after a subordinator or a comma), with no
 * verb anywhere after it in the clause, is the clause's past verb; a clause needs one (Quirk § 3.21). A verb later
 * ("The goods seized in the raid were returned") makes it a reduced relative, left as it was.
 */
function isPastAfterSubject(terms: readonly Term[], i: number): boolean {
  const t = terms[i]!;
  if (!PAST_FORM.test(t.lower) || !hasTag(t, 'Adjective') || hasTag(t, 'Verb') || i < 2 || !hasTag(terms[i - 1], 'Noun') || terms[i - 1]!.commaAfter) return false;
  let k = i - 1;
  while (k > 0 && (hasTag(terms[k], 'Noun') || hasTag(terms[k], 'Adjective')) && !terms[k - 1]!.commaAfter && !DETERMINER.has(terms[k]!.lower)) k--;
  if (!DETERMINER.has(terms[k]!.lower) || hasTag(terms[k + 1], 'ProperNoun')) return false;
  const opener = terms[k - 1];
  if (opener && !opener.commaAfter && !hasTag(opener, 'Conjunction') && !SUBORDINATOR.has(opener.lower)) return false;
  for (let j = i + 1; j < terms.length && !terms[j - 1]!.commaAfter; j++) if (hasTag(terms[j], 'Verb') || hasTag(terms[j], 'Copula') || hasTag(terms[j], 'Modal')) return false;
  return true;
}
const SUBORDINATOR: ReadonlySet<string> = new Set(['when', 'after', 'as', 'because', 'while', 'before', 'until', 'since', 'once', 'although', 'though', 'if', 'but', 'and']);

/**
 * "Obama Orders Fed To Adopt Euro Currency": in a title-case headline every longer word is capitalised, verbs too,
 * so a capital says nothing about names there.
 */
function isTitleCase(terms: readonly Term[]): boolean {
  const long = terms.filter((t) => /^\p{L}{4,}/u.test(t.lower));
  return long.length >= 3 && long.every((t) => t.capitalized);
}
interface Headline { terms: readonly Term[]; is?: boolean }

function nounPositionTags(terms: readonly Term[], i: number, headline: Headline): ReadonlySet<string> | undefined {
  const t = terms[i]!;
  const next = terms[i + 1];
  if (afterDeterminer(terms, i) || verbFormAfterPreposition(terms, i)) return next && isNoun(next) && !terms[i]!.commaAfter ? MODIFIER_TAGS : NOUN_TAGS;
  if (headAfterModifiers(terms, i)) return NOUN_TAGS;
  const inPhrase = baseFormInNounPhrase(terms, i);
  if (inPhrase) return inPhrase === 'modifier' ? MODIFIER_TAGS : NOUN_TAGS;
  if (pluralAfterNumeral(terms, i) || headAfterFigure(terms, i)) return NOUN_TAGS;
  if (nameStart(t, next) && !(headline.is ??= isTitleCase(headline.terms))) return NAME_TAGS;
  if (headBeforePastVerb(terms, i)) return NOUN_TAGS;
  if (compoundOpener(terms, i)) return MODIFIER_TAGS;
  return undefined;
}

/** "the slide struck", "a signalling cable": an article or possessive opens a noun phrase. */
function afterDeterminer(terms: readonly Term[], i: number): boolean {
  const before = terms[i - 1];
  return before !== undefined && !before.commaAfter && (DETERMINER.has(before.lower) || baseFormAfterGenitive(terms, i));
}


/**
 * "200,000 barrels of oil a day", "was shot by police on Monday", "destroyed by frost": a preposition takes a noun
 * phrase or an "-ing" clause, never a bare or finite verb (Quirk § 9.1), so a base or present form the tagger read as a
 * verb right after one of these prepositions is a noun (or, before a noun, its modifier). "to" (the infinitive's
 * marker) and words that are also particles or conjunctions ("over", "as", "like") are not among them.
 */
function verbFormAfterPreposition(terms: readonly Term[], i: number): boolean {
  const t = terms[i]!;
  const before = terms[i - 1];
  if (!before || !NOUN_ONLY_PREPOSITIONS.has(before.lower) || before.commaAfter || t.capitalized) return false;
  return (hasTag(t, 'Infinitive') || hasTag(t, 'PresentTense')) && !hasTag(t, 'Gerund') && !hasTag(t, 'PastTense') && !hasTag(t, 'Copula') && !hasTag(t, 'Modal') && !hasTag(t, 'Auxiliary');
}
const NOUN_ONLY_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'by']);

/** "Storm Brígh", "Forward Mathieu Leblanc": a capitalised word before a capitalised name is part of the name. */
function nameStart(t: Term, next: Term | undefined): boolean {
  if (!t.capitalized || !next?.capitalized || t.commaAfter || next.lower === 'i') return false;
  return (hasTag(next, 'Noun') || hasTag(next, 'ProperNoun')) && !hasTag(next, 'Verb');
}

/**
 * "Flood waters receded", "police on Wednesday arrested": a present-tense form directly before a past-tense verb,
 * or before a place-or-time adverbial that ends in a time word right before it, is the head of the subject — two
 * finite verbs do not stand side by side without a conjunction.
 */
function headBeforePastVerb(terms: readonly Term[], i: number): boolean {
  const t = terms[i]!;
  if (hasTag(t, 'PastTense') || hasTag(t, 'Gerund') || /ing$/.test(t.lower) || t.commaAfter) return false;
  if (!hasTag(t, 'PresentTense') && !hasTag(t, 'Infinitive')) return false;
  if (LINKING.has(t.root) || t.root === 'have' || t.root === 'do') return false;
  const before = terms[i - 1];
  if (before && (hasTag(before, 'Pronoun') || hasTag(before, 'Modal') || before.lower === 'to' || hasTag(before, 'Auxiliary'))) return false;
  const next = terms[i + 1];
  if (!next) return false;
  if (isPastVerb(next)) return true;
  if (!hasTag(next, 'Preposition') && !hasTag(next, 'Date')) return false;
  for (let k = i + 1; k < terms.length; k++) {
    const w = terms[k]!;
    // "Demand for steel fell": at the clause's start, any prepositional phrase may stand before the past verb.
    if (isPastVerb(w)) return hasTag(terms[k - 1], 'Date') || i === 0;
    if (w.commaAfter || !isAdverbialWord(w)) return false;
  }
  return false;
}

/**
 * "Train drivers at the depot will receive …", "Rising costs have hit …": a clause-initial base or "-ing" form
 * before a bare noun, where a modal, "be", "have" or a past verb follows the noun phrase, belongs to the subject;
 * an imperative has no second verb.
 */
function compoundOpener(terms: readonly Term[], i: number): boolean {
  const t = terms[i]!;
  if (i !== 0 || t.commaAfter || hasTag(t, 'PastTense')) return false;
  if (!terms[1] || !isNoun(terms[1])) return false;
  for (let k = 2; k < terms.length; k++) {
    const w = terms[k]!;
    if (terms[k - 1]!.commaAfter) return false;
    if (hasTag(w, 'Modal') || hasTag(w, 'Copula') || hasTag(w, 'Auxiliary') || AUXILIARY_HEAD.has(w.lower) || isPastVerb(w)) return true;
    if (RELATIVE.has(w.lower) || !isAdverbialWord(w)) return false;
  }
  return false;
}


/** Tags of the words a noun phrase or a place-or-time phrase is made of. */
const PHRASE_TAGS = ['Preposition', 'Determiner', 'Noun', 'ProperNoun', 'Adjective', 'Value', 'Date', 'Possessive'];

function isAdverbialWord(t: Term): boolean {
  return !hasTag(t, 'Verb') && PHRASE_TAGS.some((tag) => hasTag(t, tag));
}
