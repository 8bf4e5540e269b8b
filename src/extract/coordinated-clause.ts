import { ASSERTING_COORDINATORS, CLAUSE_OPENERS, SUBJECT_PRONOUNS } from '../lexicon/grammar-words.js';
import { REPORTING_VERBS } from '../lexicon/reporting-verbs.js';
import { BOUND_PREFIXES } from '../lexicon/units.js';
import { rangesOf } from './clause-parts.js';
import type { SplitClause } from './clause-split.js';
import { reportedConjunct } from './coordinated-report.js';
import { isFiniteVerb } from './coordination.js';
import { verbLemma } from './lemma.js';
import { hasTag, type Term } from './terms.js';

/**
 * "The farmer sold the land and the developer built 40 homes", "she underwent surgery and it cost $20,000": "and" or
 * "but" before a subject and a finite verb of its own joins two clauses (Quirk et al. 1985, § 13.5 and § 13.17, clause
 * coordination), and so does "so" after a comma ("We are not licensed, so we cannot take them": § 13.18); the second asserts an act of its own, with its own figures, dates and places, and becomes a clause
 * part with its own subject. Not before a relative or content clause opens (the second verb may be that clause's).
 */
const ASSERTING: ReadonlySet<string> = new Set(ASSERTING_COORDINATORS);
const OPENER = new Set(CLAUSE_OPENERS);
const SUBJECT_PRONOUN = new Set(SUBJECT_PRONOUNS);
/** How many words the second clause's subject may have ("the city's main water treatment plant"). */
const SUBJECT_REACH = 6;

export function splitCoordinatedClause(terms: readonly Term[]): SplitClause | null {
  // "Mount Etna's crater began …": a capitalised first word before another is part of a name, whatever its tag.
  const first = terms.findIndex((t, k) => isFiniteVerb(t) && !(k === 0 && t.capitalized && terms[1]?.capitalized === true));
  if (first < 1) return null;
  for (let i = first + 1; i < terms.length - 2; i++) {
    const t = terms[i]!;
    if (OPENER.has(t.lower)) return null;
    const coordinator = ASSERTING.has(t.lower) || (t.lower === 'so' && terms[i - 1]!.commaAfter);
    if (!coordinator || t.commaAfter || insideWithPhrase(terms, i)) continue;
    const verb = verbAfterSubject(terms, i + 1);
    if (verb < 0) continue;
    const before = terms.slice(0, i);
    const after = terms.slice(i + 1);
    const subject = terms.slice(i + 1, verb);
    const reported = reportedConjunct(subject, terms.slice(verb));
    // "and police said …" with no "that" clause: a report of its own, left to the attribution of the whole.
    if (!reported && Object.hasOwn(REPORTING_VERBS, verbLemma(terms[verb]!))) return null;
    return {
      main: { terms: before, ranges: rangesOf(before) },
      subordinate: [reported ?? { terms: after, ranges: rangesOf(after) }],
    };
  }
  return null;
}

const WITH: ReadonlySet<string> = new Set(['with', 'without']);
/** Most words of a bound phrase before a figure ("just under", "no more than"). */
const MAX_BOUND_WORDS = 3;

/** Past a bound phrase before a figure ("just under 300", lexicon/units.ts BOUND_PREFIXES), else `from`. */
function afterApproximator(terms: readonly Term[], from: number): number {
  for (let n = MAX_BOUND_WORDS; n > 0; n--) {
    const words = terms.slice(from, from + n);
    if (words.length === n && !words.some((t) => t.commaAfter) && BOUND_PREFIXES.has(words.map((t) => t.lower).join(' '))) return from + n;
  }
  return from;
}

/**
 * The "and" at `i` joins two nouns after "with" or "without" ("with rope and net sent to a recycler"): the nouns share
 * the absolute clause's participle (Quirk et al. 1985 § 15.58), no second clause begins.
 */
function insideWithPhrase(terms: readonly Term[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && inSubject(terms[k]!) && !terms[k]!.commaAfter) k--;
  return k >= 0 && k < i - 1 && WITH.has(terms[k]!.lower);
}

/** The index of a finite verb right after a subject noun phrase that starts at `from`; -1 with none. */
function verbAfterSubject(terms: readonly Term[], from: number): number {
  const opener = terms[from];
  if (!opener) return -1;
  // "and it cost": a subject pronoun is a whole subject.
  if (SUBJECT_PRONOUN.has(opener.lower)) return !opener.commaAfter && isVerbHere(terms, from + 1) ? from + 1 : -1;
  // "and just under 300 died": a numeral, after its approximator, may head the subject alone (Quirk § 5.59).
  const numeral = afterApproximator(terms, from);
  if (hasTag(terms[numeral], 'Value') && !terms[numeral]!.commaAfter && isVerbHere(terms, numeral + 1)) return numeral + 1;
  let k = from;
  let head = false;
  while (k < terms.length && k < from + SUBJECT_REACH && inSubject(terms[k]!)) {
    if (hasTag(terms[k], 'Noun') || hasTag(terms[k], 'ProperNoun') || adjectiveHead(terms, from, k)) head = true;
    if (terms[k]!.commaAfter) return -1;
    k++;
  }
  if (!head || k === from || !isVerbHere(terms, k)) return -1;
  // "damaged roads and bridges": an "-s" form right after a bare noun is the plural of a coordinated noun.
  const v = terms[k]!;
  if (k === from + 1 && hasTag(v, 'PresentTense') && v.lower.endsWith('s')) return -1;
  return k;
}

/**
 * "and the suspect was arrested": the last word of a determiner-led subject, right before the finite verb, heads it even
 * where the quick tagger read it as an adjective (an adjective heads a noun phrase only as "the injured" do: Quirk et
 * al. 1985 § 7.23, which is a subject too).
 */
function adjectiveHead(terms: readonly Term[], from: number, k: number): boolean {
  return k > from && hasTag(terms[from], 'Determiner') && hasTag(terms[k], 'Adjective') && isVerbHere(terms, k + 1);
}

/** A word of a subject noun phrase; compromise tags the determiner "no" an Expression ("but no deal had been signed"). */
const inSubject = (t: Term): boolean =>
  t.lower === 'no' || (!hasTag(t, 'Verb') && !hasTag(t, 'Pronoun') && ['Determiner', 'Possessive', 'Adjective', 'Value', 'Noun', 'ProperNoun'].some((tag) => hasTag(t, tag)) && !hasTag(t, 'Date'));

const isVerbHere = (terms: readonly Term[], k: number): boolean => {
  const t = terms[k];
  return t !== undefined && isFiniteVerb(t) && !hasTag(t, 'Noun');
};
