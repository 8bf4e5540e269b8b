import { SUBJECT_PRONOUNS } from '../lexicon/grammar-words.js';
import { derived, type Lexicon } from '../lexicon/index.js';
import { BODY_SOURCE_NOUNS } from '../lexicon/body-source-nouns.js';
import { PEOPLE_SOURCE_PLURALS } from '../lexicon/source-noun-kinds.js';
import { ANONYMOUS_DETERMINERS } from '../lexicon/reporting-verbs.js';
import type { Token } from '../segment/tokens.js';

/** Whether a holder names its source or leaves it unnamed (issue 12: "officials", "a spokesman for the ministry"). */

const ANONYMOUS = new Set(ANONYMOUS_DETERMINERS);
const sourceNouns = (lexicon: Pick<Lexicon, 'sourceNouns'>): ReadonlySet<string> => new Set(lexicon.sourceNouns);
const PRONOUNS = new Set(SUBJECT_PRONOUNS);

/** Named when it has a capitalised word that is not a determiner; anonymous for "some reports", "officials". */
export function kindOf(tokens: readonly Token[], lexicon: Pick<Lexicon, 'sourceNouns'>): 'named' | 'anonymous' {
  const SOURCE_NOUN = derived(lexicon, sourceNouns);
  const words = tokens.filter((t) => t.kind === 'word');
  if (words.some((t) => ANONYMOUS.has(t.lower))) return 'anonymous';
  if (namesBody(words)) return 'named';
  if (isUnnamedSource(words, SOURCE_NOUN)) return 'anonymous';
  const named = words.some((t, i) => t.capitalized && !(i === 0 && (SOURCE_NOUN.has(t.lower) || OPENING_DETERMINERS.has(t.lower))));
  if (named) return 'named';
  if (words.length === 1 && PRONOUNS.has(words[0]!.lower)) return 'named';
  return words.some((t) => SOURCE_NOUN.has(t.lower)) ? 'anonymous' : 'named';
}

const BODIES = new Set(BODY_SOURCE_NOUNS);
const INDEFINITE = new Set(['a', 'an', 'one']);

/** "Police", "the health ministry", "the agency": a body noun heading the phrase with no indefinite article names one body. */
function namesBody(words: readonly Token[]): boolean {
  const cut = words.findIndex((t) => HEAD_BREAK.has(t.lower));
  const head = words.slice(0, cut < 0 ? words.length : cut);
  const last = head[head.length - 1];
  return last !== undefined && BODIES.has(last.lower) && !INDEFINITE.has(head[0]!.lower);
}

const OPENING_DETERMINERS = new Set(['the', 'a', 'an', 'one']);
const PLURAL_PEOPLE = new Set(PEOPLE_SOURCE_PLURALS);
/** Words that end the head of a source phrase: "a spokeswoman | for the council". */
const HEAD_BREAK = new Set(['for', 'at', 'with', 'from', 'in', 'of', 'to', 'on']);

/**
 * "A spokeswoman for the council", "one of the Herald's sources", "an official at the Treasury": a source noun heads
 * the phrase (before its first preposition, past "one of"); a name in the possessive or the phrase after it does not
 * name the speaker.
 */
function isUnnamedSource(words: readonly Token[], SOURCE_NOUN: ReadonlySet<string>): boolean {
  const from = words[1]?.lower === 'of' ? 2 : 0;
  const cut = words.findIndex((t, i) => i >= from && HEAD_BREAK.has(t.lower));
  const head = words.slice(from, cut < 0 ? words.length : cut);
  const last = head[head.length - 1];
  if (!last || !SOURCE_NOUN.has(last.lower)) return false;
  // "Treasury officials", "Chilean officials": a name before a plural of people says whose, not who.
  if (from === 0 && PLURAL_PEOPLE.has(last.lower) && head.length > 1) return true;
  return head.every((t, i) => !t.capitalized || /['’]s$/.test(t.lower) || (i === 0 && OPENING_DETERMINERS.has(t.lower)) || SOURCE_NOUN.has(t.lower));
}

