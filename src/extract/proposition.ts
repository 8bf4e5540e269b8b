import { throughGerundComplement } from './gerund-complements.js';
import type { Range } from '../ingest/types.js';
import { LINKING_VERBS, OTHER_COPULAS } from '../lexicon/grammar-words.js';
import { negativeSubject } from './negative-subjects.js';
import { prepositionalComplement } from './copula-complements.js';
import { withAuxiliaryParticiples } from './auxiliary-participles.js';
import { INVARIANT_PAST } from '../lexicon/invariant-verbs.js';
import { VAGUE_PLURALS } from '../lexicon/number-words.js';
import { derived, type Lexicon } from '../lexicon/index.js';
import { stem } from './keys.js';
import { nounPhraseAfter, nounPhraseBefore } from './noun-phrases.js';
import { retagNounPositions } from './noun-positions.js';
import { isDativeVerb, secondObject } from './dative.js';
import { themeAfter } from './theme.js';
import { suppliedWith } from './with-object.js';
import { infinitiveSubject } from './infinitive-subject.js';
import { wrappedObject } from './wrapped-object.js';
import { hadParticiple } from './have-participles.js';
import { proposalComplement } from './proposal-complement.js';
import { cleftFocus, cleftSubject } from './cleft.js';
import { existentialBe } from './existential.js';
import { adjectiveHeaded, copulaBeforeInfinitivalRelative, verbAfterSubjectInfinitive, getPassive, particleBeforeObject, sharedObject, verbTaggedSubject, withAdjectiveHead } from './clause-repairs.js';
import { verbByPosition } from './verb-fallback.js';
import { verbAfterSubject } from './verb-scan.js';
import { verbPastModifiers } from './modifier-verbs.js';
import { adverbialOpenerEnd, afterVerblessClause, verbAfterRelative } from './subordinate-clauses.js';
import { progressiveLemma, verbLemma } from './lemma.js';
import { carryingSense } from './carried-object.js';
import { throughOpenQuestion } from './open-question.js';
import { isOccurrenceIdiom } from './multiword-verbs.js';
import { nominalImplicative, type NominalImplicative } from './implicative-words.js';
import { hasTag, type Term } from './terms.js';
import { conjunctBefore } from './conjuncts.js';
import { copulaNegator, objectNegator } from './negators-after-verb.js';
import { memberParticiple } from './membership.js';
import { negativeParticiple } from './negative-participles.js';
import { nameInApposition } from './actor-apposition.js';
import { agentPhrase } from './passive-agent.js';
import { certaintyIdiom } from './negator-idioms.js';
import { NEGATOR, beforeSkipping, isAfterModal, isBe, isBeForm, isIrregularPast, isReducedRelative, withIrregularRoots, isLexicalVerb, otherVerbs, throughCopula, throughIntention, verbAfter } from './verbs.js';
import { isParticiple } from './verb-forms.js';
import { withoutClitic, withoutEmphaticReflexive } from './clitics.js';

/** Stems of the single-word status and refusal verbs, which wrap an inner proposition. */
const wrappers = (lexicon: Lexicon): ReadonlySet<string> => new Set([...lexicon.statusVerbs, ...lexicon.refusalVerbs].filter((w) => !w.includes(' ')).map(stem));

/** The parts of a proposition as term indexes, before spans and keys are built. */
export interface PropositionParts {
  /** Lemmas of the other lexical verbs of the clause (relative clauses, coordinated verbs). */
  events: string[];
  actor?: Range;
  predicate?: { term: Term; index: number };
  inner?: Term;
  theme?: Range;
  /** A linking verb's adjective complement ("was closed"): a property of the subject, not an object. */
  complement?: Range;
  negator?: Term;
  /** An implicative noun or adjective governing the predicate ("the council's failure to pay"): the event's state comes from it. */
  implicativeNoun?: NominalImplicative;
  passive: boolean;
}

/**
 * Finds the main predicate (the first lexical verb, looking through intention words such as "no plans to"),
 * its actor (the noun phrase before it, or the "by" agent of a passive), theme, negation and, for status and
 * refusal verbs, the inner proposition they wrap ("confirmed [attendance]", "refused [to attend]").
 */
export function findProposition(tagged: readonly Term[], lexicon: Lexicon): PropositionParts {
  const found = derived(lexicon, partsCache);
  let parts = found.get(tagged);
  if (!parts) found.set(tagged, (parts = readProposition(tagged, lexicon)));
  return parts;
}

/** A clause part's terms are asked about twice (does it have a verb, then its claim): read once per terms array. */
const partsCache = (): WeakMap<readonly Term[], PropositionParts> => new WeakMap();

function readProposition(tagged: readonly Term[], lexicon: Lexicon): PropositionParts {
  const WRAPPERS = derived(lexicon, wrappers);
  const terms = withIrregularRoots(withAuxiliaryParticiples(retagNounPositions(tagged)));
  const parts: PropositionParts = { passive: false, events: [] };
  // A copula with a participle ("was not damaged when a ship dragged …") counts where it stands, before later verbs.
  // Several scans ask about one word: each answer is kept (1 verb, 2 not), as the terms do not change while they ask.
  const isVerbAt = verbTest(terms);
  // "Speaking to reporters, the minister said …": the main clause starts after a participial opener.
  const start = adverbialOpenerEnd(terms, isVerbAt);
  // "There were 450 passengers on board": an existential's verb is its "be", whatever a later word was read as.
  const thereBe = existentialBe(terms, start);
  let v = thereBe >= 0 ? thereBe : terms.findIndex((t, i) => i >= start && isVerbAt(t, i));
  v = verbAfterSubjectInfinitive(terms, start, copulaBeforeInfinitivalRelative(terms, start, v));
  v = verbPastModifiers(terms, v, start, isVerbAt);
  // "Thieves who rammed a car … escaped": the verb of a relative clause on the subject is not the clause's verb.
  const first = v;
  if (v >= 0) v = verbAfterRelative(terms, v, isVerbAt, start);
  const relativeVerb = v !== first ? first : undefined;
  if (v < 0) v = terms.findIndex((t, i) => i >= start && isBe(t));
  if (v < 0) {
    const reading = verbByPosition(terms, start) ?? verbAfterSubject(terms, start);
    if (!reading) return parts;
    terms[reading.index] = reading.term;
    if (reading.subjectHead) terms[reading.subjectHeadIndex ?? reading.index - 1] = reading.subjectHead;
    if (reading.adverbIndex !== undefined) terms[reading.adverbIndex] = { ...terms[reading.adverbIndex]!, tags: new Set(['Adverb']) };
    v = reading.index;
  }
  v = throughOpenQuestion(terms, throughCopula(terms, v));
  // "was not among those suspended": the act that defines the set is the predicate, passive (extract/membership.ts).
  const member = memberParticiple(terms, v);
  if (member !== undefined) v = member;
  // "The bill remains unpaid": a negative-prefix participle is its verb, negated (extract/negative-participles.ts).
  const unPrefixed = negativeParticiple(terms, v);
  if (unPrefixed) (v = unPrefixed.index, terms[v] = unPrefixed.term);
  const gotten = getPassive(terms, v);
  // "has had its permit suspended": the participle is the verb, its object what was acted on (extract/have-participles.ts).
  const had = gotten === undefined ? hadParticiple(terms, v) : undefined;
  v = gotten ?? had?.participle ?? v;
  // "voted down a plan to close …": a phrasal verb is the predicate; its object's "to" is not an intention.
  const intending = v;
  if (phrasalMeaning(terms, v, lexicon) === undefined) v = throughGerundComplement(terms, throughIntention(terms, v, lexicon));
  // The phrasal reading of the final verb is asked about again below (its object, its carrying sense): read it once.
  const meaning = phrasalMeaning(terms, v, lexicon);
  const verb = phrasal(terms, v, meaning);
  parts.events = otherVerbs(terms, v);
  parts.predicate = { term: verb, index: v };
  const auxiliary = beforeSkipping(terms, v);
  parts.passive = member !== undefined || gotten !== undefined || had !== undefined || unPrefixed !== undefined || hasTag(verb, 'Passive') || (auxiliary !== undefined && isBeForm(auxiliary.lower) && (hasTag(verb, 'PastTense') || isParticiple(verb.lower) || INVARIANT_PAST[verb.lower] !== undefined));
  // A negator inside the relative clause ("the firm that did not pay … collapsed") is not the main verb's.
  // "It's not clear when the service will be shut": a negator before a wh-word or "whether" negates another clause.
  // "Safety is not negotiable, and we will replace every sensor": a negator before a comma and a coordinator is the
  // first conjunct's (Quirk et al. 1985 § 13.21, clausal coordination).
  const negatorFrom = Math.max(relativeVerb !== undefined ? relativeVerb + 1 : start, lastIndexBefore(terms, v, isInterrogative) + 1, conjunctBefore(terms, v) + 1);
  const negator = terms.slice(negatorFrom, v).reverse().find((t) => NEGATOR.has(t.lower) && !certaintyIdiom(terms, t)) ?? copulaNegator(terms, v, isCopula) ?? objectNegator(terms, v);
  if (negator) parts.negator = negator;
  if (!negator && unPrefixed) parts.negator = unPrefixed.negator;
  const governing = parts.passive ? undefined : nominalImplicative(terms, v);
  // "The council's failure to pay": the noun is no doer of paying, its possessor is.
  const subjectFrom = afterVerblessClause(terms, start, v);
  const actor = thereBe >= 0 ? undefined : governing && !governing.adjective ? governing.doer : (cleftFocus(terms, start, v) ?? cleftSubject(terms, start, v) ?? nounPhraseBefore(terms, v, subjectFrom) ?? adjectiveHeaded(terms, subjectFrom, v) ?? verbTaggedSubject(terms, subjectFrom, v));
  if (governing) parts.implicativeNoun = governing;
  if (actor) parts.actor = withoutClitic(terms, nameInApposition(terms, actor, v) ?? withAdjectiveHead(terms, actor, v));
  // "Officials expect the bridge to reopen": the object of a verb of expecting is the infinitive's doer.
  const infinitiveDoer = infinitiveSubject(terms, intending, v);
  if (infinitiveDoer) parts.actor = infinitiveDoer;
  // "Dozens of students occupied the library": a vague plural counts its doers, who follow its "of" (Quirk § 5.25).
  const counted = actor && VAGUE_PLURALS.has(terms.find((t) => t.start === actor.start)?.lower ?? '') ? partitiveHead(terms, actor, terms[v]!) : undefined;
  if (counted) parts.actor = counted;
  // A copula's noun complement ("is the main cause") is its theme; an adjective one ("was late") says what the subject is.
  // "did not rule out foul play": a phrasal verb's object follows its particle.
  // A word the tagger read as a particle before a date is a preposition ("stopped in May").
  const particle = particleBeforeObject(terms, v, verb);
  const objectFrom = v + (meaning !== undefined || particle ? 2 : 1);
  // "backed out, citing costs": a comma after the verb (or its particle) closes the verb phrase; no object follows it.
  const object = terms[objectFrom - 1]?.commaAfter ? undefined : (themeAfter(terms, objectFrom) ?? sharedObject(terms, objectFrom, verb));
  const governs = WRAPPERS.has(stem(verb.root)) || lexicon.implicatives[verb.root] !== undefined;
  const second = object && secondObject(terms, object, verb.root);
  const supplied = suppliedWith(terms, object ? terms.findIndex((t) => t.start >= object.end) : objectFrom, verb.root);
  const theme = supplied ?? (second === null ? undefined : (second ?? object ?? (governs ? wrappedObject(terms, v) : undefined)));
  const complement = !theme && isCopula(verb) ? (nounPhraseAfter(terms, v + 1) ?? prepositionalComplement(terms, v + 1)) : undefined;
  if (theme) parts.theme = withoutEmphaticReflexive(terms, theme);
  if (complement) parts.complement = complement;
  if (parts.passive) {
    // A "by" in a relative clause after it, reduced or not, is that clause's ("a firm which was later bought by Enel", "a rally organised by the club").
    // "was held, judged by a teacher": a participle clause after a comma is a supplementive of its own (Quirk § 15.58, § 17.29).
    const clauseStop = terms.findIndex((t, i) => i > v && (WH_RELATIVE.has(t.lower) || (terms[i - 1]!.commaAfter && isParticiple(t.lower) && t.lower !== 'by') || (i > v + 1 && terms[i + 1]?.lower === 'by' && isReducedRelative(terms, i))));
    const by = terms.findIndex((t, i) => i > v && (clauseStop < 0 || i < clauseStop) && t.lower === 'by');
    const agent = by > 0 ? agentPhrase(terms, by) : undefined;
    // The subject of a passive is what was acted on; without a "by" agent the doer is unknown. A dative verb's
    // passive subject is the recipient when the thing given follows ("was handed the bill").
    if (had) parts.theme = had.object;
    else if (actor && !(theme && (isDativeVerb(verb.root) || supplied))) parts.theme = partitiveHead(terms, actor, terms[v]!) ?? actor;
    // "No one was taken to hospital": the negative pronoun subject is what the passive denies was acted on.
    else if (!actor && !parts.theme && parts.negator) parts.theme = negativeSubject(terms, parts.negator, v);
    if (agent) parts.actor = agent;
    else if (!had?.causer) delete parts.actor;
  }
  // "The summit took place": the subject of an occurrence idiom is what happens, as a passive subject is what is acted on.
  if (actor && isOccurrenceIdiom(terms, v)) {
    parts.theme = actor;
    delete parts.actor;
  }
  // "picked up the crew": a carried object gives the phrasal verb its carrying sense (carried-object.ts).
  const carrying = meaning === undefined ? undefined : carryingSense(`${verbLemma(terms[v]!)} ${terms[v + 1]!.lower}`, terms, parts.theme, lexicon);
  if (carrying) parts.predicate = { term: { ...verb, root: carrying }, index: v };
  if (WRAPPERS.has(stem(verb.root)) || WRAPPERS.has(stem(terms[v]!.root)) || lexicon.refusalVerbs.includes(`${verb.root} ${terms[v + 1]?.lower}`)) {
    // "rejected a plan to offer a grant", "decided against closing": the act refused (extract/proposal-complement.ts).
    const proposed = proposalComplement(terms, v);
    const inner = proposed ? asLemma(proposed) : innerOf(terms, v);
    if (inner) parts.inner = inner;
  }
  return parts;
}

/**
 * Whether the word at i of these terms is a verb, each answer kept (1 verb, 2 not). Made by a function, not as a named
 * arrow inside readProposition: under tsx (the bench runs the sources) each named arrow costs a defineProperty per call.
 */
function verbTest(terms: readonly Term[]): (t: Term, i: number) => boolean {
  const verbAt = new Int8Array(terms.length);
  return (t, i) => {
    if (verbAt[i] === 0) verbAt[i] = isAfterModal(terms, i) || isLexicalVerb(terms, i) || isIrregularPast(terms, i) || (isBe(t) && (throughCopula(terms, i) !== i || memberParticiple(terms, i) !== undefined)) ? 1 : 2;
    return verbAt[i] === 1;
  };
}

/**
 * "None of the hostages was harmed", "Dozens of homes were damaged", "An estimated 10,000 people were left": a passive
 * subject that quantifies stands for what it quantifies, read as an object phrase is (themeAfter) when that reading
 * runs past the subject's head and stops before the verb.
 */
function partitiveHead(terms: readonly Term[], subject: Range, verb: Term): Range | undefined {
  const at = terms.findIndex((t) => t.start === subject.start);
  const inner = at >= 0 ? themeAfter(terms, at) : undefined;
  return inner && inner.end > subject.end && inner.end <= verb.start ? inner : undefined;
}

const WH_RELATIVE = new Set(['who', 'which', 'whom']);
const INTERROGATIVE_SUBORDINATORS = new Set(['whether', 'when', 'where', 'why', 'how', 'what', 'which', 'who']);
const isInterrogative = (t: Term) => INTERROGATIVE_SUBORDINATORS.has(t.lower);
/** The index of the last term before `v` that passes, or -1. */
function lastIndexBefore(terms: readonly Term[], v: number, test: (t: Term) => boolean): number {
  for (let i = v - 1; i >= 0; i--) if (test(terms[i]!)) return i;
  return -1;
}
const LINKING = new Set([...LINKING_VERBS, ...OTHER_COPULAS]);
const isCopula = (verb: Term) => isBe(verb) || LINKING.has(verb.root);

/** Terms after a status or refusal verb in which its inner proposition starts ("confirmed on Monday its attendance"). */
const INNER_REACH = 4;

/** The inner proposition of a status or refusal verb: "to attend" → attend; "attendance" → attendance. */
function innerOf(terms: readonly Term[], v: number): Term | undefined {
  for (let i = v + 1; i <= Math.min(terms.length - 1, v + INNER_REACH); i++) {
    const t = terms[i]!;
    // "decided whether reactor 2 may resume", "no decision on whether to retract": the verb after "whether".
    if (t.lower === 'whether' || t.lower === 'if') {
      const verb = verbAfter(terms, i + 1);
      return verb && asLemma(verb);
    }
    if (t.lower === 'to' && terms[i + 1] && hasTag(terms[i + 1], 'Verb')) return asLemma(terms[i + 1]!);
    if (hasTag(t, 'Date')) continue; // "declined last year": a time noun dates the verb, it is not what is refused.
    if (hasTag(t, 'Noun') && !hasTag(t, 'Pronoun')) return headOf(terms, i);
    if (hasTag(t, 'Preposition')) return undefined;
  }
  return undefined;
}

function asLemma(t: Term): Term {
  const lemma = verbLemma(t);
  return lemma === t.root ? t : { ...t, root: lemma };
}

/** The head of a noun phrase: its last noun ("a three-year extension" → extension). */
function headOf(terms: readonly Term[], from: number): Term {
  let head = from;
  for (let j = from + 1; j < terms.length && !terms[j - 1]!.commaAfter; j++) {
    const t = terms[j]!;
    if (hasTag(t, 'Noun') && !hasTag(t, 'Pronoun')) head = j;
    else if (!hasTag(t, 'Adjective') && !hasTag(t, 'Value')) break;
  }
  return terms[head]!;
}

const phrasalVerbs = (lexicon: Lexicon): ReadonlyMap<string, string> => new Map(Object.entries(lexicon.phrasalVerbs));

/**
 * "voted down" means "reject": the verb with its particle, as the single verb it stands for (root only; offsets
 * stay). An irregular form takes its lemma from the irregular-verb list ("stolen" → steal), whatever the tagger said.
 */
function phrasal(terms: readonly Term[], v: number, meaning: string | undefined): Term {
  const verb = terms[v]!;
  if (meaning) return { ...verb, root: meaning };
  const lemma = (progressive(terms, v) ? progressiveLemma(verb.lower) : undefined) ?? verbLemma(verb);
  return verb.root !== lemma ? { ...verb, root: lemma } : verb;
}

/**
 * An "-ing" form after "be" that is a verb: tagged one, or read as an adjective but with an object after it, which an
 * adjective never takes (Quirk et al. 1985 § 7.2): "is closing two libraries", not "is still interesting".
 */
function progressive(terms: readonly Term[], v: number): boolean {
  const auxiliary = beforeSkipping(terms, v);
  if (!auxiliary || !isBeForm(auxiliary.lower)) return false;
  const next = terms[v + 1];
  return !hasTag(terms[v], 'Adjective') || (next !== undefined && !terms[v]!.commaAfter && OBJECT_OPENERS.some((tag) => hasTag(next, tag)));
}
const OBJECT_OPENERS = ['Determiner', 'Possessive', 'Value', 'ProperNoun', 'Pronoun'];

function phrasalMeaning(terms: readonly Term[], v: number, lexicon: Lexicon): string | undefined {
  const particle = terms[v + 1];
  if (!particle) return undefined;
  const phrase = `${verbLemma(terms[v]!)} ${particle.lower}`;
  // "now goes on to the world championships": onward to a new stage, not "continue".
  if (terms[v + 2]?.lower === 'to' && derived(lexicon, onwardBeforeTo).has(phrase)) return undefined;
  // "will go on sale", "went on strike": "on" before a bare noun is a preposition of state (Quirk § 9.26), no particle.
  if (particle.lower === 'on' && terms[v + 2] && bareNoun(terms[v + 2]!)) return undefined;
  return derived(lexicon, phrasalVerbs).get(phrase);
}
const bareNoun = (t: Term): boolean => !t.lower.endsWith('ing') && hasTag(t, 'Noun') && !['Pronoun', 'Plural', 'Gerund', 'ProperNoun', 'Verb', 'Date'].some((tag) => hasTag(t, tag));
const onwardBeforeTo = (lexicon: Lexicon): ReadonlySet<string> => new Set(lexicon.tables['phrasal-verbs'].ONWARD_BEFORE_TO);
