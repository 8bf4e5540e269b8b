import { isAdverbWord } from './adverb-runs.js';
import { isLyAdverb } from './ly-adverb.js';
import type { Range } from '../ingest/types.js';
import { CLAUSE_AUXILIARIES as CLAUSE_AUXILIARY_WORDS, HOLDER_AUXILIARIES as HOLDER_AUXILIARY_WORDS } from '../lexicon/attribution-cues.js';
import { NON_RESTRICTIVE_RELATIVES } from '../lexicon/clause-cues.js';
import { CENTRAL_DETERMINERS, COORDINATORS, POSSESSIVE_DETERMINERS } from '../lexicon/grammar-words.js';
import { WORDNET_PHRASAL_VERBS } from '../lexicon/wordnet-phrasal-verbs.js';
import type { Token } from '../segment/tokens.js';
import { MONTHS, WEEKDAYS } from '../lexicon/date-cues.js';
import { CLAUSE_BREAK, lastIndex, nameApposition } from './holder-span.js';
import { isParticiple } from './verb-forms.js';

/** The small readings of a trailing frame ("P, X said, …") that attribution.ts's trailing() puts together. */

const WH_RELATIVES = new Set(NON_RESTRICTIVE_RELATIVES);
const COORDINATOR_WORDS = new Set(COORDINATORS);
const HOLDER_AUXILIARIES = new Set(HOLDER_AUXILIARY_WORDS);

/**
 * The comma at `comma` closes a relative clause that a comma and "who" / "which" opened in the same clause, or a
 * participle clause on the clause's first phrase ("The operator, based in Leeds, rejected …": a supplementive, Quirk
 * § 15.58), so the verb after it is the clause's own, not an inverted frame's.
 */
export function closesRelative(tokens: readonly Token[], comma: number): boolean {
  const open = lastIndex(tokens, comma - 1, (t) => t.lower === ',' || CLAUSE_BREAK.has(t.lower));
  if (open < 0 || tokens[open]!.lower !== ',') return false;
  const first = tokens[open + 1]?.lower ?? '';
  const aside = isParticiple(first) && !tokens.slice(0, open).some((t) => t.lower === ',' || CLAUSE_BREAK.has(t.lower));
  return WH_RELATIVES.has(first) || aside;
}

/** ", and officials said": the coordinator joins the frame to the clause before; it is no part of the holder. */
export function withoutCoordinator(holder: readonly Token[]): readonly Token[] {
  return holder.length > 1 && COORDINATOR_WORDS.has(holder[0]!.lower) ? holder.slice(1) : holder;
}

/** "…, spokesman James Reed had said": the auxiliary belongs to the verb. */
export function withoutAuxiliary(holder: readonly Token[]): readonly Token[] {
  let end = holder.length;
  while (end > 1 && HOLDER_AUXILIARIES.has(holder[end - 1]!.lower)) end--;
  return holder.slice(0, end);
}

/** After a frame closed by a comma, the words to the clause's end, where a parenthetical frame's proposition goes on. */
export function resumesAfter(tokens: readonly Token[], close: number, clause: Range): Range | undefined {
  if (tokens[close]?.lower !== ',') return undefined;
  const next = tokens.slice(close + 1).find((t) => t.kind !== 'punct');
  return next ? { start: next.start, end: clause.end } : undefined;
}

/** Currency and percent signs: a phrase holding one names an amount. */
export const FIGURE_SIGNS = new Set(['$', '€', '£', '¥', '%']);

/** Signs written after a figure ("16%", "3‰"): the end of the figure, never punctuation to trim from a proposition. */
export const CLOSING_FIGURE_SIGNS: ReadonlySet<string> = new Set(['%', '‰']);

/** The tokens from `from` up to the next clause break or full stop (read in place: no copy of the rest). */
export function untilBreak(tokens: readonly Token[], from = 0): Token[] {
  const out: Token[] = [];
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (CLAUSE_BREAK.has(t.lower) || t.lower === '.') break;
    out.push(t);
  }
  return out;
}

/**
 * '"P," said Ada Kerr, who runs the lighthouse.' / '"P," Ada Kerr, who led the study, said.': the relative clause
 * opened after the holder's comma at `close`, up to `end` (the frame's comma) or the next break; undefined for none.
 */
export function trailingHolderRelative(tokens: readonly Token[], close: number, end: number | undefined): Range | undefined {
  if (tokens[close]?.lower !== ',' || !WH_RELATIVES.has(tokens[close + 1]?.lower ?? '')) return undefined;
  const words = end === undefined ? untilBreak(tokens, close + 1) : tokens.slice(close + 1, end);
  return words.length > 1 ? { start: words[0]!.start, end: words[words.length - 1]!.end } : undefined;
}

/**
 * '"P," said the skipper, Nell Trago.': in an inverted frame a name in apposition after the described holder is the
 * holder (Quirk § 17.72, as "The skipper, Nell Trago, said"); the name's tokens, or null when the comma at `close`
 * is followed by no name (a weekday or month after the comma dates the report instead).
 */
export function invertedNamedHolder(tokens: readonly Token[], close: number, description: readonly Token[]): Token[] | null {
  if (tokens[close]?.lower !== ',') return null;
  const name = untilBreak(tokens, close + 1);
  if (name.some((t) => WEEKDAYS.has(t.lower) || MONTHS.has(t.lower))) return null;
  return nameApposition(description, name) ? name : null;
}

const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', "'", '“', '”', '‘', '’']);
const CLAUSE_AUXILIARIES: ReadonlySet<string> = new Set(CLAUSE_AUXILIARY_WORDS);

/** A finite auxiliary among a would-be holder's words that no relative pronoun before it accounts for. */
export function finiteOutsideRelative(words: readonly Token[]): boolean {
  const finite = words.findIndex((t) => CLAUSE_AUXILIARIES.has(t.lower));
  return finite >= 0 && !words.slice(0, finite).some((t) => WH_RELATIVES.has(t.lower) || t.lower === 'that');
}

/** The comma at `comma` closes a quotation: a quotation mark stands right before or after it, or is itself the break. */
export function closesQuotation(tokens: readonly Token[], comma: number): boolean {
  return [tokens[comma - 1], tokens[comma], tokens[comma + 1]].some((t) => t !== undefined && QUOTE_MARKS.has(t.lower));
}

/**
 * ", first reported on Tuesday morning,", ", later reported missing,": words that are only adverbs before a participle
 * of reporting are no holder; the participle opens a reduced relative on the noun before the comma (Quirk et al. 1985
 * § 17.29), not a frame.
 */
export function onlyAdverbs(words: readonly Token[]): boolean {
  return words.length > 0 && words.every((t) => t.kind === 'word' && (isAdverbWord(t.lower) || isLyAdverb(t.lower)));
}

/**
 * "…, the union called off the strike": a verb with the particle of a two-word verb WordNet lists and an object after
 * it (a determiner, possessive or pronoun) is the clause's own act, not a closing frame of what went before.
 */
export function phrasalWithObject(segment: readonly Token[], verbAt: number, lemma: string | undefined): boolean {
  const [particle, next] = [segment[verbAt + 1], segment[verbAt + 2]];
  if (lemma === undefined || particle === undefined || next === undefined || WORDNET_PHRASAL_VERBS[`${lemma} ${particle.lower}`] === undefined) return false;
  return OBJECT_OPENERS.has(next.lower);
}
const OBJECT_OPENERS: ReadonlySet<string> = new Set([...CENTRAL_DETERMINERS, ...POSSESSIVE_DETERMINERS, 'him', 'her', 'them', 'it']);
