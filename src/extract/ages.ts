import type { Range } from '../ingest/types.js';
import type { Age, Quantity } from '../model/claim.js';
import { spanOf } from '../model/span.js';
import { TENS_WORDS, UNIT_WORDS } from '../lexicon/number-words.js';
import type { Term } from './terms.js';

/**
 * A person's age as news copy gives it, and whom it describes (AP Stylebook, "ages": "a 5-year-old boy", "the boy,
 * 5,", "the 5-year-old"; British copy also "aged 5" and "Jane Doe (34)"). An age belongs to its bearer, not to an
 * event: two reports that give one person two ages disagree whatever else they tell.
 */

/** Ages past this are no person's ("the bridge, 300,"): a figure after a comma is then something else. */
const OLDEST = 119;
const CAPITALISED = /^\p{Lu}/u;
const DIGITS = /^\d{1,3}$/;
const POSSESSIVE = /['’]s?$/;
/** Tags of words that cannot be the bearer before an appositive age: a date ("June 5, 45 …"), a place, a figure. */
const NOT_A_BEARER = ['Value', 'Date', 'Month', 'WeekDay', 'Place', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction'];

/** "45", "five", "forty-five" (compromise splits the hyphen): the age and the index of its last term. */
function ageNumber(terms: readonly Term[], i: number): { value: number; last: number } | undefined {
  const t = terms[i];
  if (t === undefined) return undefined;
  const digits = t.lower.replace(/^\(/, '');
  if (DIGITS.test(digits)) return { value: Number(digits), last: i };
  const unit = UNIT_WORDS.get(t.lower);
  if (unit !== undefined) return { value: unit, last: i };
  const tens = TENS_WORDS.get(t.lower);
  if (tens === undefined) return undefined;
  const next = terms[i + 1];
  const ones = next === undefined ? undefined : UNIT_WORDS.get(next.lower);
  return ones !== undefined && ones > 0 && ones < 10 && next!.start === t.end + 1 ? { value: tens + ones, last: i + 1 } : { value: tens, last: i };
}

/** "45-year-old" (three terms after compromise splits it): the index of "old" when the words are joined by hyphens. */
function yearOldEnd(text: string, terms: readonly Term[], last: number): number | undefined {
  const [year, old] = [terms[last + 1], terms[last + 2]];
  if (year === undefined || old === undefined || !/^years?$/.test(year.lower) || old.lower !== 'old') return undefined;
  const joins = text.slice(terms[last]!.end, year.start) + text.slice(year.end, old.start);
  return /^[-\s‐–]*$/.test(joins) && joins.includes('-') ? last + 2 : undefined;
}

export interface AgeBearer {
  /** The bearer as written: a name ("John Smith") or the head noun of a description ("driver"). */
  text: string;
  /** How to recognise the bearer elsewhere: a name's family name, a description's head noun, lower case. */
  key: string;
  named: boolean;
}

const isNoun = (t: Term) => t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('Value');

/** The capitalised run ending at terms[i] ("John Smith"), as a name; undefined unless terms[i] is capitalised. */
function nameEndingAt(terms: readonly Term[], i: number, text: string): AgeBearer | undefined {
  let k = i;
  while (k > 0 && terms[k - 1]!.capitalized && isNoun(terms[k - 1]!) && !terms[k - 1]!.commaAfter) k--;
  const words = terms.slice(k, i + 1);
  const last = words.at(-1)!;
  return { text: text.slice(words[0]!.start, last.end), key: last.lower.replace(POSSESSIVE, ''), named: true };
}

/** The bearer a following age describes ("John Smith, 45,", "the driver (52)", "a man aged 30"). */
function bearerBefore(terms: readonly Term[], i: number, text: string): AgeBearer | undefined {
  const t = terms[i];
  if (t === undefined || !isNoun(t) || NOT_A_BEARER.some((tag) => t.tags.has(tag))) return undefined;
  if (t.capitalized && CAPITALISED.test(text.slice(t.start, t.end))) return nameEndingAt(terms, i, text);
  return { text: text.slice(t.start, t.end), key: t.root, named: false };
}

/** The bearer after "45-year-old": the head noun of the phrase it opens; none when the age is itself the noun. */
function bearerAfter(terms: readonly Term[], i: number, text: string): AgeBearer | undefined {
  let head: number | undefined;
  for (let k = i; k < terms.length; k++) {
    const t = terms[k]!;
    if (isNoun(t)) head = k;
    else if (!t.tags.has('Adjective')) break;
    // "the 42-year-old man's phone": the age is the possessor's.
    if (t.commaAfter || POSSESSIVE.test(t.lower)) break;
  }
  if (head === undefined) return undefined;
  const t = terms[head]!;
  if (t.capitalized) return nameEndingAt(terms, head, text);
  const word = text.slice(t.start, t.end).replace(POSSESSIVE, '');
  return { text: word, key: POSSESSIVE.test(t.lower) ? word.toLowerCase() : t.root, named: false };
}

/** The figure stands alone between commas, or ends the clause after one: "Smith, 45, said", "… was Smith, 45." */
function standsAlone(text: string, t: Term, before: Term): boolean {
  const right = text.slice(t.end, t.end + 2).trimStart();
  return text.slice(before.end, t.start).trim() === ',' && (right === '' || /^[,.;]/.test(right));
}

/** "Jane Doe (34)": compromise keeps the opening bracket on the figure's word. */
const bracketed = (text: string, t: Term): boolean => /^\(\d{1,3}$/.test(t.lower) && text.charAt(t.end) === ')';

/** Every age in the terms of one clause part inside the given ranges, with its bearer. */
export function extractAges(text: string, terms: readonly Term[], ranges: readonly Range[]): Age[] {
  const inside = terms.filter((t) => ranges.some((r) => t.start >= r.start && t.end <= r.end));
  const out: Age[] = [];
  for (let i = 0; i < inside.length; i++) {
    const number = ageNumber(inside, i);
    if (number === undefined || number.value < 1 || number.value > OLDEST) continue;
    const start = inside[i]!;
    const old = yearOldEnd(text, inside, number.last);
    let bearer: AgeBearer | undefined;
    let end = inside[number.last]!.end;
    if (old !== undefined) {
      bearer = bearerAfter(inside, old + 1, text);
      end = inside[old]!.end;
    } else if (DIGITS.test(start.lower) && inside[i - 1]?.lower === 'aged') {
      bearer = bearerBefore(inside, i - 2, text) ?? bearerBefore(inside, i - 3, text);
    } else if (i > 0 && (bracketed(text, start) || (DIGITS.test(start.lower) && standsAlone(text, start, inside[i - 1]!)))) {
      bearer = bearerBefore(inside, i - 1, text);
    } else continue;
    if (old === undefined && bearer === undefined) continue;
    out.push({ value: number.value, ...(bearer ? { bearer: bearer.text, key: bearer.key, named: bearer.named } : { named: false }), span: spanOf(text, bracketed(text, start) ? start.start + 1 : start.start, end) });
    i = old ?? number.last;
  }
  return out;
}

/**
 * The quantities without the figures that are a named person's age ("Ellie Barraclough, 15"): an age counts nothing of
 * the event. A figure after a common noun ("Of the crew, 12, …") may be a count and stays.
 */
export function withoutAges(quantities: readonly Quantity[], ages: readonly Age[]): Quantity[] {
  return quantities.filter((q) => !ages.some((a) => a.named && a.span.start < q.span.end && q.span.start < a.span.end));
}
