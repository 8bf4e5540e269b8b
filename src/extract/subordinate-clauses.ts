import { beforeAdverbs } from './adverb-runs.js';
import { CLAUSE_OPENERS, COORDINATORS, RELATIVE_PRONOUNS, VERB_GROUP_AUXILIARIES } from '../lexicon/grammar-words.js';
import { VERBLESS_SUBORDINATORS } from '../lexicon/clause-cues.js';
import { isNominal } from './noun-phrases.js';
import { hasTag, type Term } from './terms.js';
import { NEGATOR, isBe, isProgressive, isReducedRelative, throughCopula } from './verbs.js';
import { isParticiple } from './verb-forms.js';

/**
 * Clauses inside a clause whose verbs are not the clause's predicate: a relative clause after the subject
 * ("Thieves who rammed a car … escaped") and a participial adverbial before it ("Speaking to reporters, the
 * minister said …"). Both are found from word positions and tags, on the terms the clause already has.
 */

/** Whether term i is a verb the clause could be about (supplied by the proposition finder). */
export type VerbTest = (t: Term, i: number) => boolean;

const RELATIVE = new Set(RELATIVE_PRONOUNS);
const COORDINATOR = new Set(COORDINATORS);
const OPENER = new Set(CLAUSE_OPENERS);
const AUXILIARY: ReadonlySet<string> = new Set(VERB_GROUP_AUXILIARIES);

/**
 * The verb that follows a relative clause on the subject: v is the first verb of the clause; when v stands in a
 * relative clause ("the fire that destroyed …", "Comet X, which could become visible …,"), the main verb is the
 * first verb after it that is not coordinated with it, not an infinitive or participle, and not in another clause.
 * Only a relative clause on the subject counts (no verb before it, from `from` where the main clause starts), and
 * only a restrictive one (see below). Without such a verb, v stays.
 */
export function verbAfterRelative(terms: readonly Term[], v: number, isVerbAt: VerbTest, from = 0): number {
  const r = relativeOpener(terms, v);
  if (r < 0) return v;
  // "the executioner is the man who killed …": after a verb, the relative clause is on an object or complement,
  // and the verb before it is the clause's own.
  if (terms.slice(from, r).some((t, i) => isBe(t) || hasTag(t, 'Modal') || isVerbAt(t, from + i))) return v;
  // "Claessens, who won on Sunday, now sits fourth": a clause between commas adds a fact of its own, often the one
  // reported; only a clause that picks out the subject ("the fire that destroyed …") yields to the main verb.
  if (terms[r - 1]!.commaAfter) return v;
  // "a side that was kept quiet": the relative clause's own verb group ends after its participle.
  // "the station that has served the valley": the perfect's or progressive's auxiliary and its participle are one group.
  let group = throughCopula(terms, v);
  while (AUXILIARY.has(terms[group]!.lower) && terms[group + 1] !== undefined && isVerbAt(terms[group + 1]!, group + 1)) group++;
  for (let k = group + 1; k < terms.length; k++) {
    const t = terms[k]!;
    if (OPENER.has(t.lower) && k > v) return v;
    if (!isVerbAt(t, k) || isReducedRelative(terms, k)) continue;
    const before = terms[k - 1]!;
    if (COORDINATOR.has(before.lower) || before.lower === 'to' || (isProgressive(t.lower) && !isBe(before))) continue;
    return k;
  }
  return v;
}

/** The relative pronoun that opens the clause verb v stands in, right after a noun phrase; -1 when there is none. */
function relativeOpener(terms: readonly Term[], v: number): number {
  for (let r = v - 1; r > 0; r--) {
    const t = terms[r]!;
    if (!RELATIVE.has(t.lower)) continue;
    const head = terms[r - 1]!;
    // "The firm that makes …": the quick tagger may read the head as an adjective; after a determiner it heads the phrase.
    const headAfterDeterminer = hasTag(head, 'Adjective') && hasTag(terms[r - 2], 'Determiner');
    if (!isNominal(head) && !hasTag(head, 'Value') && !headAfterDeterminer) return -1;
    // "reports that the minister resigned" is a content clause; a relative "that" is followed by its verb.
    if (t.lower === 'that' && !terms.slice(r + 1, v).every(isVerbGroupWord)) return -1;
    return r;
  }
  return -1;
}

function isVerbGroupWord(t: Term): boolean {
  // "that has served": the tagger may read a perfect's "has" as a full verb.
  return hasTag(t, 'Modal') || hasTag(t, 'Auxiliary') || hasTag(t, 'Copula') || hasTag(t, 'Adverb') || NEGATOR.has(t.lower) || isBe(t) || AUXILIARY.has(t.lower);
}

/**
 * Where the main clause starts after a participial adverbial ("Sentencing him in the county court, Judge Tate
 * described …"): a clause that opens with an "-ing" or "-ed" verb, holds no "be" or auxiliary before its first
 * comma, and is followed by a subject and a verb. 0 when the clause has no such opener.
 */
export function adverbialOpenerEnd(terms: readonly Term[], isVerbAt: VerbTest): number {
  const first = terms[0];
  const second = terms[1];
  if (!first || !second || !hasTag(first, 'Verb') || (!isProgressive(first.lower) && !isParticiple(first.lower))) return 0;
  const comma = terms.findIndex((t) => t.commaAfter);
  if (comma < 1 || comma + 1 >= terms.length) return 0;
  // "Voting on the offer is still under way, and …": a gerund subject has its own finite verb.
  if (terms.slice(1, comma + 1).some((t) => isBe(t) || hasTag(t, 'Auxiliary') || hasTag(t, 'Modal'))) return 0;
  const start = comma + 1;
  if (COORDINATOR.has(terms[start]!.lower)) return 0;
  // "Perched on the border, the town has been under assault": the main verb may be a plain "be".
  const verb = terms.findIndex((t, i) => i > start && (isVerbAt(t, i) || isBe(t)));
  if (verb < 0 || !terms.slice(start, verb).some(isNominal)) return 0;
  return start;
}

/**
 * "…, cutting 42 seconds from the record": an "-ing" verb right after a comma opens a supplementive clause (Quirk §
 * 15.58). "The drug, sold under the name Zenta, caused …": a past participle between commas right after the subject
 * noun is a non-restrictive reduced relative (Quirk § 17.96); the main verb follows its closing comma.
 */
export function isSupplementive(terms: readonly Term[], v: number): boolean {
  // "The ship, later found adrift, was towed": adverbs may stand between the comma and the participle.
  const k = beforeAdverbs(terms, v);
  if (k < 0 || !terms[k]!.commaAfter) return false;
  if (isProgressive(terms[v]!.lower)) return k === v - 1;
  const end = clauseEnd(terms, v);
  return isParticiple(terms[v]!.lower) && isNominal(terms[k]!) && !terms[v]!.commaAfter && end < terms.length - 1 && terms.slice(0, k).every((t) => !t.commaAfter);
}


/** The last term of a clause that runs from v to its next comma (or the end). */
export function clauseEnd(terms: readonly Term[], v: number): number {
  const comma = terms.findIndex((t, i) => i >= v && t.commaAfter);
  return comma < 0 ? terms.length - 1 : comma;
}

const VERBLESS = new Set(VERBLESS_SUBORDINATORS);

/**
 * Where the subject may start when a verbless clause stands before it ("In 1976, while still a student at Ohio State,
 * Ruiz won …"): just after the comma that closes the clause, when a subordinator opens it and no verb stands in it
 * (Quirk § 14.9). `from` itself when there is none.
 */
export function afterVerblessClause(terms: readonly Term[], from: number, v: number): number {
  let start = from;
  for (let i = from; i < v; i++) {
    if (!VERBLESS.has(terms[i]!.lower)) continue;
    const comma = terms.findIndex((t, k) => k >= i && k < v - 1 && t.commaAfter);
    if (comma < 0) break;
    if (terms.slice(i + 1, comma + 1).some((t) => hasTag(t, 'Verb') || isBe(t))) continue;
    start = comma + 1;
    i = comma;
  }
  return start;
}
