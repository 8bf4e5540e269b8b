import {
  ADVERBIAL_OPENERS as ADVERBIAL_OPENER_WORDS,
  HOLDER_AUXILIARIES,
  PARENTHETICALS as PARENTHETICAL_WORDS,
  RELATIVE_OPENERS,
  AFFILIATION_PREPOSITIONS,
} from '../lexicon/attribution-cues.js';
import type { Range } from '../ingest/types.js';
import { NON_RESTRICTIVE_RELATIVES } from '../lexicon/clause-cues.js';
import { DESCRIPTION_DETERMINERS, MAX_NAME_WORDS, SUBJECT_PRONOUNS } from '../lexicon/grammar-words.js';
import type { Token } from '../segment/tokens.js';
import { CLAUSE_AUXILIARIES } from '../lexicon/attribution-cues.js';
import { isVerbLemma } from '../relate/wordnet.js';
import { IRREGULAR_PAST } from '../lexicon/irregular-verbs.js';
import { isLyAdverb } from './ly-adverb.js';
import { ROLE_NOUNS } from '../lexicon/role-nouns.js';
import { PERSON_NOUNS } from '../lexicon/wordnet-person-nouns.js';

/**
 * Where the holder of a reporting frame stands among the tokens: before the verb past a parenthetical or a
 * ", citing Y," aside, opening the clause before an appositive, or walked back over relative clauses.
 */

/** The holder of a leading attribution is at most this many words ("a senior official with knowledge of the talks"). */
export const MAX_HOLDER_WORDS = 10;
/** Relative clauses walked back over to find a trailing holder (", who …, who …,"): more is a list, not a name. */
const MAX_RELATIVE_HOPS = 3;
export const CLAUSE_BREAK: ReadonlySet<string> = new Set([',', ';', ':', '(', ')', '"']);
const PARENTHETICALS = new Set(PARENTHETICAL_WORDS);
export const RELATIVE: ReadonlySet<string> = new Set(RELATIVE_OPENERS);
const ADVERBIAL_OPENERS = new Set(ADVERBIAL_OPENER_WORDS);

/** The holder starts after the last clause break before the verb; ", citing Y," between holder and verb is `via`. */
export function holderStart(tokens: readonly Token[], verb: number): { start: number; end: number; via?: { from: number; to: number }; named?: true } {
  let end = verb;
  let via: { from: number; to: number } | undefined;
  // "A budget document, however, shows …": a parenthetical adverb between commas belongs to neither side.
  if (tokens[verb - 1]?.lower === ',' && PARENTHETICALS.has(tokens[verb - 2]?.lower ?? '') && tokens[verb - 3]?.lower === ',') {
    end = verb - 3;
  } else if (tokens[verb - 1]?.lower === ',') {
    const open = lastIndex(tokens, verb - 2, (t) => t.lower === ',');
    if (open >= 0 && tokens[open + 1]?.lower === 'citing') {
      via = { from: open, to: verb - 1 };
      end = open;
    }
  }
  const brk = lastIndex(tokens, end - 1, (t) => CLAUSE_BREAK.has(t.lower));
  // "At a reading on Friday night she told …": a subject pronoun takes no modifier before it, so the words before it
  // are a fronted adjunct and the holder is the pronoun alone (Quirk § 6.2).
  const last = via?.from ?? end;
  const pronounOnly = last - 1 > brk + 1 && HOLDER_PRONOUNS.has(tokens[last - 1]?.lower ?? '') && tokens[last - 2]?.kind === 'word';
  const result: { start: number; end: number; via?: { from: number; to: number } } = { start: pronounOnly ? last - 1 : brk + 1, end: last };
  if (via) result.via = via;
  return result;
}

const HOLDER_PRONOUNS: ReadonlySet<string> = new Set(SUBJECT_PRONOUNS);

/** An aside between the holder and its verb is at most this many tokens ("a spokeswoman for the port authority"). */
export const MAX_APPOSITIVE_TOKENS = 18;
// "The board, which runs the port, said": a non-restrictive relative on a non-personal holder is an aside as "who" is, and so
// is one opened by "whose" ("Jim Treloar, whose parents opened the site, said"; Quirk § 17.22).
const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'one', 'who', 'which', 'whose']);
const PREPOSITION_OPENERS = new Set(['in', 'on', 'at', 'by', 'for', 'from', 'after', 'before', 'during', 'under', 'with', 'without', 'despite', 'since', 'until', 'as', 'of', 'to']);

/**
 * "Lena Voss, a spokeswoman for the port authority, told …", "The mayor, speaking at a news conference, said …": the
 * holder opens the clause and an appositive or participial aside stands between it and the verb (Quirk § 17.65).
 */
export function appositiveHolder(tokens: readonly Token[], verb: number): { start: number; end: number; via?: { from: number; to: number }; named?: true; relative?: { from: number; to: number } } | undefined {
  // "Ada Kerr, who runs the port, has said": an auxiliary after the aside's closing comma belongs to the verb.
  let close = verb - 1;
  while (close > 1 && HOLDER_AUXILIARY.has(tokens[close]!.lower)) close--;
  if (tokens[close]?.lower !== ',') return undefined;
  const open = lastIndex(tokens, close - 1, (t) => CLAUSE_BREAK.has(t.lower));
  if (open < 1 || tokens[open]!.lower !== ',' || verb - open > MAX_APPOSITIVE_TOKENS) return undefined;
  const aside = tokens[open + 1]!;
  // "Jan Vos, 45, a teacher, said": an age in apposition before the aside stays out of the holder.
  const aged = open > 3 && isAge(tokens[open - 1]!) && tokens[open - 2]!.lower === ',';
  const headEnd = aged ? open - 2 : open;
  const head = tokens.slice(0, headEnd);
  // "The outgoing envoy, Nikolay Mladenov, told …": a name in apposition to a description is the holder (Quirk § 17.72).
  if (nameApposition(head, tokens.slice(open + 1, close))) return { start: open + 1, end: close, named: true };
  // "The steward, Ilse Brandt of Harlow Rangers, said": the name before its affiliation is the holder.
  const affiliated = affiliationAt(tokens.slice(open + 1, close));
  if (affiliated > 0 && nameApposition(head, tokens.slice(open + 1, open + 1 + affiliated))) return { start: open + 1, end: open + 1 + affiliated, named: true };
  // "Maureen Clegg, 74, said", "The householder, Maureen Clegg, 74, said": an age in apposition (AP style) leaves the holder before it.
  if (close === open + 2 && isAge(aside)) return ageApposition(head);
  // ", citing two officials," names a nested source: holderStart keeps it as `via`.
  if (aside.lower === 'citing' || (!APPOSITIVE_OPENERS.has(aside.lower) && !isParticipialAside(aside) && !roleAside(tokens.slice(open + 1, close)))) return undefined;
  // "In the end, a spokesman said …": an opening adverbial is no holder; a holder is a name or a determiner phrase.
  if (opensWithAdverbial(tokens) || PREPOSITION_OPENERS.has(head[0]!.lower) || !(head[0]!.capitalized || APPOSITIVE_OPENERS.has(head[0]!.lower))) return undefined;
  // "The umpire, Klaus Berger, who followed the race, told …": a described name before the aside is the holder.
  // "The club captain, Iris Penhale, a sheep farmer, said", "The chair, Jean Holt, speaking to reporters, said": so is
  // one before a second aside (Quirk § 17.65: appositions may be multiple).
  const inner = head.findIndex((t) => t.lower === ',');
  if (inner > 0 && head.slice(inner + 1).every((t) => t.kind === 'word') && nameApposition(head.slice(0, inner), head.slice(inner + 1))) {
    return NON_RESTRICTIVE.has(aside.lower) ? { start: inner + 1, end: headEnd, named: true, relative: { from: open + 1, to: close } } : { start: inner + 1, end: headEnd, named: true };
  }
  // "The panel chairman, the Welsh harpist Owain Rhys, said": a description in apposition that ends in a name names the holder.
  const described = describedName(tokens.slice(open + 1, close));
  if (described > 0 && nameApposition(head, tokens.slice(open + 1 + described, close))) return { start: open + 1 + described, end: close, named: true };
  if (head.length > MAX_HOLDER_WORDS || head.some((t) => t.kind === 'punct' || t.kind === 'number') || !head.some((t) => t.kind === 'word')) return undefined;
  // "The board, which runs the port, said": the relative clause states a fact of its own about the holder.
  return NON_RESTRICTIVE.has(aside.lower) ? { start: 0, end: headEnd, relative: { from: open + 1, to: close } } : { start: 0, end: headEnd };
}
const NON_RESTRICTIVE: ReadonlySet<string> = new Set(NON_RESTRICTIVE_RELATIVES);
/** A person's age is at most this; a larger figure between commas is no age. */
const MAX_AGE = 120;
const isAge = (t: Token): boolean => t.kind === 'number' && /^\d{1,3}$/.test(t.lower) && Number(t.lower) <= MAX_AGE;

/** The holder before an age appositive: a name, or a description with a name in apposition ("The householder, Maureen Clegg"). */
function ageApposition(head: readonly Token[]): { start: number; end: number; named?: true } | undefined {
  const inner = head.findIndex((t) => t.lower === ',');
  if (inner > 0 && nameApposition(head.slice(0, inner), head.slice(inner + 1))) return { start: inner + 1, end: head.length, named: true };
  if (inner >= 0 || head.length === 0 || head.length > MAX_HOLDER_WORDS || !head.every((t) => t.kind === 'word') || !head[0]!.capitalized) return undefined;
  return { start: 0, end: head.length };
}
const HOLDER_AUXILIARY: ReadonlySet<string> = new Set(HOLDER_AUXILIARIES);

/** A determiner-led description ("The outgoing envoy to Iraq") followed by a short all-capitalised name. */
export function nameApposition(head: readonly Token[], aside: readonly Token[]): boolean {
  const words = aside.filter((t) => t.kind === 'word');
  const isName = words.length > 0 && words.length <= MAX_NAME_WORDS && words.length === aside.length && words.every((t) => t.capitalized);
  // "Bradwell's captain, Mark Ellery,": a name's possessive determines a description as a determiner does (Quirk § 5.115).
  const opens = DESCRIPTION_OPENERS.has(head[0]!.lower) || (head[0]!.capitalized && POSSESSIVE_NAME.test(head[0]!.lower));
  const described = head.length > 1 && head.length <= MAX_HOLDER_WORDS && opens && head.every((t) => t.kind === 'word');
  return isName && described;
}

const DESCRIPTION_OPENERS: ReadonlySet<string> = new Set(DESCRIPTION_DETERMINERS);
const POSSESSIVE_NAME = /['’]s$/u;
const NAME_PREPOSITIONS: ReadonlySet<string> = new Set(PREPOSITION_OPENERS);

/** Where the name closing a determiner-led description starts ("the Welsh harpist Owain Rhys" → 4), or 0 when it has none. */
function describedName(aside: readonly Token[]): number {
  if (aside.length < 3 || !DESCRIPTION_OPENERS.has(aside[0]!.lower) || aside.some((t) => t.kind !== 'word')) return 0;
  let at = aside.length;
  while (at > 1 && aside[at - 1]!.capitalized) at--;
  const name = aside.length - at;
  // "a hill farmer from Llanuwchllyn": a name after a preposition is where the person is from, not who they are.
  return name > 0 && name <= MAX_NAME_WORDS && at > 1 && !aside[at - 1]!.capitalized && !NAME_PREPOSITIONS.has(aside[at - 1]!.lower) ? at : 0;
}

/** Prepositions of affiliation after a name in apposition (Quirk § 17.72, "Ilse Brandt of Harlow Rangers"). */
const AFFILIATION: ReadonlySet<string> = new Set(AFFILIATION_PREPOSITIONS);

/** The length of the name before "of / from / at" and a body whose first word is a name in an aside, or 0 when the aside is not one. */
function affiliationAt(aside: readonly Token[]): number {
  const at = aside.findIndex((t) => AFFILIATION.has(t.lower));
  const body = aside.slice(at + 1).filter((t) => !/^(?:the|and|&)$/i.test(t.lower));
  return at > 0 && body[0]?.capitalized === true && body.every((t) => t.kind === 'word') ? at : 0;
}

/** "speaking at …", "flanked by …", "visibly tired …": a lower-case participle or adverb opens a supplementive aside (Quirk § 15.58). */
/**
 * An aside naming a role with no article (Quirk et al. 1985 § 5.34, zero article with a unique role in apposition:
 * "Dawn Pettit, head of St Aldhelm's, said", "Ian Birkett, chair of trustees, said"), or with one modifier before the
 * role ("deputy head", "retired teacher"): a lower-case role or person noun among its first two words.
 */
function roleAside(aside: readonly Token[]): boolean {
  const [first, second] = aside;
  if (first === undefined || first.capitalized || first.kind !== 'word') return false;
  return ROLE.has(first.lower) || (second !== undefined && !second.capitalized && ROLE.has(second.lower));
}
const ROLE: ReadonlySet<string> = new Set([...ROLE_NOUNS, ...PERSON_NOUNS]);

function isParticipialAside(t: Token): boolean {
  return !t.capitalized && t.kind === 'word' && /(?:ing|ed|en|ly)$/.test(t.lower);
}

/** "Speaking in Z, X said …", "On Monday, X said …": what comes before the holder's comma is no proposition. */
export function opensWithAdverbial(tokens: readonly Token[]): boolean {
  const first = tokens.find((t) => t.kind === 'word');
  return first !== undefined && (ADVERBIAL_OPENERS.has(first.lower) || supplementiveOpener(tokens, first) || opensWithAgo(tokens));
}

const FINITE: ReadonlySet<string> = new Set(CLAUSE_AUXILIARIES);

/**
 * "Speaking on Monday, …", "Separately, …": a participle or an adverb opening a supplementive clause (Quirk § 15.58),
 * which has no finite verb of its own before its comma. A finite auxiliary there makes the opening words a clause
 * ("Evening classes were cancelled, the college said"), and an "-ing" word that is no verb's form is a noun or a name
 * ("Beijing", "Morning trains"), not a participle.
 */
function supplementiveOpener(tokens: readonly Token[], first: Token): boolean {
  const ing = first.lower.endsWith('ing');
  // "Separately,", "Visibly tired,": an adverb; "Kelly won …", "Italy beat …": a name ending in "-ly" is a subject.
  if (!ing && !isLyAdverb(first.lower)) return false;
  const comma = tokens.findIndex((t) => t.lower === ',');
  if ((comma < 0 ? tokens : tokens.slice(0, comma)).some((t) => FINITE.has(t.lower))) return false;
  return !ing || ingVerbStems(first.lower).some(isVerbLemma);
}

/** A regular past form is at least this long ("aimed"; not "red", "bed"). */
const MIN_ED_PAST = 5;

/**
 * "Shipping rates climbed steeply, the exchange said on Friday.": the words before the frame hold a past-tense verb
 * after their first word, so they are a clause of their own, not a supplementive opener (Quirk § 15.58: a
 * supplementive clause is non-finite). Read only when the frame holds nothing after its verb, where a participle
 * opener would leave the sentence without a proposition.
 */
export function finiteBeforeFrame(tokens: readonly Token[], holderStart: number): boolean {
  // "Citing figures compiled by the bank": an "-ed" form before "by" is a passive participle on a noun, not a finite verb.
  const finite = (t: Token, k: number) => IRREGULAR_PAST[t.lower] !== undefined || (t.lower.length >= MIN_ED_PAST && t.lower.endsWith('ed') && tokens[k + 1]?.lower !== 'by');
  return tokens.slice(0, holderStart).some((t, k) => k > 0 && t.kind === 'word' && finite(t, k));
}

/** The verbs an "-ing" form may come from: "speaking" → speak, "citing" → cite, "running" → run. */
function ingVerbStems(word: string): string[] {
  const stem = word.slice(0, -3);
  const undoubled = /([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : stem;
  return [stem, `${stem}e`, undoubled];
}

/** Words of a fronted "ago" phrase ("Two days ago,", "A few weeks ago,"). */
const MAX_AGO_WORDS = 4;

/** "Days ago, the paper reported …": a time phrase closed by "ago" (Quirk et al. 1985, § 9.7 note) before the first comma. */
function opensWithAgo(tokens: readonly Token[]): boolean {
  const comma = tokens.findIndex((t) => t.lower === ',');
  return comma > 1 && comma <= MAX_AGO_WORDS && tokens[comma - 1]!.lower === 'ago';
}

/** Walks back over relative clauses (", who …,") to the comma segment that names the holder. */
export function holderBefore(tokens: readonly Token[], comma: number): { tokens: Token[]; comma: number } | null {
  let end = comma;
  for (let hops = 0; hops < MAX_RELATIVE_HOPS; hops++) {
    const open = lastIndex(tokens, end - 1, (t) => t.lower === ',' || t.lower === '"');
    if (open < 0) return null;
    const segment = tokens.slice(open + 1, end);
    const first = segment.find((t) => t.kind === 'word');
    if (!first) return null;
    if (!RELATIVE.has(first.lower)) return segment.some((t) => t.capitalized) ? { tokens: segment, comma: open } : null;
    end = open;
  }
  return null;
}

export function lastIndex(tokens: readonly Token[], from: number, test: (t: Token) => boolean): number {
  for (let i = from; i >= 0; i--) if (test(tokens[i]!)) return i;
  return -1;
}

/** The text range of tokens[from, to): at least the first token. */
export function rangeOf(tokens: readonly Token[], from: number, to: number): Range {
  return { start: tokens[from]!.start, end: tokens[Math.max(from, to - 1)]!.end };
}

/**
 * "'We are sorry,' he said": the single quote closing the quotation stands between the comma and the holder; it is
 * no word of the holder (a genitive's apostrophe, "the players' union", follows its word and never opens a phrase).
 */
export function withoutQuoteMarks(tokens: readonly Token[]): Token[] {
  let k = 0;
  while (k < tokens.length && tokens[k]!.kind === 'punct' && QUOTE_MARKS.has(tokens[k]!.lower)) k++;
  return tokens.slice(k);
}
const QUOTE_MARKS: ReadonlySet<string> = new Set(["'", '‘', '’', '“', '”']);
