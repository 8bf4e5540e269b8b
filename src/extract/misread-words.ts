import { WORDNET_PHRASAL_VERBS } from '../lexicon/wordnet-phrasal-verbs.js';
import { MONTHS } from '../lexicon/date-cues.js';
import { ASSERTING_COORDINATORS, DETERMINER_PREPOSITIONS, HAVE_FORMS, NOUN_ONLY_PREPOSITIONS } from '../lexicon/grammar-words.js';
import { isVerbLemma } from '../relate/wordnet.js';
import { hasTag, isNoun, type Term } from './terms.js';
import { isParticiple } from './verb-forms.js';
import { IRREGULAR_PAST } from '../lexicon/irregular-verbs.js';

const NOUN_PREPOSITIONS: ReadonlySet<string> = new Set(NOUN_ONLY_PREPOSITIONS);

/**
 * "Damage from flash flooding", "demand for power", "a ban on fishing boats": a base form the tagger read as a verb
 * right after a preposition that takes only a noun phrase is a noun, or a noun's modifier when a noun follows.
 */
function isBaseFormAfterPreposition(terms: readonly Term[], i: number): boolean {
  const [before, t] = [terms[i - 1], terms[i]!];
  if (!before || before.commaAfter || !hasTag(before, 'Preposition') || !NOUN_PREPOSITIONS.has(before.lower) || t.capitalized) return false;
  if (!hasTag(t, 'Verb') || hasTag(t, 'Auxiliary') || hasTag(t, 'Modal') || hasTag(t, 'Copula')) return false;
  if (hasTag(t, 'PastTense') || hasTag(t, 'Gerund') || hasTag(t, 'Participle')) return false;
  return t.lower === t.root;
}

/** A base form after a preposition is a modifier before a noun ("flash flooding"), else a noun. */
const beforeNoun = (terms: readonly Term[], i: number): boolean => {
  const next = terms[i + 1];
  return next !== undefined && !terms[i]!.commaAfter && isNoun(next);
};

const BEFORE_DETERMINER: ReadonlySet<string> = new Set(DETERMINER_PREPOSITIONS);
const PREPOSITION_TAGS: ReadonlySet<string> = new Set(['Preposition']);

/**
 * "covered under the standard policies", "declined over the past year": a spatial preposition the tagger read as an
 * adjective or noun, right before a determiner, a possessive or a figure, opens a prepositional phrase (Quirk et al.
 * 1985 § 9.1); "the game is over." and the particle of a two-word verb ("handed over the papers") keep their reading.
 */
function isPrepositionBeforePhrase(terms: readonly Term[], i: number): boolean {
  const [t, next] = [terms[i]!, terms[i + 1]];
  if (!next || t.commaAfter || !BEFORE_DETERMINER.has(t.lower) || hasTag(t, 'Preposition') || hasTag(t, 'Particle')) return false;
  // "handed over the documents": the particle of a two-word verb WordNet lists stays the verb's.
  const before = terms[i - 1];
  if (before && hasTag(before, 'Verb') && WORDNET_PHRASAL_VERBS[`${before.root} ${t.lower}`] !== undefined) return false;
  return hasTag(next, 'Determiner') || hasTag(next, 'Possessive') || hasTag(next, 'Value');
}

/**
 * "On 11 May a bus crashed", "by 3 March": a capitalised month name beside a day number is a date, though the quick
 * tagger (no date step) leaves "May" and "March" as names, which then stood as the clause's subject.
 */
function isMonthOfDate(terms: readonly Term[], i: number): boolean {
  const t = terms[i]!;
  if (!t.capitalized || !MONTHS.has(t.lower) || hasTag(t, 'Date')) return false;
  const day = (u: Term | undefined): boolean => u !== undefined && hasTag(u, 'Value') && /^\d{1,2}(?:st|nd|rd|th)?$/.test(u.lower);
  return day(terms[i - 1]) || (day(terms[i + 1]) && !t.commaAfter);
}
const MONTH_TAGS: ReadonlySet<string> = new Set(['Noun', 'Date', 'Month']);

const NOUN_TAGS: ReadonlySet<string> = new Set(['Noun']);
const NAME_TAGS: ReadonlySet<string> = new Set(['Noun', 'ProperNoun']);

/**
 * "Knitwise did not buy the chain": a clause's first word, capitalised, that the tagger read as an imperative from its
 * spelling but WordNet (3.1, every verb lemma) knows as no verb, right before an auxiliary or modal, is the subject's
 * name: an imperative is never followed by an auxiliary.
 */
function isNameBeforeAuxiliary(terms: readonly Term[], i: number): boolean {
  const [t, next] = [terms[i]!, terms[i + 1]];
  if (i !== 0 || !next || !t.capitalized || t.commaAfter || !hasTag(t, 'Verb') || hasTag(t, 'Auxiliary') || hasTag(t, 'Modal') || hasTag(t, 'Copula')) return false;
  if (isVerbLemma(t.lower) || isVerbLemma(t.root)) return false;
  return hasTag(next, 'Auxiliary') || hasTag(next, 'Modal') || hasTag(next, 'Copula');
}
const MODIFIER_TAGS: ReadonlySet<string> = new Set(['Adjective']);

/**
 * "Police, however, arrested two men", "Firefighters, called at 2am, found …": a clause's first word read as an
 * imperative right before a comma, with a past-tense verb later in the clause, is the subject with a parenthesis after
 * it: an imperative clause has no past-tense verb of its own (Quirk et al. 1985 § 11.24), and a noun reading exists
 * (compromise reads "Police" as a noun wherever no comma follows it).
 */
function isSubjectBeforeParenthesis(terms: readonly Term[]): boolean {
  const t = terms[0]!;
  if (!t.capitalized || !t.commaAfter || !hasTag(t, 'Verb') || hasTag(t, 'PastTense') || hasTag(t, 'Auxiliary') || hasTag(t, 'Modal') || hasTag(t, 'Copula')) return false;
  return terms.slice(1).some((u) => hasTag(u, 'Verb') && hasTag(u, 'PastTense') && !hasTag(u, 'Participle'));
}

const HAVE: ReadonlySet<string> = new Set(HAVE_FORMS);
const HAVE_TAGS: ReadonlySet<string> = new Set(['Verb', 'PresentTense']);
/** A past form: "had", or a participle the tagger read as an adjective. */
const PAST_FORM_TAGS: ReadonlySet<string> = new Set(['Verb', 'PastTense']);

/**
 * "The firm has not renewed": "has" read as a noun after a word that may be an adjective. "has", "have" and "had" are
 * never nouns (the primary verbs, Quirk et al. 1985 § 3.36); a word read as an adjective between a determiner and it is
 * the subject's head noun.
 */
const isHaveReadAsNoun = (t: Term): boolean => HAVE.has(t.lower) && hasTag(t, 'Noun') && !hasTag(t, 'Verb');
const isHeadReadAsAdjective = (terms: readonly Term[], i: number): boolean =>
  i > 0 && hasTag(terms[i], 'Adjective') && !terms[i]!.commaAfter && hasTag(terms[i - 1], 'Determiner') && !terms[i - 1]!.commaAfter;

/**
 * "The firm never paid", "On Monday, the firm published": a determiner and a word read as an adjective, then any
 * adverbs or a negator and a finite verb the tagger did read as one, are a subject: an adjective after a determiner
 * with no noun is the head (§ 7.15).
 */
const FINITE = ['PastTense', 'PresentTense', 'Modal', 'Auxiliary', 'Copula'];
const OBJECT_OPENERS = ['Determiner', 'Possessive', 'Preposition', 'Pronoun', 'Value'];

/**
 * "The firm renewed two players": a determiner, a word read as an adjective and a past form read as one too, before
 * an object: the past form is the verb (an adjective takes no object, § 7.2) and the first word the subject's head.
 */
function isPastAfterAdjectiveHead(terms: readonly Term[], i: number): boolean {
  const [past, next] = [terms[i + 1], terms[i + 2]];
  if (past === undefined || next === undefined || past.commaAfter || !isHeadReadAsAdjective(terms, i)) return false;
  return hasTag(past, 'Adjective') && !hasTag(past, 'Verb') && PARTICIPLE_FORM.test(past.lower) && NOUN_PHRASE_OPENERS.some((tag) => hasTag(next, tag));
}

/**
 * "The firm cut the fees", "The city council cut its grant": an irregular past (Quirk et al. 1985, Appendix I) read as
 * a noun or a base form, right after the head of a clause-opening noun phrase and before a determiner or possessive, is
 * the clause's past verb: no noun phrase holds a second determiner after its head (§ 5.10), and a base form does not
 * agree with a singular head. The head read as an adjective is a noun.
 */
function isIrregularPastAfterHead(terms: readonly Term[], i: number): boolean {
  const [t, next, head] = [terms[i]!, terms[i + 1], terms[i - 1]];
  if (next === undefined || head === undefined || t.commaAfter || head.commaAfter || IRREGULAR_PAST[t.lower] === undefined || hasTag(t, 'PastTense')) return false;
  if (!(hasTag(t, 'Noun') || hasTag(t, 'Infinitive')) || !(hasTag(next, 'Determiner') || hasTag(next, 'Possessive'))) return false;
  if (hasTag(t, 'Infinitive') && (hasTag(head, 'Plural') || PLURAL_PRONOUNS.has(head.lower))) return false;
  const headOk = isNoun(head) || isHeadReadAsAdjective(terms, i - 1);
  return headOk && hasTag(terms[0], 'Determiner') && terms.slice(1, i).every((u) => !u.commaAfter && (isNoun(u) || hasTag(u, 'Adjective')) && !hasTag(u, 'Verb'));
}

const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['they', 'we', 'you', 'i']);

/**
 * "renewed its lease on Monday and accepted two offers": an "-ed" form read as an adjective (or an irregular past read
 * as an adjective or noun) right after "and" or "but" (past "then", "later" or another adverb), before an object's
 * determiner, possessive or figure, where a past verb stands earlier in the clause, is the past verb of a second
 * predicate sharing the subject (Quirk et al. 1985 § 13.43): an adjective takes no object (§ 7.2).
 */
function isPastAfterCoordinator(terms: readonly Term[], i: number): boolean {
  const [t, next] = [terms[i]!, terms[i + 1]];
  if (next === undefined || t.commaAfter || hasTag(t, 'Verb') || !NOUN_PHRASE_OPENERS.some((tag) => hasTag(next, tag))) return false;
  // "and reduced three …", "and shut three …": an "-ed" form read as an adjective, or an irregular past as either.
  if (!(hasTag(t, 'Adjective') && PARTICIPLE_FORM.test(t.lower)) && !(IRREGULAR_PAST[t.lower] !== undefined && (hasTag(t, 'Adjective') || hasTag(t, 'Noun')))) return false;
  let k = i - 1;
  while (k > 0 && hasTag(terms[k], 'Adverb') && !terms[k]!.commaAfter) k--;
  // "a new and improved two-door model": adjectives coordinated before their noun stay adjectives.
  if (!COORDINATORS.has(terms[k]?.lower ?? '') || hasTag(terms[k - 1], 'Adjective')) return false;
  return terms.slice(0, k).some((u) => hasTag(u, 'Verb') && hasTag(u, 'PastTense'));
}
const COORDINATORS: ReadonlySet<string> = new Set(ASSERTING_COORDINATORS);
/** "has yet to", "has since accepted": words the tagger may read otherwise that stand as adverbs inside a perfect. */
const ADVERB_READINGS: ReadonlySet<string> = new Set(['yet', 'since']);
/** Words that open a noun phrase, so the word before them takes an object. */
const NOUN_PHRASE_OPENERS = ['Determiner', 'Possessive', 'Value'];
const PARTICIPLE_FORM = /^[a-z]{3,}ed$/;
function isSubjectHeadBeforeVerb(terms: readonly Term[], i: number): boolean {
  if (!isHeadReadAsAdjective(terms, i)) return false;
  let k = i + 1;
  while (k < terms.length && (hasTag(terms[k], 'Negative') || hasTag(terms[k], 'Adverb')) && !terms[k]!.commaAfter) k++;
  const verb = terms[k];
  // Right after the adjective a present form may be a noun it modifies ("the new firm"); after an adverb it is a verb.
  const tenses = k > i + 1 ? FINITE : FINITE.filter((tag) => tag !== 'PresentTense');
  return verb !== undefined && hasTag(verb, 'Verb') && tenses.some((tag) => hasTag(verb, tag)) && !hasTag(verb, 'Adjective') && !hasTag(verb, 'Noun');
}

/**
 * "has not renewed its lease", "has not renewed.", "The bank never released two reports": a participle form read as
 * an adjective after "have" or the subject's head and a negator or adverb, before an object's determiner or
 * possessive, a figure, a preposition or the clause's end, is the verb: an adjective takes no object (§ 7.2). Before a
 * bare noun it may modify it ("has not limited funds"), so stays.
 */
function isPerfectReadAsAdjective(terms: readonly Term[], i: number): boolean {
  const t = terms[i]!;
  if (!hasTag(t, 'Adjective') || hasTag(t, 'Verb') || !isParticiple(t.lower)) return false;
  let k = i - 1;
  while (k > 0 && (hasTag(terms[k], 'Negative') || hasTag(terms[k], 'Adverb') || ADVERB_READINGS.has(terms[k]!.lower)) && !terms[k]!.commaAfter) k--;
  // After "have" ("has not renewed") or the subject's head ("The bank never released").
  if (k === i - 1 || terms[k]!.commaAfter || !(HAVE.has(terms[k]!.lower) || (isNoun(terms[k]!) && !hasTag(terms[k], 'Pronoun')))) return false;
  const next = terms[i + 1];
  return next === undefined || t.commaAfter || OBJECT_OPENERS.some((tag) => hasTag(next, tag));
}

/**
 * Words the tagger misread, repaired in place: "has" read as a noun is a verb and the adjective before it the subject's
 * head ("The firm has"); a participle read as an adjective after "has not" or "never" is the verb ("has not renewed its
 * lease"), and an adjective-read word between a determiner and a verb the subject's head ("the firm published"); a
 * name read as an imperative before an auxiliary is the subject ("Knitwise did not buy"), as is a first word read as an
 * imperative before a parenthesis ("Police, however, arrested"); a month beside a day number is a date ("On 11 May a
 * bus crashed"); a spatial preposition before a noun phrase a preposition ("over the past year"); a base form after a
 * noun-only preposition a noun or modifier ("from flash flooding"). `retag` keeps a hyphen's tag.
 */
export function repairMisreadWords(out: Term[], retag: (t: Term, tags: ReadonlySet<string>) => Term): void {
  for (let i = 1; i < out.length; i++) {
    if (!isHaveReadAsNoun(out[i]!)) continue;
    out[i] = { ...retag(out[i]!, out[i]!.lower === 'had' ? PAST_FORM_TAGS : HAVE_TAGS), root: 'have' };
    if (isHeadReadAsAdjective(out, i - 1)) out[i - 1] = retag(out[i - 1]!, NOUN_TAGS);
  }
  for (let i = 2; i < out.length; i++) if (isPerfectReadAsAdjective(out, i)) out[i] = retag(out[i]!, PAST_FORM_TAGS);
  for (let i = 1; i < out.length - 2; i++) if (isPastAfterAdjectiveHead(out, i)) (out[i] = retag(out[i]!, NOUN_TAGS), out[i + 1] = retag(out[i + 1]!, PAST_FORM_TAGS));
  for (let i = 1; i < out.length - 1; i++) if (isSubjectHeadBeforeVerb(out, i)) out[i] = retag(out[i]!, NOUN_TAGS);
  for (let i = 2; i < out.length - 1; i++) {
    if (!isIrregularPastAfterHead(out, i)) continue;
    out[i] = retag(out[i]!, PAST_FORM_TAGS);
    if (hasTag(out[i - 1], 'Adjective')) out[i - 1] = retag(out[i - 1]!, NOUN_TAGS);
  }
  for (let i = 2; i < out.length - 1; i++) if (isPastAfterCoordinator(out, i)) out[i] = retag(out[i]!, PAST_FORM_TAGS);
  if (out.length > 2 && isNameBeforeAuxiliary(out, 0)) out[0] = retag(out[0]!, NAME_TAGS);
  if (out.length > 2 && isSubjectBeforeParenthesis(out)) out[0] = retag(out[0]!, NOUN_TAGS);
  for (let i = 0; i < out.length; i++) if (isMonthOfDate(out, i)) out[i] = { ...out[i]!, tags: MONTH_TAGS };
  for (let i = 1; i < out.length; i++) if (isPrepositionBeforePhrase(out, i)) out[i] = { ...out[i]!, tags: PREPOSITION_TAGS };
  for (let i = 1; i < out.length; i++) if (isBaseFormAfterPreposition(out, i)) out[i] = retag(out[i]!, beforeNoun(out, i) ? MODIFIER_TAGS : NOUN_TAGS);
}
