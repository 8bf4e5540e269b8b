import type { Claim } from '../model/claim.js';
import type { SkipReason } from '../model/types.js';
import { IMPERATIVE_FOLLOWERS, IMPERATIVE_OPENERS, LINKING_VERBS } from '../lexicon/grammar-words.js';
import { verbLemma } from './lemma.js';

/**
 * Imperative sentences ("Stay safe.", "Call 999 if you see smoke.", "Do not approach the man, police said.") direct
 * the reader to act; they assert nothing that could be true or false (Quirk et al. 1985 § 11.24; Searle 1976, the
 * directives), so they yield no claim and are listed as skipped ('directive'). An imperative has no subject: its
 * clause opens, at the start of its sentence, with the base form of its verb, after at most a few opening words
 * ("please", "do not", "never", "let's").
 */

const OPENERS: ReadonlySet<string> = new Set(IMPERATIVE_OPENERS);
const FOLLOWERS: ReadonlySet<string> = new Set(IMPERATIVE_FOLLOWERS);
/** Linking verbs in their base form: "Stay safe", "Keep calm", "Be careful" put the complement in the predicate's place. */
const LINKING_BASE: ReadonlySet<string> = new Set([...LINKING_VERBS.filter((v) => verbLemma({ lower: v, root: v }) === v), 'be']);
/**
 * The proposition's words as written, a single quotation mark kept on the word it opens, so "'Do not be afraid,' the
 * pope told pilgrims" is not read as a command (relate/words.ts claimWords drops the mark; double quotes are not kept).
 */
const WORD = /[\p{L}\p{N}’']+/gu;
/** Quote marks, brackets and spaces that may stand before a sentence's first word. */
const LEADING = /^[\s"“‘'(\[]*$/u;
/** Forms of "be" and "have" that need a subject of their own. */
const FINITE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had']);

/**
 * A finite verb of the past or perfect, or a form of "be" or "have", anywhere in the proposition: the opening word was
 * a subject the parser read as a verb ("Staff at the works learned …"), not a command.
 */
const hasFiniteVerb = (words: readonly string[]): boolean => words.some((w) => FINITE_AUXILIARIES.has(w) || (w.length > 3 && w.endsWith('ed')));

/**
 * The claim is a sentence's opening imperative: it starts its sentence (`sentenceStart`, the sentence's first
 * character in the document), names no doer, and its first word past the openers is its predicate in the base form
 * ("Check your route") or a linking verb in the base form right before it ("Stay safe").
 */
function isDirective(claim: Claim, documentText: string, sentenceStart: number): boolean {
  const { actor, predicate, span } = claim.proposition;
  if (actor !== undefined || predicate === undefined || !LEADING.test(documentText.slice(sentenceStart, span.start))) return false;
  const words = [...span.text.matchAll(WORD)].map((w) => ({ lower: w[0].toLowerCase(), start: span.start + w.index!, end: span.start + w.index! + w[0].length }));
  if (hasFiniteVerb(words.map((w) => w.lower))) return false;
  const i = words.findIndex((w) => !OPENERS.has(w.lower));
  const [verb, next] = [words[i], words[i + 1]];
  if (verb === undefined) return false;
  // "Stay safe", "Be careful": a linking verb in the base form right before its complement.
  if (verb.start !== predicate.span.start) return LINKING_BASE.has(verb.lower) && next?.start === predicate.span.start;
  return verb.lower === predicate.lemma.toLowerCase() && (verb.lower === 'be' || commandGoesOn(next, documentText.slice(verb.end, next?.start)));
}

/** What follows an imperative's verb: nothing, a comma, a figure, or a word that opens its object or an adverbial. */
function commandGoesOn(next: { lower: string } | undefined, between: string): boolean {
  return next === undefined || between.includes(',') || /^\d/.test(next.lower) || FOLLOWERS.has(next.lower);
}

/**
 * The claims of a clause to keep, and why any are not: none was read ('no-proposition'), or its main claim directs
 * ('directive'): a fact told inside a directive stays ("Thank you to everyone who came out on the green"), its link to
 * the dropped main claim cut and its id moved down to the dropped claim's.
 */
export function keptClaims(claims: readonly Claim[], documentText: string, sentenceStart: number): { kept: readonly Claim[]; skip?: SkipReason } {
  if (claims.length === 0) return { kept: claims, skip: 'no-proposition' };
  const [main, ...rest] = claims;
  if (!isDirective(main!, documentText, sentenceStart)) return { kept: claims };
  // Ids run on from the dropped claim's, so the document's ids stay consecutive and unique.
  const ids = new Map(rest.map((c, k) => [c.id, claims[k]!.id]));
  const kept = rest.map(({ mainClaimId, ...c }) => ({ ...c, id: ids.get(c.id)!, ...(mainClaimId === undefined || mainClaimId === main!.id ? {} : { mainClaimId: ids.get(mainClaimId) ?? mainClaimId }) }));
  return { kept, skip: 'directive' };
}
