import { ASSERTING_COORDINATORS, CLAUSE_OPENERS, HAVE_FORMS } from '../lexicon/grammar-words.js';
import { reportedConjunct } from './coordinated-report.js';
import { isNominal } from './noun-phrases.js';
import { hasTag, type Term } from './terms.js';
import { isBe } from './verbs.js';
import { irregularLemma, isParticiple } from './verb-forms.js';
import { TRANSITIVE_FIRST_SENSE } from '../lexicon/wordnet-transitives.js';
import { IRREGULAR_PARTICIPLES, IRREGULAR_PAST } from '../lexicon/irregular-verbs.js';
import { SIMPLE_PREPOSITIONS } from '../lexicon/simple-prepositions.js';

/**
 * Coordinated verb phrases that share one subject ("The ferry struck a rock and sank near Paros"): each conjunct
 * asserts an act of its own, with its own dates and places (Quirk et al. 1985, § 13.43, coordination of predicates).
 * The second conjunct becomes a clause part that borrows the subject of the first.
 */

/** Only "and" and "but" assert both conjuncts; "or" and "nor" do not. */
const ASSERTING: ReadonlySet<string> = new Set(ASSERTING_COORDINATORS);
const OPENER = new Set(CLAUSE_OPENERS);
/** Adverbs may stand between the coordinator and the second verb ("and then died", "and later fled"). */
const ADVERB_REACH = 2;

export interface CoordinatedSplit {
  /** Index of the coordinator in the terms. */
  at: number;
  /** The subject of the first conjunct, which the second shares. */
  subject: Term[];
  /**
   * "was arrested and charged": the passive auxiliaries the two participles share, which the second conjunct borrows
   * too; the first conjunct keeps the whole clause, whose adjuncts ("on Monday") date both acts.
   */
  auxiliaries?: Term[];
  /**
   * "was arrested on Monday and charged on Friday": adjuncts stand between the two participles, so each conjunct keeps
   * its own; the second borrows the subject and the passive auxiliaries only.
   */
  ownAdjuncts?: true;
}

/** A finite verb form: a tensed verb that is not a noun, a form of "be", a modal or an auxiliary. */
export function isFiniteVerb(t: Term): boolean {
  if (isBe(t) || hasTag(t, 'Modal') || hasTag(t, 'Auxiliary')) return true;
  if (hasTag(t, 'PastTense') || hasTag(t, 'PresentTense')) return hasTag(t, 'Verb') && !hasTag(t, 'Noun');
  return irregularLemma(t.lower) !== undefined && hasTag(t, 'Verb');
}

/** Auxiliaries of a verb group: modals, "be", "been", "being", "have". */
const isAuxiliary = (t: Term): boolean => isBe(t) || hasTag(t, 'Modal') || HAVE.has(t.lower);
const HAVE: ReadonlySet<string> = new Set(HAVE_FORMS);

/**
 * "was arrested and charged", "would be refilled and reopened": from the first finite verb to the coordinator at i
 * stand auxiliaries ending in a form of "be" and one participle, and a bare participle follows the coordinator: the
 * auxiliaries, which both participles share; else undefined.
 */
function passiveAuxiliaries(terms: readonly Term[], first: number, i: number): Term[] | undefined {
  const auxiliaries = terms.slice(first, i - 1);
  const [participle, next] = [terms[i - 1]!, terms[i + 1]];
  if (auxiliaries.length === 0 || !auxiliaries.every(isAuxiliary) || !isBe(auxiliaries.at(-1)!) || participle.commaAfter) return undefined;
  return next !== undefined && isParticiple(participle.lower) && isParticiple(next.lower) && !isBe(next) ? auxiliaries : undefined;
}

/** "was arrested", "has been fined": the auxiliaries of a passive verb group at `first`, ending in "be" before a participle. */
function passiveGroup(terms: readonly Term[], first: number): Term[] | undefined {
  let k = first;
  while (k < terms.length && isAuxiliary(terms[k]!) && !terms[k]!.commaAfter) k++;
  const participle = terms[k];
  return k > first && isBe(terms[k - 1]!) && participle !== undefined && isParticiple(participle.lower) ? terms.slice(first, k) : undefined;
}

/**
 * "… and taken to hospital", "… and sealed by police": a participle opening the second conjunct, of a verb whose first
 * sense takes an object (WordNet's sentence frames), with no object after it, is a passive sharing the first
 * conjunct's auxiliaries (Quirk et al. 1985 § 13.43) when nothing else reads it: a participle-only form ("taken", not
 * "charged", which may be a past) or a by-agent after it. "… and resigned on Friday" stays an active past.
 */
function bareParticipleOfPassive(terms: readonly Term[], verb: number): boolean {
  const [t, next] = [terms[verb]!, terms[verb + 1]];
  if (!isParticiple(t.lower) || isAuxiliary(t) || !TRANSITIVE.has(irregularLemma(t.lower) ?? t.root)) return false;
  const participleOnly = IRREGULAR_PARTICIPLES[t.lower] !== undefined && IRREGULAR_PAST[t.lower] === undefined;
  const objectless = next === undefined || t.commaAfter || hasTag(next, 'Preposition') || PREPOSITION.has(next.lower) || hasTag(next, 'Adverb') || hasTag(next, 'Date');
  return (participleOnly && objectless) || (next?.lower === 'by' && !t.commaAfter);
}
const TRANSITIVE: ReadonlySet<string> = new Set(TRANSITIVE_FIRST_SENSE);
const PREPOSITION: ReadonlySet<string> = new Set(SIMPLE_PREPOSITIONS);

/** A word that opens a verb group of its own: an auxiliary, a modal or a form of "be" ("but has not yet begun"). */
function opensVerbGroup(t: Term | undefined): boolean {
  return t !== undefined && isAuxiliary(t) && !t.commaAfter;
}

/** The verb after the coordinator at i, past at most two adverbs; -1 when the conjunct does not open with one. */
function conjunctVerb(terms: readonly Term[], i: number): number {
  for (let k = i + 1; k < Math.min(terms.length, i + 2 + ADVERB_REACH); k++) {
    const t = terms[k]!;
    if (isFiniteVerb(t)) return k;
    if (!hasTag(t, 'Adverb')) return -1;
  }
  return -1;
}

/**
 * "rejected the invitation and would not attend": a negated modal of volition after "and" says what the first act
 * refuses (Quirk et al. 1985, § 4.57, volitional "will"/"would"): one stance, kept with the first conjunct.
 */
function negatedModal(terms: readonly Term[], verb: number): boolean {
  return hasTag(terms[verb], 'Modal') && NEGATORS.has(terms[verb + 1]?.lower ?? '');
}
const NEGATORS = new Set(['not', "n't", 'never']);

/**
 * "damaged roads and bridges": an "-s" form right after a plural noun and "and" is the plural of a coordinated noun;
 * "has" is not ("paid the fees and has extended …"): the primary verbs have no noun reading (Quirk et al. 1985 § 3.36).
 */
function pluralAfterPlural(terms: readonly Term[], i: number, verb: number): boolean {
  const t = terms[verb]!;
  return verb === i + 1 && hasTag(t, 'PresentTense') && t.lower.endsWith('s') && !isBe(t) && !HAVE.has(t.lower) && hasTag(terms[i - 1], 'Plural');
}

/**
 * The noun phrase right before the first finite verb (past adverbs): "The 81-year-old" in "The 81-year-old went …";
 * with an "of" phrase after its head, the whole phrase ("A survey of the drains": the survey, not the drains).
 */
export function subjectBefore(terms: readonly Term[], verb: number): Term[] {
  let end = verb - 1;
  while (end >= 0 && hasTag(terms[end], 'Adverb')) end--;
  if (end < 0 || !isNominal(terms[end]!) || terms[end]!.commaAfter) return [];
  let start = end;
  for (;;) {
    while (start > 0 && inSubjectPhrase(terms[start - 1]!) && !terms[start - 1]!.commaAfter) start--;
    if (start < 2 || terms[start - 1]!.lower !== 'of' || !isNominal(terms[start - 2]!) || terms[start - 2]!.commaAfter) break;
    start -= 2;
  }
  return terms.slice(start, end + 1);
}

function inSubjectPhrase(t: Term): boolean {
  return isNominal(t) || hasTag(t, 'Adjective') || hasTag(t, 'Determiner') || hasTag(t, 'Possessive') || hasTag(t, 'Value');
}

/**
 * Where a clause's predicate is coordinated with a second one sharing its subject, or null. Not when the two verbs
 * are coordinated directly ("bought and sold 40 ships": one object for both), nor when a relative or content clause
 * opens before the coordinator (the second verb may belong to it: "the gunman who fled and hid was arrested").
 */
export function coordinatedPredicate(terms: readonly Term[]): CoordinatedSplit | null {
  // "Speaking outside court, his lawyer called …": an "-ing" opener is no finite verb of the clause.
  const first = terms.findIndex((t, k) => isFiniteVerb(t) && !(k === 0 && hasTag(t, 'Gerund')));
  if (first < 1) return null;
  const subject = subjectBefore(terms, first);
  if (subject.length === 0) return null;
  for (let i = first + 1; i < terms.length - 1; i++) {
    const t = terms[i]!;
    if (OPENER.has(t.lower)) return null;
    if (!ASSERTING.has(t.lower)) continue;
    const shared = passiveAuxiliaries(terms, first, i);
    if (shared) return { at: i, subject, auxiliaries: shared };
    // "resigned and said that …": a reporting verb with its "that" clause shares no object with the verb before it;
    // "has been ordered but has not yet begun": nor does a conjunct with an auxiliary of its own.
    if (hasTag(terms[i - 1], 'Verb') && !terms[i - 1]!.commaAfter && !reportedConjunct(subject, terms.slice(i + 1)) && !opensVerbGroup(terms[i + 1])) continue;
    const verb = conjunctVerb(terms, i);
    if (verb < 0 || pluralAfterPlural(terms, i, verb) || negatedModal(terms, verb)) continue;
    const borrowed = passiveGroup(terms, first);
    if (borrowed && bareParticipleOfPassive(terms, verb)) return { at: i, subject, auxiliaries: borrowed, ownAdjuncts: true };
    return { at: i, subject };
  }
  return null;
}
