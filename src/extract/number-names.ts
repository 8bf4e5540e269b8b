import type { Token } from '../segment/tokens.js';
import { CONTACT_GAP_MAX, CONTACTING_VERBS } from '../lexicon/contacting-verbs.js';
import { MONTHS, WEEKDAYS } from '../lexicon/date-cues.js';
import { AUXILIARY_HEADS, CENTRAL_DETERMINERS } from '../lexicon/grammar-words.js';
import { COLLECTIVE_NOUNS } from '../lexicon/collective-nouns.js';
import { IRREGULAR_PAST } from '../lexicon/irregular-verbs.js';
import { UNMARKED_PLURALS } from '../lexicon/pronoun-agreement.js';
import { closeTogether } from './phrase-index.js';
import type { NumberRead } from './quantity-numbers.js';

/** A figure with no unit, as read so far: where it starts and what (if anything) it counts. */
export interface BareFigure {
  tokens: readonly Token[];
  view: string;
  /** Token index of the number (no bound word or sign before it). */
  numberAt: number;
  num: NumberRead;
  /** The counted noun read after it, if any. */
  noun: string | undefined;
}

/** Plain digits, no separators: a dialled number or a designator ("999", "61016", "81"), not "40,000". */
const PLAIN = /^\d+$/;
/** A designator has at most four digits, as detect/numbered-things.ts reads "Flight 81". */
const DESIGNATOR = /^\d{1,4}$/;
const LETTERS = /^\p{L}+$/u;
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', '"']);
const AUXILIARIES: ReadonlySet<string> = new Set(AUXILIARY_HEADS);
const ARTICLES: ReadonlySet<string> = new Set(CENTRAL_DETERMINERS.slice(0, 3));
const COLLECTIVES: ReadonlySet<string> = new Set(COLLECTIVE_NOUNS);
const ZERO_PLURALS: ReadonlySet<string> = new Set([...UNMARKED_PLURALS, 'men', 'women', 'children']);
// A regular plural ("witnesses", "numbers"), not "press" or "its".
const PLURAL = /[^su']s$/;

/**
 * The token index to resume at when a bare figure names something rather than counting it: a telephone number
 * ("dial 999", "phone the hotline on 0800 555 019") or a designator after a capitalised name ("Call of Duty 4").
 */
export function nameEnd(f: BareFigure): number | undefined {
  if (!f.num.digits || f.num.scaled || !PLAIN.test(f.tokens[f.numberAt]!.lower)) return undefined;
  if (isDialled(f)) return digitGroupsEnd(f.tokens, f.numberAt, f.view);
  return isDesignator(f) || modifiesSingular(f) ? f.num.next : undefined;
}

/**
 * "the 999 service", "a 747 jet": after an article, a numeral other than one before a singular noun modifies it (a
 * cardinal above one takes a plural head: CGEL ch. 5), so it counts nothing. Collective heads ("the 12 crew") count.
 */
function modifiesSingular(f: BareFigure): boolean {
  const article = f.tokens[f.numberAt - 1];
  if (!article || !ARTICLES.has(article.lower) || f.num.value === 1 || !DESIGNATOR.test(f.tokens[f.numberAt]!.lower)) return false;
  return f.noun !== undefined && !f.noun.includes(' ') && !isPluralHead(f.noun) && !COLLECTIVES.has(f.noun);
}

/** Cardinals above one take a plural head (CGEL ch. 5): "called 40 witnesses" counts; "phoned 101 twice" does not. */
const isPluralHead = (noun: string | undefined) => noun !== undefined && (PLURAL.test(noun) || ZERO_PLURALS.has(noun.split(' ').pop()!));

/** Right after a verb of telephoning, or after "on" a few words after one ("call the charity on 116 123"). */
function isDialled(f: BareFigure): boolean {
  if (isPluralHead(f.noun)) return false;
  const before = f.tokens[f.numberAt - 1];
  if (before && CONTACTING_VERBS.has(before.lower)) return true;
  if (before?.lower !== 'on') return false;
  for (let k = f.numberAt - 2; k >= Math.max(0, f.numberAt - 2 - CONTACT_GAP_MAX); k--) {
    const tok = f.tokens[k]!;
    if (tok.kind === 'punct') return false;
    if (CONTACTING_VERBS.has(tok.lower)) return true;
  }
  return false;
}

/** Past the digit groups of one telephone number, each a single space apart ("0800 555 019"). */
function digitGroupsEnd(tokens: readonly Token[], at: number, view: string): number {
  let j = at;
  while (tokens[j + 1]?.kind === 'number' && tokens[j + 1]!.start === tokens[j]!.end + 1 && view.charAt(tokens[j]!.end) === ' ') j += 1;
  return j + 1;
}

/**
 * "Call of Duty 4 all night", "on Interstate 95 near Boston": a bare numeral right after a capitalised word in
 * mid-sentence, counting nothing, is a designator (Quirk et al. 1985, § 5.66). A verb after it makes it a subject
 * count again ("In Gaza 40 were hurt"); a month or weekday before it is a date or a time ("On Monday 300 …").
 */
function isDesignator(f: BareFigure): boolean {
  const { tokens, view, numberAt, noun } = f;
  const name = tokens[numberAt - 1];
  if (noun !== undefined || !name || !DESIGNATOR.test(tokens[numberAt]!.lower) || !name.capitalized || !LETTERS.test(name.lower)) return false;
  if (opensSentence(tokens, numberAt - 1) || !closeTogether(view, name, tokens[numberAt]!) || MONTHS.has(name.lower) || WEEKDAYS.has(name.lower)) return false;
  return !isVerbForm(tokens[f.num.next]);
}

function isVerbForm(tok: Token | undefined): boolean {
  return tok !== undefined && (AUXILIARIES.has(tok.lower) || IRREGULAR_PAST[tok.lower] !== undefined || /ed$/.test(tok.lower));
}

/** The first word of its sentence, where a capital says nothing of a name. */
export function opensSentence(tokens: readonly Token[], at: number): boolean {
  return at === 0 || SENTENCE_ENDS.has(tokens[at - 1]!.lower);
}
