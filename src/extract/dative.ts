import type { Range } from '../ingest/types.js';
import { DATIVE_VERBS } from '../lexicon/dative-verbs.js';
import { themeAfter } from './theme.js';
import { hasTag, type Term } from './terms.js';

const DATIVE = new Set(DATIVE_VERBS);
/** Words that may open a second object right after the first ("the coalition enhanced capability", "him a medal"). */
const opensPhrase = (t: Term | undefined) => t !== undefined && (hasTag(t, 'Noun') || hasTag(t, 'Determiner') || hasTag(t, 'Adjective') || hasTag(t, 'Value') || hasTag(t, 'Possessive')) && !hasTag(t, 'Date') && !hasTag(t, 'Pronoun');

export const isDativeVerb = (lemma: string): boolean => DATIVE.has(lemma);

/**
 * "offered the coalition enhanced capability": after a dative verb (Levin § 2.1) a noun phrase straight after the
 * first object is the thing given, the theme; the first is the recipient. Undefined when no second object follows;
 * null when the thing given is a bare amount ("gave the university an extra £10 million": an amount is no theme, and
 * the recipient is no direct object, Quirk § 10.7).
 */
export function secondObject(terms: readonly Term[], first: Range, lemma: string): Range | null | undefined {
  if (!DATIVE.has(lemma)) return undefined;
  const next = terms.findIndex((t) => t.start >= first.end);
  const last = terms[next - 1];
  if (next < 0 || !last || last.commaAfter) return undefined;
  // "the coalition enhanced capability": an "-ed" form between two nouns modifies the second.
  if (isParticipleModifier(terms, next)) return themeAfter(terms, next + 1);
  if (!opensPhrase(terms[next])) return undefined;
  return themeAfter(terms, next) ?? (isBareAmount(terms, next) ? null : undefined);
}

/** "an extra £10 million", "$5,000", "a further 2 billion euros": a determiner and adjectives, then a number, to the end. */
function isBareAmount(terms: readonly Term[], i: number): boolean {
  let j = i;
  while (hasTag(terms[j], 'Determiner') || (hasTag(terms[j], 'Adjective') && !hasTag(terms[j], 'Value'))) j++;
  return hasTag(terms[j], 'Value') && !hasTag(terms[j], 'Ordinal') && !TALLY.test(terms[j]!.lower);
}

/** "passed the budget 61-39", "won the final 3-1": a tally or score after the object is no amount given (AP Stylebook, vote tabulations). */
const TALLY = /^\d+\s*[-–]\s*\d+$/;

function isParticipleModifier(terms: readonly Term[], i: number): boolean {
  const t = terms[i];
  return t !== undefined && hasTag(t, 'PastTense') && t.lower.endsWith('ed') && !t.commaAfter && hasTag(terms[i + 1], 'Noun') && !hasTag(terms[i + 1], 'Verb');
}
