import type { Claim, Quantity } from '../model/claim.js';
import { singularNoun } from '../match/measure.js';

/**
 * The unit a figure is given per, from the words right after it: "$10 a month", "40 barrels per day", "3 km/h", past
 * one "of" phrase naming what is measured ("30 tonnes of paper a day"). A
 * distributive "a" / "per" (Quirk et al. 1985, § 5.62) makes the figure a rate, which a total never contradicts.
 */
const RATE = /^\s*(?:(?:a|an|per|each|every)\s+|\/\s*)([\p{L}]+)/iu;
/** "of paper", "of the grain": the thing a measure measures, which may stand between the figure and its rate. */
const OF_PHRASE = /^\s+of\s+(?:the\s+)?[\p{L}-]+(?=\s+(?:a|an|per|each|every)\s)/iu;
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** A subject with a distributive determiner (Quirk et al. 1985 § 5.15): "Each metre of wall", "Every visitor". */
const DISTRIBUTIVE_SUBJECT = /^(?:each|every)\s+([\p{L}]+)/iu;

/** The noun the figure is counted per, lower-cased; undefined for a plain figure. */
export function ratePer(claim: Claim, q: Quantity): string | undefined {
  const rest = claim.text.slice(q.span.end - claim.span.start);
  // "30 tonnes of paper a day": the rate follows what is measured.
  const after = rest.slice(OF_PHRASE.exec(rest)?.[0].length ?? 0);
  // "£3 each to raise money": a function word after "each" is no noun it distributes over.
  const per = RATE.exec(after)?.[1]?.toLowerCase();
  const noun = (per !== undefined && !AFTER_FLOATING.has(per) ? per : undefined) ?? distributiveSubject(claim, q) ?? floatingEach(claim, after);
  return noun === undefined || DETERMINERS.has(noun) ? undefined : noun;
}

/** "Each metre of wall used a tonne of stone": a figure after a distributive subject is a rate per its noun. */
function distributiveSubject(claim: Claim, q: Quantity): string | undefined {
  const actor = claim.proposition.actor;
  if (!actor || actor.span.end > q.span.start) return undefined;
  return DISTRIBUTIVE_SUBJECT.exec(actor.text)?.[1]?.toLowerCase();
}

/** "each" after the figure with no noun of its own: "bottles of juice were sold for £3 each" (Quirk § 6.51, floating "each"). */
const FLOATING_EACH = /^\s*each\b(?:\s+(\p{L}+))?/iu;
/** Words that may follow a floating "each" without being its noun: "£3 each to raise money", "£3 each and …". */
const AFTER_FLOATING: ReadonlySet<string> = new Set(['to', 'and', 'or', 'but', 'in', 'at', 'on', 'for', 'with', 'from', 'by', 'after', 'before', 'during', 'as', 'while']);

/** For a floating "each", the head noun of what the clause counts (its theme, else its subject), singular: "bottle". */
function floatingEach(claim: Claim, after: string): string | undefined {
  const each = FLOATING_EACH.exec(after);
  if (!each || (each[1] !== undefined && !AFTER_FLOATING.has(each[1].toLowerCase()))) return undefined;
  const phrase = claim.proposition.theme ?? claim.proposition.actor;
  const words = phrase?.text.toLowerCase().split(/\s+/) ?? [];
  const of = words.indexOf('of');
  const head = (of > 0 ? words.slice(0, of) : words).at(-1);
  return head === undefined ? undefined : singularNoun(head);
}

/** A rate and a total, or rates per different units, are two measures ("$10 a month" / "$3 billion"). */
export function differentRates(a: Claim, x: Quantity, b: Claim, y: Quantity): boolean {
  return ratePer(a, x) !== ratePer(b, y);
}

/**
 * Adjectives and adverbs of frequency that make a figure a rate without "a"/"per" ("annual cost of 2.5 billion",
 * "weekly reach"; Quirk et al. 1985 § 8.64, adverbs of definite frequency).
 */
const PERIODIC: ReadonlySet<string> = new Set(['annual', 'annually', 'yearly', 'monthly', 'weekly', 'daily', 'nightly', 'hourly', 'quarterly']);

/** The claim says per how long its figures run, in a word of its own ("annual", "weekly"). */
function namesAPeriod(claim: Claim): boolean {
  return claim.text.toLowerCase().split(/[^\p{L}]+/u).some((w) => PERIODIC.has(w));
}

/**
 * A rate against a figure of a claim that names no period ("reaches 48,000 listeners a week" / "a cooperative of some
 * 1,850 listeners"), or rates per different units: two measures. A claim with a word of frequency ("an annual cost of
 * 2.5 billion") may give the same rate as "4 billion a year".
 */
export function rateAgainstTotal(a: Claim, x: Quantity, b: Claim, y: Quantity): boolean {
  const [px, py] = [ratePer(a, x), ratePer(b, y)];
  if (px === py) return false;
  return px !== undefined && py !== undefined ? true : !namesAPeriod(px === undefined ? a : b);
}
