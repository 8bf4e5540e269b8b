import type { Claim } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { NAMING_VERBS } from '../lexicon/naming-verbs.js';
import { SIMPLE_PREPOSITIONS } from '../lexicon/simple-prepositions.js';
import { claimWords, tokenAt, type Token } from './words.js';

/** The one a state is held of: content lemmas, and whether every word is capitalised (a name: "Mara", "Lena Ortiz"). */
export interface StateHolder {
  lemmas: readonly string[];
  name: boolean;
}

/**
 * An active result verb leaves its object in the state ("rebels beheaded the nurse" → the nurse is dead), as its passive
 * leaves its subject ("the nurse was beheaded"; Quirk et al. 1985, § 3.64 on the active–passive correspondence). The
 * holder is the claim's theme when the verb is the claim's own predicate and the theme follows it; else null.
 */
export function activeResultHolder(claim: Claim, span: Span): StateHolder | null {
  const { predicate, theme } = claim.proposition;
  if (!predicate || !theme || span.start < predicate.span.start || span.end > predicate.span.end || theme.span.start < predicate.span.end) return null;
  const all = claimWords(claim).tokens;
  const tokens = [...headPhrase(all.filter((t) => t.span.start >= theme.span.start && t.span.end <= theme.span.end)), ...namedAfter(all, tokenAt(all, theme.span.end))];
  if (tokens.length === 0) return null;
  return { lemmas: [...new Set(tokens.map((t) => t.lemma))].sort(), name: tokens.every((t) => /^\p{Lu}/u.test(t.span.text)) };
}

const PREPOSITIONS: ReadonlySet<string> = new Set(SIMPLE_PREPOSITIONS);

/** The theme up to its first post-modifier: "a nurse near the market" holds the nurse, not the market. */
function headPhrase(tokens: readonly Token[]): Token[] {
  const start = tokens.findIndex((t) => t.content);
  if (start < 0) return [];
  const end = tokens.findIndex((t, i) => i > start && (!t.content || PREPOSITIONS.has(t.lower)));
  return tokens.slice(start, end < 0 ? tokens.length : end);
}

const NAMING: ReadonlySet<string> = new Set(NAMING_VERBS);
const CAPITALISED = /^\p{Lu}/u;

/**
 * The name a reduced relative of naming gives the noun before it ("the fighter known as Mara", "a nurse named Lena
 * Ortiz"; Levin 1993, § 29.3, with "known as" as its appellative use): the capitalised words after the participle.
 */
function namedAfter(tokens: readonly Token[], from: number): Token[] {
  let i = from;
  const first = tokens[i];
  if (first === undefined) return [];
  const known = first.lower === 'known' && tokens[i + 1]?.lower === 'as';
  if (!known && !(first.verb !== undefined && NAMING.has(first.verb) && first.lower.endsWith('ed'))) return [];
  i += known || tokens[i + 1]?.lower === 'as' ? 2 : 1;
  const name: Token[] = [];
  while (tokens[i] !== undefined && CAPITALISED.test(tokens[i]!.span.text)) name.push(tokens[i++]!);
  return name;
}

/** The holder of a state told in the passive or with a copula: the content words before it ("the commander's brother"). */
export function holderBefore(claim: Claim, span: Span, skip: ReadonlySet<string>): StateHolder {
  const tokens = claimWords(claim).tokens.filter((t) => t.content && t.span.end <= span.start && !skip.has(t.lower));
  return { lemmas: [...new Set(tokens.map((t) => t.lemma))].sort(), name: tokens.length > 0 && tokens.every((t) => /^\p{Lu}/u.test(t.span.text)) };
}

/**
 * One holder on both sides: the same words, or a bare name on one side found among the other's words ("Mara" / "the
 * young nurse Mara"). A description alone ("the commander" / "the commander's brother") must match word for word.
 */
export function sameStateHolder(x: StateHolder, y: StateHolder): boolean {
  if (x.lemmas.length === 0 || y.lemmas.length === 0) return false;
  if (x.lemmas.join(' ') === y.lemmas.join(' ')) return true;
  const [small, large] = x.lemmas.length <= y.lemmas.length ? [x, y] : [y, x];
  return small.name && small.lemmas.every((l) => large.lemmas.includes(l));
}
