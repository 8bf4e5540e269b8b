import type { Range } from '../ingest/types.js';
import { MONTHS, PARTS_OF_DAY, RELATIVE_DAY_WORDS, RELATIVE_PERIOD_MODIFIERS, RELATIVE_PERIODS } from '../lexicon/date-cues.js';
import { PARTITIVE_QUANTIFIERS } from '../lexicon/grammar-words.js';
import { SIMPLE_PREPOSITIONS } from '../lexicon/simple-prepositions.js';
import { FRACTION_NOUNS, VAGUE_PLURALS } from '../lexicon/number-words.js';
import { AGGREGATE_NOUNS, LEAST_AMOUNT_NOUNS, QUANTIFYING_NOUNS } from '../lexicon/quantifying-nouns.js';
import { BOUND_PREFIXES, UNITS } from '../lexicon/units.js';
import { ADVERBS_ALSO_NOUNS, ADVERBS_NEVER_NOUNS } from '../lexicon/wordnet-adverbs.js';
import { hyphenJoined, isNominal } from './noun-phrases.js';
import { hasTag, type Term } from './terms.js';

/**
 * The theme: the direct object's noun phrase (Quirk § 10.7). A measure names how much, not what ("seized 3 kg of
 * heroin" → heroin; "reached 72 percent" → none), a partitive quantifier points through "of" ("most of the miners"),
 * and an adjective or a date after the verb ("ruled it void", "ended Thursday") is no object.
 */

const PARTITIVE = new Set(PARTITIVE_QUANTIFIERS);
const QUANTIFYING: ReadonlySet<string> = new Set([...QUANTIFYING_NOUNS, ...AGGREGATE_NOUNS, ...LEAST_AMOUNT_NOUNS]);
const PREPOSITION: ReadonlySet<string> = new Set(SIMPLE_PREPOSITIONS);
/** Every word of a unit's written forms ("degrees celsius" → degrees, celsius). */
const UNIT_WORDS: ReadonlySet<string> = new Set([...UNITS.keys()].flatMap((k) => k.split(' ')).filter((w) => /^\p{L}+$/u.test(w)));
const BREAK_TAGS = ['Preposition', 'Conjunction', 'Verb', 'Adverb', 'QuestionWord', 'Date'];

export function themeAfter(terms: readonly Term[], from: number): Range | undefined {
  const start = objectStart(terms, shiftedObjectFrom(terms, from));
  const head = terms[start];
  // "most of the miners": the quantifier points through "of" to what it quantifies.
  if (head && PARTITIVE.has(head.lower) && terms[start + 1]?.lower === 'of') return themeAfter(terms, start + 2);
  // "a third of its staff", "two-thirds of the shares": a fraction names a share of what follows its "of".
  const share = fractionEnd(terms, start);
  if (share > 0) return themeAfter(terms, share + 1);
  // "a total of 43 people", "the majority of voters": a quantifying noun counts what follows its "of" (Quirk § 5.25).
  // Adjectives may stand between ("a large quantity of drugs", "a fresh wave of strikes").
  const amount = quantifyingHead(terms, start);
  if (amount > from && terms[amount + 2]) return themeAfter(terms, amount + 2);
  // "dozens of protesters", "tens of thousands of people": a vague plural counts what follows its "of".
  if (head && VAGUE_PLURALS.has(head.lower) && terms[start + 1]?.lower === 'of' && terms[start + 2]) return themeAfter(terms, start + 2);
  // "overturned near Cuzco", "stopped outside Lima": a preposition the tagger read as an adjective before a name or a
  // determiner opens an adverbial, not an object (Quirk § 9.1).
  if (head && PREPOSITION.has(head.lower) && !hasTag(head, 'Verb') && (terms[start + 1]?.capitalized || hasTag(terms[start + 1], 'Determiner'))) return undefined;
  // After a particle a preposition opens one too, "over" included ("walked out over pay": no object).
  if (head && (PREPOSITION.has(head.lower) || head.lower === 'over') && !hasTag(head, 'Verb') && hasTag(terms[start - 1], 'Particle')) return undefined;
  // "won 54 of the 90 seats": a number before "of" and a determiner counts a part of what follows (Quirk § 5.24).
  if (head && hasTag(head, 'Cardinal') && terms[start + 1]?.lower === 'of' && (hasTag(terms[start + 2], 'Determiner') || hasTag(terms[start + 2], 'Possessive'))) return themeAfter(terms, start + 2);
  const end = phraseEnd(terms, start);
  // "broke down last night": a time adverbial is no object.
  if (!head || end < start || startsDate(terms, start) || isBareAdverb(terms, from, start, end)) return undefined;
  if (isMeasure(terms, start, end)) return terms[end + 1]?.lower === 'of' ? themeAfter(terms, end + 2) : undefined;
  return { start: head.start, end: terms[end]!.end };
}

/**
 * The index of a quantifying or aggregate noun that heads the phrase from `start`, after its adjectives, with "of"
 * right after it ("a large quantity of", "the rest of", "a series of"); -1 with none.
 */
function quantifyingHead(terms: readonly Term[], start: number): number {
  let i = start;
  while (hasTag(terms[i], 'Adjective') && !QUANTIFYING.has(terms[i]!.lower) && !terms[i]!.commaAfter) i++;
  const head = terms[i];
  return head && QUANTIFYING.has(head.lower) && !head.commaAfter && terms[i + 1]?.lower === 'of' ? i : -1;
}

/** "in May", "last night", "this week": a date word, alone or after one deictic or ordering word. */
export function startsDate(terms: readonly Term[], i: number): boolean {
  const t = terms[i];
  if (!t || hasTag(t, 'Date') || MONTHS.has(t.lower) || RELATIVE_DAY.has(t.lower)) return t !== undefined;
  const period = terms[i + 1];
  return RELATIVE_MODIFIER.has(t.lower) && !t.commaAfter && period !== undefined && (hasTag(period, 'Date') || RELATIVE_PERIOD.has(period.lower) || PARTS_OF_DAY.includes(period.lower));
}
const RELATIVE_DAY: ReadonlySet<string> = new Set(RELATIVE_DAY_WORDS);
const RELATIVE_MODIFIER: ReadonlySet<string> = new Set(RELATIVE_PERIOD_MODIFIERS);
const RELATIVE_PERIOD: ReadonlySet<string> = new Set(RELATIVE_PERIODS);

/** Past adverbs, negatives and determiners before the object ("no", "the", "nearly all"). */
function objectStart(terms: readonly Term[], from: number): number {
  let i = from;
  // compromise tags the determiner "no" an Expression ("reported no injuries"): it opens the phrase all the same.
  while (i < terms.length) {
    const bound = boundLength(terms, i);
    if (bound > 0) i += bound;
    // "much of the north": a quantifier before "of" heads the phrase (read through its "of" by themeAfter).
    else if (PARTITIVE.has(terms[i]!.lower) && terms[i + 1]?.lower === 'of') break;
    else if (hasTag(terms[i], 'Adverb') || hasTag(terms[i], 'Negative') || hasTag(terms[i], 'Determiner') || terms[i]!.lower === 'no') i++;
    else break;
  }
  return i;
}

/** The last nominal of the phrase from `start` (trailing adjectives dropped: "the goal void" ends at goal); -1 with none. */
function phraseEnd(terms: readonly Term[], start: number): number {
  let last = -1;
  for (let i = start; i < terms.length; i++) {
    const t = terms[i]!;
    if (isPluralHead(terms, i, start)) return i;
    // "bomb-making equipment", "a follow-up": the parts of a hyphenated compound are one word, whatever each was read as.
    if (hyphenJoined(terms, i + 1) || (hyphenJoined(terms, i) && !BREAK_TAGS.some((tag) => tag !== 'Verb' && hasTag(t, tag)))) {
      if (!hyphenJoined(terms, i + 1)) last = i;
      if (t.commaAfter) break;
      continue;
    }
    // "planning permission", "a training camp": an "-ing" form right before a noun premodifies it (Quirk § 17.102).
    if (isGerundModifier(terms, i, start)) continue;
    // "old and abandoned homes": "and" / "or" between two modifiers of one head stays inside the phrase.
    if (isModifierCoordinator(terms, i, last)) continue;
    if (BREAK_TAGS.some((tag) => hasTag(t, tag)) && !isPrenominalDate(terms, i, start)) break;
    if (amountAfterHead(terms, i, last)) break;
    // "ran aground near Gdansk": a word read as a noun that WordNet lists only as an adverb ends the phrase, unless it
    // premodifies ("all five"); one read as an adjective ("new", "all-female") is a modifier.
    if (NEVER_NOUN.has(t.lower) && !t.capitalized && !hasTag(t, 'Adjective') && !hasTag(t, 'Hyphenated')) {
      if (!hasTag(terms[i + 1], 'Value') && !hasTag(terms[i + 1], 'Determiner')) break;
      // "all the gunmen": a predeterminer and its determiner open the phrase.
      if (hasTag(terms[i + 1], 'Determiner')) i++;
      continue;
    }
    if (!isNominal(t) && !hasTag(t, 'Adjective') && !hasTag(t, 'Value') && !hasTag(t, 'Possessive')) break;
    if (isNominal(t) && !hasTag(t, 'Value')) last = i;
    if (t.commaAfter) break;
  }
  return last;
}

/**
 * "fined the builder 5,000 euros", "paid the striker 2 million dollars": a sum or a measure right after the head of a
 * noun phrase is a second phrase (the amount of a ditransitive, Quirk § 10.7), not a postmodifier; "the Boeing 737
 * jets" keeps its number, which is neither.
 */
function amountAfterHead(terms: readonly Term[], i: number, last: number): boolean {
  if (last !== i - 1 || !hasTag(terms[i], 'Value') || hasTag(terms[i], 'Ordinal')) return false;
  let j = i;
  while (hasTag(terms[j], 'Value') && !terms[j]!.commaAfter) j++;
  return hasTag(terms[i], 'Money') || hasTag(terms[j], 'Unit') || hasTag(terms[j], 'Currency');
}

const FRACTION: ReadonlySet<string> = new Set(FRACTION_NOUNS);
const FRACTION_OPENERS: ReadonlySet<string> = new Set(['a', 'one']);

/**
 * "a third of its staff", "two-thirds of the shares", "three quarters of": a fraction noun after "a", "one" or a number
 * (Quirk § 6.64), the index of the "of" after it; 0 with none. "the first quarter of 2024" has an ordinal: no share.
 */
function fractionEnd(terms: readonly Term[], start: number): number {
  let i = start;
  while (hasTag(terms[i], 'Value') && !FRACTION.has(terms[i]!.lower) && !hasTag(terms[i], 'Ordinal')) i++;
  const noun = terms[i];
  if (!noun || !FRACTION.has(noun.lower) || terms[i + 1]?.lower !== 'of') return 0;
  const before = terms[i - 1];
  const counted = i > start ? !hasTag(terms[i - 1], 'Ordinal') : before !== undefined && FRACTION_OPENERS.has(before.lower);
  return counted ? i + 1 : 0;
}

/** An "-ing" form at the phrase's start or after its determiner, before a bare common noun. */
function isGerundModifier(terms: readonly Term[], i: number, start: number): boolean {
  const t = terms[i]!;
  const next = terms[i + 1];
  if (!hasTag(t, 'Gerund') || t.commaAfter || !next || next.capitalized || hasTag(next, 'Pronoun') || hasTag(next, 'Verb')) return false;
  return (i === start || hasTag(terms[i - 1], 'Determiner')) && isNominal(next);
}

/** "old and abandoned homes", "new or used cars": a coordinator between two adjectives before any head noun. */
function isModifierCoordinator(terms: readonly Term[], i: number, last: number): boolean {
  const t = terms[i]!;
  if ((t.lower !== 'and' && t.lower !== 'or') || last >= 0 || i === 0) return false;
  const before = terms[i - 1]!;
  const after = terms[i + 1];
  const modifier = (w: Term | undefined) => w !== undefined && hasTag(w, 'Adjective') && !isNominal(w) && !w.commaAfter;
  return modifier(before) && modifier(after) && (isNominal(terms[i + 2]!) || modifier(terms[i + 2]));
}

/** "3 kilograms", "72 percent", "39 degrees Celsius": a number whose nouns are all units. */
function isMeasure(terms: readonly Term[], start: number, end: number): boolean {
  const span = terms.slice(start, end + 1);
  // "charged a 25-year-old": a number-unit compound ending in another word names a person or thing, not an amount.
  if (hyphenJoined(terms, end) && !UNIT_WORDS.has(terms[end]!.lower)) return false;
  // An ordinal ranks, it does not count: "a second week" is a week, not an amount of time.
  if (!span.some((t) => hasTag(t, 'Value') && !hasTag(t, 'Ordinal'))) return false;
  return span.every((t) => hasTag(t, 'Value') || hasTag(t, 'Adjective') || !isNominal(t) || UNIT_WORDS.has(t.lower) || hasTag(t, 'Unit'));
}

/** The longest bound phrase of BOUND_PREFIXES, in words ("no fewer than"). */
const LONGEST_BOUND = Math.max(...[...BOUND_PREFIXES.keys()].map((k) => k.split(' ').length));
const BOUND_FIRST_WORDS: ReadonlySet<string> = new Set([...BOUND_PREFIXES.keys()].map((k) => k.split(' ')[0]!));

/**
 * "about 9 inches", "more than 200 operations", "up to 40 nurses": a bound phrase before a number belongs to the
 * amount (AP Stylebook "about", "more than"); its length in words, 0 when none starts at `i`.
 */
function boundLength(terms: readonly Term[], i: number): number {
  if (!BOUND_FIRST_WORDS.has(terms[i]!.lower)) return 0;
  for (let n = Math.min(LONGEST_BOUND, terms.length - i - 1); n >= 1; n--) {
    const phrase = terms.slice(i, i + n).map((t) => t.lower).join(' ');
    if (BOUND_PREFIXES.has(phrase) && hasTag(terms[i + n], 'Value')) return n;
  }
  return 0;
}

/** Words that close a noun phrase: a preposition, conjunction, relative word or date starts what follows it. */
const CLOSING_TAGS = ['Preposition', 'Conjunction', 'Date', 'QuestionWord'];
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose']);

/**
 * "raised interest rates to 4.5 percent", "heard of the harbour protests", "limit imports": an "-s" word the tagger
 * read as a verb, after a noun or adjective of the object phrase (or right after the verb) and closing it, is the
 * phrase's plural head (Quirk § 17.108): a finite verb cannot end an object phrase that a preposition, a conjunction
 * or the clause's end follows.
 */
function isPluralHead(terms: readonly Term[], i: number, start: number): boolean {
  const t = terms[i]!;
  const before = terms[i - 1];
  if (i < start || !before || before.commaAfter || !hasTag(t, 'PresentTense') || !/^[a-z]{2,}[^s'u]s$/.test(t.lower)) return false;
  // "limit imports": two finite verbs do not stand side by side, so the first word of the object is a noun.
  const afterVerb = i === start && hasTag(before, 'Verb') && !hasTag(before, 'Auxiliary') && !hasTag(before, 'Modal') && !hasTag(before, 'Copula');
  if (i === start ? !afterVerb : hasTag(before, 'Pronoun') || !(isNominal(before) || hasTag(before, 'Adjective'))) return false;
  const next = terms[i + 1];
  return next === undefined || t.commaAfter || RELATIVE_WORDS.has(next.lower) || CLOSING_TAGS.some((tag) => hasTag(next, tag));
}

/**
 * "entered its third week", "reached their second day": a date word after a possessive or ordinal of the phrase stands
 * inside it; after a noun ("won the race Monday") or a determiner ("left this week") it is an adverbial of time.
 */
function isPrenominalDate(terms: readonly Term[], i: number, start: number): boolean {
  const before = terms[i - 1];
  if (!hasTag(terms[i], 'Date') || i <= start || !before || before.commaAfter) return false;
  if (BREAK_TAGS.some((tag) => tag !== 'Date' && hasTag(terms[i], tag))) return false;
  return hasTag(before, 'Possessive') || hasTag(before, 'Ordinal');
}

/**
 * "approved on Tuesday a budget for schools": a heavy object may follow a time adverbial (Quirk § 18.41, end
 * weight); the object starts after it when a determiner opens a noun phrase there that no verb follows (else it is a
 * clause's subject: "announced on Monday the plant would close"). Elsewhere the object starts at `from`.
 */
function shiftedObjectFrom(terms: readonly Term[], from: number): number {
  let i = from;
  // "on Tuesday", "last week": a preposition or a deictic word may open the time adverbial.
  if ((hasTag(terms[i], 'Preposition') || hasTag(terms[i], 'Adjective') || hasTag(terms[i], 'Determiner')) && hasTag(terms[i + 1], 'Date')) i++;
  if (!hasTag(terms[i], 'Date')) return from;
  while (hasTag(terms[i], 'Date') && !terms[i]!.commaAfter) i++;
  if (i === from || terms[i - 1]?.commaAfter || !hasTag(terms[i], 'Determiner') || !hasTag(terms[i - 1], 'Date')) return from;
  const end = phraseEnd(terms, objectStart(terms, i));
  const next = terms[end + 1];
  if (end < 0 || (next && (hasTag(next, 'Verb') || hasTag(next, 'Modal')) && !terms[end]!.commaAfter)) return from;
  return i;
}

const NEVER_NOUN: ReadonlySet<string> = new Set(ADVERBS_NEVER_NOUNS);
const ALSO_NOUN: ReadonlySet<string> = new Set(ADVERBS_ALSO_NOUNS);

/**
 * "went home", "headed north", "the goal was offside": a word WordNet lists as an adverb (and also as a noun), alone
 * and bare right after the verb, is the adverb (no determiner, modifier, plural or "of" makes it a noun phrase).
 */
function isBareAdverb(terms: readonly Term[], from: number, start: number, end: number): boolean {
  const t = terms[start]!;
  if (start !== from || end !== start || t.capitalized || hasTag(t, 'Plural') || hasTag(t, 'Pronoun')) return false;
  return ALSO_NOUN.has(t.lower) && terms[start + 1]?.lower !== 'of';
}
