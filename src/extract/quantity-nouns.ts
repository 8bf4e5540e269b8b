/** The counted or measured noun after a number: "40 fans", "two passing motorists", "120 millimetres of rain". */
import type { Token } from '../segment/tokens.js';
import { INCREMENT_WORDS, IRREGULAR_PLURALS, NOT_NOUNS, PLURAL_MEN, SCALE_WORDS, SINGULARS_IN_MEN, TENS_WORDS, UNIT_WORDS } from '../lexicon/number-words.js';
import { IRREGULAR_PAST } from '../lexicon/irregular-verbs.js';
import { closeTogether } from './phrase-index.js';
import { PARTITIVE_OF_DETERMINERS } from '../lexicon/grammar-words.js';

const PARTITIVE_DETERMINERS: ReadonlySet<string> = new Set(PARTITIVE_OF_DETERMINERS);
const PLURAL = /[^s]s$/;
const isNumberWord = (w: string): boolean => UNIT_WORDS.has(w) || TENS_WORDS.has(w) || TENS_WORDS.has(w.split('-')[0]!);

// Participles and adverbs after a number ("40 died", "40 injured") are not the counted noun.
const NOT_NOUN_ENDING = /(?:ed|ing|ly)$/;

/**
 * What a measure measures, from the "of" that follows its unit: "120 millimetres of rain", "40 tonnes of grain",
 * "€2 billion of debt" (Quirk et al. 1985, § 5.8, measure partitives). Nothing when "of" opens a determined
 * phrase ("3% of the vote").
 */
export function readMeasured(tokens: readonly Token[], at: number, view: string): { word: string; next: number } | undefined {
  return tokens[at]?.lower === 'of' ? readNoun(tokens, at, view, true) : undefined;
}

/**
 * The counted noun right after the number ("40 fans"), or after "of" for vague numbers ("hundreds of homes"); after an
 * additive quantifier it is an increment ("1,500 more troops" → "more troops").
 */
export function readNoun(tokens: readonly Token[], at: number, view: string, vague: boolean): { word: string; next: number } | undefined {
  // "104 of the starters", "three of its lifeboats": an of-partitive counts the determined plural (Quirk et al. 1985, § 5.8).
  // "Eight of its twelve lanes": a number after the determiner counts the whole, on its own.
  if (!vague && tokens[at]?.lower === 'of' && PARTITIVE_DETERMINERS.has(tokens[at + 1]?.lower ?? '') && !isNumberWord(tokens[at + 2]?.lower ?? '')) {
    const head = readHead(tokens, at + 2, view, false);
    return head && PLURAL.test(head.word) ? head : undefined;
  }
  const increment = INCREMENT_WORDS.has(tokens[at]?.lower ?? '') && !vague ? 1 : 0;
  const found = readHead(tokens, at + increment, view, vague);
  return found && increment ? { word: `more ${found.word}`, next: found.next } : found;
}

function readHead(tokens: readonly Token[], at: number, view: string, vague: boolean): { word: string; next: number } | undefined {
  let i = at;
  if (vague && tokens[i]?.lower === 'of') i += 1;
  const tok = tokens[i];
  const prev = tokens[i - 1];
  if (!tok || !prev || tok.kind !== 'word' || !closeTogether(view, prev, tok)) return undefined;
  if (NOT_NOUNS.has(tok.lower)) return undefined;
  if (NOT_NOUN_ENDING.test(tok.lower)) return participleModifier(tokens, i, view);
  const at2 = isProperModifier(view, tok, tokens[i + 1]) ? i + 1 : i;
  const head = compoundHead(tokens, at2, view);
  return { word: tokens[head]!.lower, next: head + 1 };
}

/**
 * "two passing motorists", "five wounded soldiers": a participle between the number and a lower-case regular plural
 * premodifies it (Quirk § 17.104), and the plural is what is counted ("120 confirmed measles cases": the last of two
 * plurals); alone ("40 died") it counts no noun.
 */
function participleModifier(tokens: readonly Token[], i: number, view: string): { word: string; next: number } | undefined {
  const tok = tokens[i]!;
  // "300 bearded and moustachioed competitors": a second participle coordinated with the first premodifies the head too.
  const j = coordinatedParticiple(tokens, i, view) ?? i;
  const next = tokens[j + 1];
  if (tok.lower.endsWith('ly') || !next || next.kind !== 'word' || !closeTogether(view, tokens[j]!, next)) return undefined;
  if (!/^\p{Ll}/u.test(view.slice(next.start, next.end)) || NOT_NOUNS.has(next.lower) || NOT_NOUN_ENDING.test(next.lower)) return undefined;
  // "three smoked salmon products": a noun premodifier may stand between the participle and the counted plural.
  if (!isPluralHead(next.lower)) {
    const head = compoundHead(tokens, j + 1, view);
    return head > j + 1 && isPluralHead(tokens[head]!.lower) ? { word: tokens[head]!.lower, next: head + 1 } : undefined;
  }
  // "120 confirmed measles cases": a plural noun premodifier ("measles") may stand before the counted plural.
  const after = tokens[j + 2];
  const compound = after !== undefined && after.kind === 'word' && closeTogether(view, next, after) && /^\p{Ll}/u.test(view.slice(after.start, after.end)) && PLURAL_NOUN.test(after.lower) && !NOT_NOUNS.has(after.lower) && !NOT_NOUN_ENDING.test(after.lower);
  return compound ? { word: after.lower, next: j + 3 } : { word: next.lower, next: j + 2 };
}

/** The index of a participle coordinated with the one at i by "and" or "or" ("working and restored"), else undefined. */
function coordinatedParticiple(tokens: readonly Token[], i: number, view: string): number | undefined {
  const [and, second] = [tokens[i + 1], tokens[i + 2]];
  if (!and || !second || (and.lower !== 'and' && and.lower !== 'or') || second.kind !== 'word') return undefined;
  if (!closeTogether(view, tokens[i]!, and) || !closeTogether(view, and, second)) return undefined;
  return /(?:ed|ing)$/.test(second.lower) && /^\p{Ll}/u.test(view.slice(second.start, second.end)) ? i + 2 : undefined;
}

/** A plural that can head a count: a regular plural ("members") or an irregular one ("women", "craftsmen"). */
function isPluralHead(lower: string): boolean {
  return (PLURAL_NOUN.test(lower) || IRREGULAR_PLURALS.has(lower) || (PLURAL_MEN.test(lower) && !SINGULARS_IN_MEN.has(lower))) && !NOT_NOUNS.has(lower);
}

/**
 * "40 army members", "20 aid workers": a noun without a plural "-s" before a lower-case plural is a noun modifier
 * (Quirk et al. 1985, ch. 17, nouns as premodifiers); the plural after it is what is counted.
 */
function compoundHead(tokens: readonly Token[], at: number, view: string): number {
  // "two short-range ballistic missiles": up to two premodifiers before the plural head, each passed the same way.
  for (let k = at, hops = 0; hops < MAX_PREMODIFIERS; hops++) {
    const head = oneModifierHead(tokens, k, view);
    if (head > k) return head;
    const next = tokens[k + 1];
    if (!next || !isPremodifier(tokens[k]!, next, view)) return at;
    k += 1;
  }
  return at;
}

/** Premodifiers passed before a counted plural head (Quirk § 17.113: adjective + noun premodifier + head). */
const MAX_PREMODIFIERS = 2;

/** A lower-case, non-plural word right before another lower-case word: a premodifier the walk may pass. */
function isPremodifier(tok: Token, next: Token, view: string): boolean {
  if (tok.lower.endsWith('s') || NOT_NOUNS.has(tok.lower) || NOT_NOUN_ENDING.test(tok.lower) || SCALE_WORDS.has(tok.lower)) return false;
  return next.kind === 'word' && closeTogether(view, tok, next) && /^\p{Ll}/u.test(view.slice(next.start, next.end)) && !NOT_NOUNS.has(next.lower);
}

function oneModifierHead(tokens: readonly Token[], at: number, view: string): number {
  const [tok, next] = [tokens[at]!, tokens[at + 1]];
  // A scale word left over by a vague number ("a few hundred thousand subscribers") is no premodifier.
  if (tok.lower.endsWith('s') || SCALE_WORDS.has(tok.lower) || !next || next.kind !== 'word' || !closeTogether(view, tok, next)) return at;
  if (!/^\p{Ll}/u.test(view.slice(next.start, next.end)) || !isPluralHead(next.lower)) return at;
  return NOT_NOUNS.has(next.lower) || NOT_NOUN_ENDING.test(next.lower) || IRREGULAR_PAST[next.lower] !== undefined ? at : at + 1;
}

const ACRONYM = /^\p{Lu}{2,}$/u;
// A regular plural: "members", not "press" or "its".
const PLURAL_NOUN = /[^su']s$/;

/**
 * "14 Nigerian nationals", "6 Toyota trucks": a capitalised word without a plural "-s" before a lower-case noun is a
 * proper adjective or a name used as a modifier (Quirk § 7.26); the noun after it is what is counted. A capitalised
 * plural ("Three Democrats said") is the head itself.
 */
function isProperModifier(view: string, tok: Token, head: Token | undefined): boolean {
  const surface = view.slice(tok.start, tok.end);
  // An acronym ("US", "UN") is no plural whatever its last letter.
  const plural = tok.lower.endsWith('s') && !ACRONYM.test(surface);
  if (!/^\p{Lu}/u.test(surface) || plural || !head || head.kind !== 'word') return false;
  if (!closeTogether(view, tok, head) || !/^\p{Ll}/u.test(view.slice(head.start, head.end))) return false;
  return !NOT_NOUNS.has(head.lower) && !NOT_NOUN_ENDING.test(head.lower) && IRREGULAR_PAST[head.lower] === undefined;
}
