/** The zero that-clause (Quirk § 16.31): "admitted its vessel was not carrying …". */
import { ASSERTING_COORDINATORS, FINITE_OPERATORS } from '../lexicon/grammar-words.js';
import type { Token } from '../segment/tokens.js';
import { IRREGULAR_PAST } from '../lexicon/irregular-verbs.js';
import { SIMPLE_PREPOSITIONS } from '../lexicon/simple-prepositions.js';
import { ADVERBIAL_SUBORDINATORS } from '../lexicon/clause-cues.js';

/** Finite auxiliaries and "be" forms that open a clause's verb group after its subject. */
const FINITE_AUXILIARIES: ReadonlySet<string> = new Set(FINITE_OPERATORS);
/** A zero-that subject is at most this many words ("its vessel", "the two main opposition parties"). */
const MAX_ZERO_THAT_SUBJECT = 5;
/** A finite auxiliary, not the month "May" written with its capital inside a sentence. */
const isAuxiliary = (t: Token): boolean => FINITE_AUXILIARIES.has(t.lower) && !(t.lower === 'may' && t.capitalized);
/** A past form by its ending ("crashed", "agreed", "denied"; not "bed" or "need"…) or the irregular-verb list. */
const isPastForm = (lower: string): boolean => /[^e]ed$|eed$/.test(lower) || IRREGULAR_PAST[lower] !== undefined;
const SUBJECT_OPENERS = new Set(['the', 'its', 'his', 'her', 'their', 'our', 'a', 'an', 'no', 'all', 'both']);

const SUBORDINATORS: ReadonlySet<string> = new Set(ADVERBIAL_SUBORDINATORS);
const COORDINATORS: ReadonlySet<string> = new Set(ASSERTING_COORDINATORS);

/**
 * A subject noun phrase right after the verb, then a finite auxiliary: "… its vessel was …", "… the talks had …". A
 * subordinator ends the search: "rejected the plan when the talks ended" has an object and an adverbial clause; so
 * does "and" or "but": "rejected the plan but did not resign" has an object and a second predicate.
 */
export function zeroThatClause(tokens: readonly Token[], from: number): boolean {
  const first = tokens[from];
  if (!first || first.kind !== 'word' || !(SUBJECT_OPENERS.has(first.lower) || first.capitalized)) return false;
  for (let k = from + 1; k <= from + MAX_ZERO_THAT_SUBJECT && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (isAuxiliary(t) || pastBeforeAdjunct(tokens, k)) return true;
    if (t.kind !== 'word' || t.lower === 'that' || COORDINATORS.has(t.lower) || SUBORDINATORS.has(t.lower)) return false;
  }
  return false;
}

/**
 * "confirmed the glider crashed shortly after take-off": a past form after the subject, followed by an adverb, a
 * preposition, a comma or the end rather than a noun phrase, is the clause's finite verb; before a determiner it may
 * be a reduced relative's participle ("confirmed the reports released the data"), so it is left.
 */
function pastBeforeAdjunct(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== 'word' || t.capitalized || !isPastForm(t.lower)) return false;
  const next = tokens[k + 1];
  return next === undefined || next.kind === 'punct' || ADJUNCT_OPENERS.has(next.lower) || next.lower.endsWith('ly');
}
const ADJUNCT_OPENERS: ReadonlySet<string> = new Set([...SIMPLE_PREPOSITIONS, 'shortly', 'soon', 'later', 'earlier', 'yesterday', 'today', 'overnight']);

/** Relative pronouns' clauses are at most this many words before the verb group of the clause they sit in. */
const MAX_RELATIVE_WORDS = 8;
const OPENS_SUBJECT = new Set([...SUBJECT_OPENERS, 'i', 'you', 'he', 'she', 'it', 'we', 'they', 'this', 'these', 'those', 'there']);

/**
 * "said a compound that houses families was targeted": a noun phrase right after the verb (a determiner and at most
 * three words), then "that" with a verb after it rather than a subject, then a finite auxiliary: the "that" opens a
 * relative clause on the subject of a zero that-clause (Quirk § 17.14), not the reported clause. `thatAt` is the index
 * of the "that". Verbs that take an addressee before "that" ("warned the staff that …") are left to the caller.
 */
export function relativeThatSubject(tokens: readonly Token[], from: number, thatAt: number): boolean {
  const first = tokens[from];
  if (!first || first.kind !== 'word' || !SUBJECT_OPENERS.has(first.lower) || thatAt - from < 2 || thatAt - from > 4) return false;
  if (tokens.slice(from, thatAt).some((t) => t.kind !== 'word')) return false;
  const verb = tokens[thatAt + 1];
  if (!verb || verb.kind !== 'word' || verb.capitalized || OPENS_SUBJECT.has(verb.lower) || /^\d/.test(verb.lower)) return false;
  for (let k = thatAt + 3; k <= thatAt + 1 + MAX_RELATIVE_WORDS && k < tokens.length; k++) {
    if (FINITE_AUXILIARIES.has(tokens[k]!.lower)) return true;
    if (tokens[k]!.kind !== 'word' || tokens[k]!.lower === 'that') return false;
  }
  return false;
}

/** Words of an object noun phrase before a coordinated verb group ("rejected the revised plan in May and is …"). */
const MAX_OBJECT_WORDS = 8;

/**
 * "rejected the plan in May and is now drafting its own": after the verb, an object and then "and" or "but" with a
 * finite auxiliary: a second predicate of the clause's subject (Quirk § 13.43), so the verb has an object, no clause.
 */
export function coordinatedAfterObject(tokens: readonly Token[], from: number): boolean {
  for (let k = from + 1; k <= from + MAX_OBJECT_WORDS && k < tokens.length - 1; k++) {
    const t = tokens[k]!;
    if (t.lower === 'that' || SUBORDINATORS.has(t.lower)) return false;
    if (COORDINATORS.has(t.lower)) return isAuxiliary(tokens[k + 1]!);
    // "said Putin spurned the invitation and would not attend": a verb of its own makes a clause, not an object.
    if (isAuxiliary(t) || isPastForm(t.lower)) return false;
  }
  return false;
}
