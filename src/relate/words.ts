import { FUNCTION_WORDS } from '../lexicon/function-words.js';
import type { Claim, Phrase } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { nounLemma, verbLemma } from './lemma.js';
import type { AlignedWord } from './types.js';

/** Every word token of a claim's proposition, content or not, in order. */
export interface Token extends AlignedWord {
  content: boolean;
}

export interface ClaimWords {
  tokens: readonly Token[];
  /** Indices into tokens of the content words. */
  content: readonly number[];
}

const FUNCTION = new Set(FUNCTION_WORDS);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const POSSESSIVE = /['’]s?$/;
const HAS_LETTER = /\p{L}/u;
/** Claims are immutable values: their words are computed once per claim object. */
const cache = new WeakMap<Claim, ClaimWords>();

/** What a token is whatever its position: a function of its spelling alone. */
type WordFacts = Omit<Token, 'span'>;

/** Word facts by spelling: every claim of a call lemmatises the same few thousand words; bounded against a stream of distinct ones. */
const factsBySpelling = new Map<string, WordFacts>();
const MAX_SPELLINGS = 50_000;

function factsOfSpelling(text: string): WordFacts {
  const known = factsBySpelling.get(text);
  if (known) return known;
  const lower = text.toLowerCase().replace(POSSESSIVE, '');
  const verb = verbLemma(lower);
  const content = HAS_LETTER.test(lower) && !FUNCTION.has(lower) && lower.length > 1;
  const facts: WordFacts = { lower, lemma: verb ?? nounLemma(lower), ...(verb ? { verb } : {}), content };
  if (factsBySpelling.size < MAX_SPELLINGS) factsBySpelling.set(text, facts);
  return facts;
}

/** The lemma a claim's words give this word (verb lemma when WordNet has one, else the noun lemma). */
export function lemmaOfWord(word: string): string {
  return factsOfSpelling(word).lemma;
}

function tokenOf(text: string, at: number): Token {
  const { lower, lemma, verb, content } = factsOfSpelling(text);
  const span: Span = { start: at, end: at + text.length, text };
  return verb === undefined ? { span, lower, lemma, content } : { span, lower, lemma, verb, content };
}

/** The proposition's words (the claim without its attribution), with spans into the original text. */
export function claimWords(claim: Claim): ClaimWords {
  const hit = cache.get(claim);
  if (hit) return hit;
  const { text, start } = claim.proposition.span;
  const tokens: Token[] = [];
  // exec over the module's pattern (no iterator, no copy of the pattern per claim); nothing below uses WORD meanwhile.
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) tokens.push(tokenOf(match[0], start + match.index));
  const content: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (tokens[i]!.content) content.push(i);
  const words = { tokens, content };
  cache.set(claim, words);
  return words;
}

/** The content words of a claim's phrase (its actor, theme …), in order; none for no phrase. */
export function contentWordsIn(claim: Claim, phrase: Phrase | undefined): Token[] {
  if (!phrase) return [];
  return claimWords(claim).tokens.filter((t) => t.content && t.span.start >= phrase.span.start && t.span.end <= phrase.span.end);
}

/** Whether some cue (its words, lower-case) runs contiguously through the words: "in all" in "… 40 died in all". */
export function containsCue(words: readonly string[], cues: readonly (readonly string[])[]): boolean {
  return cues.some((cue) => words.some((_, i) => cue.every((w, j) => words[i + j] === w)));
}

/** Index of the first token that starts at or after an offset, or tokens.length. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  const i = tokens.findIndex((t) => t.span.start >= offset);
  return i < 0 ? tokens.length : i;
}
