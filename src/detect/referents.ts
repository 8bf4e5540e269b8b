/** Whether two actor phrases may name one referent although their words differ: pronouns, descriptions, acronyms. */
import type { Phrase } from '../model/claim.js';
import { TIME_UNIT_NOUNS } from '../lexicon/general-nouns.js';
import { buildLexicon, derived, type Lexicon } from '../lexicon/index.js';
import { ageFitsGroup } from './age-descriptions.js';
import { ADVERBS_BEFORE_PRONOUN, CENTRAL_DETERMINERS, DEFINITE_DETERMINERS, PERSONAL_PRONOUNS } from '../lexicon/grammar-words.js';
import { isPluralNoun } from '../match/measure.js';
import { verbsOfNominalisation } from '../relate/wordnet.js';
import { isCapitalised } from './speakers.js';

const PERSONAL = new Set(PERSONAL_PRONOUNS);
const ADVERB_BEFORE_PRONOUN: ReadonlySet<string> = new Set(ADVERBS_BEFORE_PRONOUN);
const DEFINITE = new Set(DEFINITE_DETERMINERS);
const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
/** Possessive determiners (Quirk et al. § 6.12) that point back to someone named earlier: "his weight", "its nature". */
const POSSESSIVES: ReadonlySet<string> = new Set(CENTRAL_DETERMINERS.filter((w) => !['a', 'an', 'the'].includes(w)).concat('her'));
/** Existential "there" (Quirk et al. § 18.44): a dummy subject, naming no one. */
const EXISTENTIAL = /^there(?:['’]s)?$/i;
/** A possessor word: "Dawson's", "HP’s", "the agency's". */
const POSSESSOR = /['’]s?$/;
/** Function words an acronym skips: "Federal Bureau of Investigation" → FBI. */
const ACRONYM_SKIP: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', 'in', 'on', '&']);
const ACRONYM = /^\p{Lu}{2,6}$/u;
type GeneralNouns = Pick<Lexicon, 'generalNouns' | 'roleTitles'>;
const generalNouns = (lexicon: GeneralNouns): ReadonlySet<string> => new Set(lexicon.generalNouns);
const TIME_UNITS: ReadonlySet<string> = new Set(TIME_UNIT_NOUNS);

function words(p: Phrase): string[] {
  return p.text.trim().split(/\s+/).filter((w) => w.length > 0);
}

/** The words that describe: a capitalised possessor ("Dawson's boyfriend") names whose the thing is, not the thing. */
function describingWords(p: Phrase): string[] {
  return words(p).filter((w) => !POSSESSOR.test(w));
}

/** "the drug", "this company", "Dawson's boyfriend": a definite determiner or a possessor, and no capitalised word after it. */
function isDefiniteDescription(p: Phrase): boolean {
  const all = words(p);
  const [first, ...rest] = all;
  if (first === undefined || rest.length === 0) return false;
  const opensDefinite = DEFINITE.has(first.toLowerCase()) || POSSESSOR.test(first);
  return opensDefinite && !describingWords(p).slice(DEFINITE.has(first.toLowerCase()) ? 1 : 0).some((w) => isCapitalised(w));
}

/** A capitalised word past the first: "Corvalix", "the People's Party" (the first word may be capitalised as the sentence opens). */
function isProperName(p: Phrase): boolean {
  const [first, ...rest] = words(p);
  // "a Lisbon taxi driver" describes: an indefinite article before a common head is no name.
  if (first !== undefined && INDEFINITE_ARTICLES.has(first.toLowerCase()) && !isCapitalised(rest.at(-1) ?? '')) return false;
  return first !== undefined && (rest.length === 0 ? isCapitalised(first) && !DEFINITE.has(first.toLowerCase()) : rest.some((w) => isCapitalised(w)));
}

/** "a man", "bride", "a 17-year-old girl": one person or thing described, not named (no capital past an opening article). */
function isSingularDescription(p: Phrase): boolean {
  const all = words(p);
  const [first, ...rest] = all;
  const last = all[all.length - 1];
  if (first === undefined || last === undefined || isPluralNoun(last.toLowerCase())) return false;
  // "A Kenyan farmer", "a Quebec man": after an indefinite article a capitalised modifier before a common head still describes.
  const indefinite = INDEFINITE_ARTICLES.has(first.toLowerCase());
  if (indefinite ? rest.length > 0 && isCapitalised(last) : rest.some((w) => isCapitalised(w))) return false;
  return indefinite || DEFINITE.has(first.toLowerCase()) || !isCapitalised(first);
}

/** A description headed by an event noun ("a company investigation", "the inquiry") names an act, never a named doer. */
function namesAnEvent(p: Phrase): boolean {
  const head = words(p).at(-1)?.toLowerCase();
  return head !== undefined && verbsOfNominalisation(head).length > 0;
}

/** The head noun, lower-cased: the last word. */
function head(p: Phrase): string | undefined {
  return words(p).at(-1)?.toLowerCase();
}

/** "the woman", "a man": a general noun (Halliday & Hasan) may refer back to any description or name of its kind. */
function isGeneral(p: Phrase, lexicon: GeneralNouns): boolean {
  const h = head(p);
  return h !== undefined && derived(lexicon, generalNouns).has(h);
}

/** "four months", "two years": a span of time read as a subject names no doer at all. */
export function isTimeSpan(p: Phrase): boolean {
  const h = head(p);
  return h !== undefined && TIME_UNITS.has(h);
}

/** A phrase that stands for whoever the context meant: a personal pronoun, "there", or a possessive pronoun's noun ("his weight"). */
function isPronounLike(p: Phrase): boolean {
  const all = words(p).map((w) => w.toLowerCase());
  const first = all[0];
  if (first === undefined) return false;
  // "Together you", "Now they": an adverb before a personal pronoun leaves the pronoun the phrase.
  const pronoun = (all.length === 1 || (all.length === 2 && ADVERB_BEFORE_PRONOUN.has(first))) && PERSONAL.has(all.at(-1)!);
  return pronoun || (all.length === 1 && EXISTENTIAL.test(first)) || POSSESSIVES.has(first) || EXISTENTIAL.test(first);
}

/** The initials of a name's content words: "Islamic State of Iraq and Syria" → "ISIS". */
function initials(text: string): string {
  return text.split(/[\s-]+/).filter((w) => w.length > 0 && !ACRONYM_SKIP.has(w.toLowerCase())).map((w) => w[0]!.toUpperCase()).join('');
}

/** One name is an acronym of the other: "FBI" / "the Federal Bureau of Investigation". */
export function isAcronymOf(x: string, y: string): boolean {
  const [a, b] = [x.trim().replace(/^the\s+/i, ''), y.trim().replace(/^the\s+/i, '')];
  return isAcronym(a, b) || isAcronym(b, a);
}

function isAcronym(short: string, long: string): boolean {
  return ACRONYM.test(short) && initials(long) === short;
}

/**
 * Two actors that may be one referent written two ways: a pronoun or a possessive pronoun's noun stands for whoever
 * the context meant, a definite or possessive description may point back to a name ("the drug" / "Corvalix";
 * "Dawson's boyfriend" / "Lee"), and a singular description may describe the named person ("a 17-year-old girl" /
 * "Maria Ruiz"), and a general noun ("the woman") may refer back to any of its kind; one headed by an event noun names an act, not its doer. Two names, or two descriptions ("a passenger" / "a security guard"), can be told apart.
 */
export function maybeCoreferent(x: Phrase, y: Phrase, lexicon: GeneralNouns = buildLexicon()): boolean {
  if (isPronounLike(x) || isPronounLike(y) || isGeneral(x, lexicon) || isGeneral(y, lexicon) || ageFitsGroup(x, y)) return true;
  const describes = (d: Phrase, n: Phrase) =>
    (isDefiniteDescription(d) || isSingularDescription(d)) && !namesAnEvent(d) && isProperName(n) && !titledForAnotherRole(d, n, lexicon.roleTitles);
  return describes(x, y) || describes(y, x);
}

/** "a High Court judge" / "Senator Amara Diallo": the name's title is another role's (lexicon/role-titles.ts), so two people. */
function titledForAnotherRole(description: Phrase, name: Phrase, roleTitles: Lexicon['roleTitles']): boolean {
  const own = roleTitles[words(description).at(-1)?.toLowerCase() ?? ''];
  const title = words(name)[0]?.toLowerCase() ?? '';
  if (!own || own.includes(title)) return false;
  return Object.values(roleTitles).some((titles) => titles.includes(title));
}
