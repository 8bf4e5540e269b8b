import nlp from 'compromise';
import { trailingRunStart } from '../ingest/edges.js';
import { wordTags } from '../extract/terms.js';

const WORD_CHAR = /[\p{L}'’-]/u;

/** compromise lexicon tags that mark a name: a word carrying one keeps its capital wherever it stands. */
const NAME_TAGS: ReadonlySet<string> = new Set([
  'ProperNoun', 'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific', 'Place', 'City', 'Country',
  'Region', 'Organization', 'SportsTeam', 'Company', 'School', 'Demonym', 'Month', 'WeekDay', 'Holiday', 'Acronym',
]);
/** Tags compromise guesses for an unknown word that still mark an ordinary word ("Rescuers": a plural noun). */
const COMMON_GUESSES: ReadonlySet<string> = new Set(['Plural', 'Value', 'Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Adverb']);

// Read-only: the lexicon compromise ships with, never extended (gainsay keeps no compromise global state).
const LEXICON = (nlp.model() as { one: { lexicon: Readonly<Record<string, string | string[] | undefined>> } }).one.lexicon;

function lexiconTags(word: string): string[] | undefined {
  const entry = LEXICON[word];
  return entry === undefined ? undefined : Array.isArray(entry) ? entry : [entry];
}

/**
 * True when `word`, written with a capital, is an ordinary word capitalised only because it opens a sentence
 * ("Twelve", "The", "Police", "Rescuers"); false for a name ("Rome", "Reuters", "Peskov"), "I" and an acronym.
 */
export function isCommonWord(word: string): boolean {
  return memo(COMMON, word, judgeWord);
}

/** Answers by word: compromise parses a word in about a millisecond, and a report asks about the same few words often. */
const COMMON = new Map<string, boolean>();
const OPENERS = new Map<string, boolean>();
/** Past this many words a memo starts afresh, so a long-running process never grows it without bound. */
const MEMO_LIMIT = 10_000;

function memo(cache: Map<string, boolean>, word: string, judge: (word: string) => boolean): boolean {
  const known = cache.get(word);
  if (known !== undefined) return known;
  if (cache.size >= MEMO_LIMIT) cache.clear();
  const answer = judge(word);
  cache.set(word, answer);
  return answer;
}

function judgeWord(word: string): boolean {
  if (word === 'I' || (word.length > 1 && word === word.toUpperCase())) return false;
  const lower = word.toLowerCase();
  // A name by its own lexicon tags ("Israel", "Obama") is one whatever its singular: no parse is needed to say so.
  if (lexiconTags(lower)?.some((t) => NAME_TAGS.has(t))) return false;
  const known = [lower, singularOf(lower)].map(lexiconTags).filter((tags): tags is string[] => tags !== undefined);
  if (known.length > 0) return !known.some((tags) => tags.some((t) => NAME_TAGS.has(t)));
  const tags = firstTermTags(word);
  return tags.some((t) => COMMON_GUESSES.has(t)) && !tags.some((t) => NAME_TAGS.has(t));
}

interface ParsedTerm {
  text: string;
  pre: string;
  post: string;
  normal?: string;
  machine?: string;
  implicit?: string;
  alias?: string[];
  tags: ReadonlySet<string>;
}
/** compromise's own term objects of a parse (its typings leave their tags optional). */
const termsOf = (doc: ReturnType<typeof nlp>): ParsedTerm[][] => (doc as unknown as { docs: ParsedTerm[][] }).docs;

/** Tags that make compromise read a noun as not plural, whatever its ending (its nouns().isPlural's list). */
const NOT_PLURAL = ['Pronoun', 'Place', 'Value', 'Person', 'Uncountable', 'Month', 'WeekDay', 'Holiday', 'Possessive'];

/**
 * `nlp(lower).nouns().toSingular().text()` as far as judgeWord reads it (the lexicon tags of the result): a word
 * compromise parses as one term and could not call plural comes back as written, or as '' when it is no noun, and
 * neither adds lexicon tags to those of the word itself; so only a word that may be plural runs the noun-phrase
 * machinery and its re-tagging replace (about four fifths of this function's time on one word).
 */
function singularOf(lower: string): string {
  const doc = nlp(lower);
  const docs = termsOf(doc);
  const term = docs.length === 1 && docs[0]!.length === 1 ? docs[0]![0]! : undefined;
  if (term && term.text === lower && term.pre === '' && term.post === '' && term.normal === lower && !mayBePlural(term)) return lower;
  return doc.nouns().toSingular().text();
}

/** compromise's isPlural test of a one-term noun phrase (nouns/api/isPlural.js), answered from the term alone. */
function mayBePlural(term: ParsedTerm): boolean {
  if (term.tags.has('Plural')) return true;
  if ([term.normal, term.machine, term.implicit, ...(term.alias ?? [])].some((form) => form === 'we' || form === 'they')) return true;
  if (NOT_PLURAL.some((tag) => term.tags.has(tag)) || term.tags.has('Singular')) return false;
  const str = term.normal ?? '';
  return str.length > 3 && str.endsWith('s') && !str.endsWith('ss');
}

/**
 * The tags of the first term of `nlp(word)`, read through the clauses' own tagging (extract/terms.ts wordTags: the
 * same tags, the same set of them for each of the 1,219 words the bench and case sets bring here, at about half the cost).
 */
function firstTermTags(word: string): string[] {
  return [...(wordTags(word)[0] ?? [])];
}

/** Words that open a phrase without being part of a name or title: "The Ostrava plant", "Twelve Porto residents". */
const OPENER_TAGS: ReadonlySet<string> = new Set(['Determiner', 'Value', 'Pronoun', 'Preposition', 'Conjunction']);

/**
 * `text` with its first word in lower case when that word is an ordinary one; a title before a name keeps its
 * capital ("Foreign Minister Sergei Lavrov"), as style guides write a formal title directly before a name.
 */
export function lowerFirstWord(text: string): string {
  const [word, next] = text.split(/\s+/, 2);
  if (!word || !/^\p{Lu}/u.test(word) || !isCommonWord(word.slice(0, trailingRunStart(word, (ch) => !WORD_CHAR.test(ch))))) return text;
  if (next !== undefined && /^\p{Lu}/u.test(next) && !isOpener(word)) return text;
  return word.charAt(0).toLowerCase() + text.slice(1);
}

function isOpener(word: string): boolean {
  return memo(OPENERS, word, judgeOpener);
}

function judgeOpener(word: string): boolean {
  return firstTermTags(word).some((t) => OPENER_TAGS.has(t));
}
