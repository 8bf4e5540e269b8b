import nlp from 'compromise';
import { trailingRunStart } from '../ingest/edges.js';

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
  const singular = nlp(lower).nouns().toSingular().text();
  const known = [lower, singular].map(lexiconTags).filter((tags): tags is string[] => tags !== undefined);
  if (known.length > 0) return !known.some((tags) => tags.some((t) => NAME_TAGS.has(t)));
  const guessed = nlp(word).terms().json() as { terms: { tags: string[] }[] }[];
  const tags = guessed[0]?.terms[0]?.tags ?? [];
  return tags.some((t) => COMMON_GUESSES.has(t)) && !tags.some((t) => NAME_TAGS.has(t));
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
  const tags = (nlp(word).terms().json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? [];
  return tags.some((t) => OPENER_TAGS.has(t));
}
