import type { Claim, Phrase } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { CENTRAL_DETERMINERS } from '../lexicon/grammar-words.js';
import { REMAINS_FINDING_VERBS, REMAINS_NOUNS } from '../lexicon/pending-states.js';
import type { StateHolder } from './active-results.js';
import { claimWords, type Token } from './words.js';

const REMAINS: ReadonlySet<string> = new Set(REMAINS_NOUNS);
const FINDING: ReadonlySet<string> = new Set(REMAINS_FINDING_VERBS);
const DETERMINERS: ReadonlySet<string> = new Set(CENTRAL_DETERMINERS);

/**
 * The words naming whose body a phrase is: "the pilot's body" → pilot, "the body of the climber" → climber (the
 * of-phrase stands right after the phrase, as objects end at their first preposition); empty when the phrase is no
 * body of anyone.
 */
function ownerTokens(claim: Claim, phrase: Phrase): readonly Token[] {
  const { tokens } = claimWords(claim);
  const inside = tokens.filter((t) => t.span.start >= phrase.span.start && t.span.end <= phrase.span.end);
  const head = inside.at(-1);
  if (!head || !REMAINS.has(head.lower)) return [];
  const owner = inside.slice(0, -1).filter((t) => t.content);
  // The possessive's mark stays in the owner's token text ("pilot's" → pilot) or stands between the two words.
  const last = owner.at(-1);
  const marked = last !== undefined && claim.text.slice(last.span.start - claim.span.start, head.span.start - claim.span.start);
  if (marked && (marked.includes("'") || marked.includes('’'))) return owner;
  const after = tokens.filter((t) => t.span.start >= phrase.span.end);
  if (after[0]?.lower !== 'of') return [];
  const named: Token[] = [];
  for (const t of after.slice(1)) {
    if (t.content) named.push(t);
    else if (!DETERMINERS.has(t.lower) || named.length > 0) break;
  }
  return named;
}

const lemmasOf = (tokens: readonly Token[]): string[] => [...new Set(tokens.map((t) => t.lemma))].sort();

/** Whose body a phrase names, as sorted content lemmas joined by spaces ("the pilot's body" → "pilot"); '' when none. */
export function remainsOf(claim: Claim, phrase: Phrase): string {
  return lemmasOf(ownerTokens(claim, phrase)).join(' ');
}

/**
 * A claim whose act finds or recovers someone's body ("the climber's body was found", "divers recovered the body of
 * the pilot") holds that person dead: the finding verb's span and the dead person. Whether the act is told as done is
 * the caller's test.
 */
export function remainsFound(claim: Claim): { span: Span; holder: StateHolder } | null {
  const { predicate, theme } = claim.proposition;
  if (!predicate || !theme || !FINDING.has(predicate.lemma.toLowerCase())) return null;
  const owner = ownerTokens(claim, theme);
  if (owner.length === 0) return null;
  return { span: predicate.span, holder: { lemmas: lemmasOf(owner), name: owner.every((t) => /^\p{Lu}/u.test(t.span.text)) } };
}
