import type { Range } from '../ingest/types.js';
import type { Token } from '../segment/tokens.js';
import { AUXILIARY_HEADS } from '../lexicon/grammar-words.js';

/**
 * "She didn't.", "They will not.", "So did the council.": a clause whose verb phrase is elided after its operator
 * (Quirk et al. 1985 § 12.21–12.24, ellipsis of the predication) states nothing that can be compared on its own; the
 * elided words are recoverable only from the discourse, so such a sentence yields no claim and is listed as skipped.
 * Inside a longer sentence ("… waited years for the bell to ring again, and now it will, on May 2") the clause is left to the other
 * readings, which take its dates and places with the sentence's other verb.
 */
const OPERATORS: ReadonlySet<string> = new Set([...AUXILIARY_HEADS, 'do', 'does', 'did', 'shall']);
const NEGATIVE_OPERATOR = /^(?:[a-z]+n['’]t|can['’]t|won['’]t|shan['’]t|cannot)$/;
/** Words that may follow the operator of an elided predication: "He did not.", "They have too." */
const AFTER_OPERATOR: ReadonlySet<string> = new Set(['not', 'never', 'too', 'also', 'either', 'so', 'again']);
/** "So did the council.", "Neither has Ms Hale.": an inverted operator after these. */
const INVERTING: ReadonlySet<string> = new Set(['so', 'neither', 'nor']);
/** The subject before an elided predication is short: a pronoun or a name. */
const MAX_SUBJECT_WORDS = 3;

const isOperator = (t: Token | undefined): boolean => t !== undefined && (OPERATORS.has(t.lower) || NEGATIVE_OPERATOR.test(t.lower));

/** The words of tokens[range] read as a subject and an operator whose predication is elided. */
export function isElliptical(tokens: readonly Token[], range: Range): boolean {
  // Figures count as words: "The club has 40." elides nothing.
  const words = tokens.filter((t) => t.kind !== 'punct' && t.start >= range.start && t.end <= range.end);
  if (words.length < 2) return false;
  // The clause ends where the range does: "Three people were | reported killed" is no ellipsis but a frame inside it.
  const next = tokens.find((t) => t.start >= words.at(-1)!.end);
  if (next !== undefined && next.kind !== 'punct') return false;
  if (INVERTING.has(words[0]!.lower) && isOperator(words[1]) && words.length - 2 <= MAX_SUBJECT_WORDS) return true;
  let end = words.length;
  while (end > 1 && AFTER_OPERATOR.has(words[end - 1]!.lower)) end--;
  const operator = end - 1;
  // "Prices jumped in May.": a capitalised "May" after the first word is the month.
  return operator >= 1 && operator <= MAX_SUBJECT_WORDS && isOperator(words[operator]) && !words[operator]!.capitalized && !words.slice(0, operator).some(isOperator);
}
