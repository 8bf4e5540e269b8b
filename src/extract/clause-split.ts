import type { Range } from '../ingest/types.js';
import { futureTimeClause } from './future-time-clause.js';
import { ADVERBIAL_SUBORDINATORS, AS_PHRASE_WORDS, OCCASION_SUBORDINATORS, COMMENT_CLAUSE_ADVERBS, COMMENT_CLAUSE_PARTICIPLES, NON_RESTRICTIVE_RELATIVES, REGARDING_VERBS } from '../lexicon/clause-cues.js';
import { retagNounPositions } from './noun-positions.js';
import { clauseEndAfter, hasVerb, isFinite, rangesOf } from './clause-parts.js';
import { sententialDenial, splitContent, type ContentFrame } from './content-clauses.js';
import { coordinatedPredicate } from './coordination.js';
import { splitFrontedGerund, splitGerundAdverbial } from './gerund-adverbial.js';
import { splitResultSupplementive } from './result-supplementive.js';
import { splitCoordinatedClause } from './coordinated-clause.js';
import { withBareSubjects } from './bare-subjects.js';
import { reportedConjunct } from './coordinated-report.js';
import { presentTenseLemma } from './lemma.js';
import { isProgressive } from './verbs.js';
import { isNominal } from './noun-phrases.js';
import { genitiveClauseTerms } from './genitive-relatives.js';
import { relativeClauseTerms } from './noun-modifiers.js';
import type { BackgroundKind } from '../model/claim.js';
import { hasTag, type Term } from './terms.js';
import { boundsComparison } from './superlative-since.js';
import { pluralReadAsVerb } from './clause-repairs.js';
import { participleSubjectBefore } from './participle-subject.js';
import { consequenceClause } from './consequence-clause.js';

const SUBORDINATOR = new Set(ADVERBIAL_SUBORDINATORS);
const RELATIVE = new Set(NON_RESTRICTIVE_RELATIVES);
const AS_PHRASE = new Set(AS_PHRASE_WORDS);
const OCCASION_GIVING: ReadonlySet<string> = new Set(OCCASION_SUBORDINATORS);
/** How far after its opener the subordinate clause's verb may stand ("after the river's eastern bank burst"). */
const SUBJECT_REACH = 7;

/** A clause part: its terms (for the proposition finder) and the document ranges it covers (for dates, places, figures). */
export interface ClausePart {
  terms: Term[];
  ranges: Range[];
  /** A content clause's frame ("rumours that …"): who holds it and how, in place of the main clause's attribution. */
  frame?: ContentFrame;
  /** Set on a relative clause that modifies a noun phrase (", which employs 1,200 people,"). */
  background?: BackgroundKind;
  /** A supplementive clause tells its act on the main clause's occasion: with no date or place of its own it takes the main clause's. */
  sharesOccasion?: true;
  /** A time clause ("when a coach overturned near Tula on Sunday") tells the occasion of the main clause's act (extract/occasion-clause.ts): at the same time, or before it. */
  givesOccasion?: 'simultaneous' | 'sequence';
}

export interface SplitClause {
  main: ClausePart;
  /** Content ("rumours that the port closed"), adverbial ("when its engine failed") and non-restrictive relative clauses. */
  subordinate: ClausePart[];
}

/**
 * Splits a proposition's terms into its main clause and the subordinate clauses that assert facts of their own:
 * an adverbial clause opened by "when", "after", "as" … with its own subject and verb, and a non-restrictive
 * "which" / "who" clause after a comma, whose subject is the noun phrase before the comma. The subordinate clause
 * runs to the next comma or the end; what is left is the main clause. One split per clause: a nested "when"
 * inside a "which" clause stays with it.
 */
export function splitSubordinate(terms: readonly Term[]): SplitClause {
  // "Rising costs mean the toilets will close": the consequence is the clause; its cause asserts nothing of its own.
  const consequence = consequenceClause(terms);
  if (consequence) return splitSubordinate(consequence);
  // A content clause under a noun is split first (its frame, not the main clause's, says who holds it); what is
  // left may still hold an adverbial or relative clause, whose ranges skip the content clause's.
  const content = splitContent(terms);
  if (!content) return splitOnce(terms);
  const gap = { start: content.gap.start, end: content.gap.end };
  const rest = splitOnce(content.main);
  const skipGap = (part: ClausePart): ClausePart => ({ ...part, ranges: part.ranges.flatMap((r) => without(r, gap)) });
  const contentPart: ClausePart = { terms: content.content, ranges: rangesOf(content.content), frame: content.frame };
  if (rest.subordinate.length === 0) return { main: { terms: content.main, ranges: content.mainRanges }, subordinate: [contentPart] };
  return { main: skipGap(rest.main), subordinate: [...rest.subordinate.map(skipGap), contentPart] };
}

/** The range less the gap: the parts of it before and after the gap. */
function without(range: Range, gap: Range): Range[] {
  if (gap.end <= range.start || gap.start >= range.end) return [range];
  const out: Range[] = [];
  if (range.start < gap.start) out.push({ start: range.start, end: gap.start });
  if (gap.end < range.end) out.push({ start: gap.end, end: range.end });
  return out;
}

const COMMENT_PARTICIPLE: ReadonlySet<string> = new Set(COMMENT_CLAUSE_PARTICIPLES);
const COMMENT_ADVERB: ReadonlySet<string> = new Set(COMMENT_CLAUSE_ADVERBS);

/** "as first reported", "as expected", "as previously announced": a subjectless participle of saying or expecting. */
function commentClause(inner: readonly Term[]): boolean {
  let k = 0;
  while (k < inner.length && COMMENT_ADVERB.has(inner[k]!.lower)) k++;
  return k === inner.length - 1 && COMMENT_PARTICIPLE.has(inner[k]!.lower);
}

/** One adverbial or relative clause split off, else a coordinated predicate, else the whole clause. */
function splitOnce(terms: readonly Term[]): SplitClause {
  const whole = { main: { terms: [...terms], ranges: rangesOf(terms) }, subordinate: [] };
  for (let i = 0; i < terms.length - 2; i++) {
    const t = terms[i]!;
    // "in Leeds, where the plant closed in May", "on a lake where pike numbers had been rising": a relative adverb
    // after a place opens a clause with its own subject (Quirk § 17.12), set in that place.
    const locative = t.lower === 'where' && i > 0 && (terms[i - 1]!.commaAfter || isNominal(terms[i - 1]!));
    const relative = ((RELATIVE.has(t.lower) || t.lower === 'whose') && i > 0 && terms[i - 1]!.commaAfter) || locative;
    // "for the first time since the hall opened in 1974": that "since" opens a clause of its own too.
    if (!relative && !((SUBORDINATOR.has(t.lower) || boundsComparison(terms, i)) && opensClause(terms, i))) continue;
    if (!relative && participleSubjectBefore(terms, i)) continue;
    const end = clauseEndAfter(terms, i);
    const before = terms.slice(0, i);
    const after = terms.slice(end + 1);
    const inner = terms.slice(i + 1, end + 1);
    // "and not in the barn as first reported": a comment clause asserts nothing of its own; the clause goes on without it.
    // "… will start once the money has been raised": a time clause of a future event asserts nothing yet either.
    if ((t.lower === 'as' && commentClause(inner)) || (!relative && futureTimeClause(t, inner, [...before, ...after]))) {
      return { main: { terms: [...before, ...after], ranges: [...rangesOf(before), ...rangesOf(after)] }, subordinate: [] };
    }
    if (relative && !locative && t.lower !== 'whose' && !hasTag(inner[1], 'Verb')) inner[0] = asVerbAfterRelative(inner[0]!);
    const main = [...before, ...after];
    // "when its brakes failed": the inner clause's verb may be a past form the tagger read as an adjective.
    if (!hasVerb(main) || !hasVerb(retagNounPositions(inner))) continue;
    // "Two men posing as workmen stole a portrait": with only an "-ing" form left, the words before "as" are a noun
    // phrase with a reduced relative (Quirk § 17.97), not a clause; "as" is its preposition, not a subordinator.
    if (!relative && !main.some((w, k) => isFinite(main, k) && !isProgressive(w.lower))) continue;
    const antecedent = relative ? antecedentOf(terms, i) : [];
    // "…, which turned out to be false": a relative clause on the whole clause before it denies that clause.
    const denial = relative && !locative && antecedent.length === 0 ? sententialDenial(inner) : null;
    if (denial) return { main: { terms: main, ranges: [...rangesOf(before), ...rangesOf(after)] }, subordinate: [{ terms: before, ranges: rangesOf(before), frame: denial }] };
    if (relative && antecedent.length === 0) continue;
    const reported = relative ? null : reportedSubordinate(inner);
    const part: ClausePart = locative ? { terms: [...inner], ranges: [...rangesOf(antecedent), ...rangesOf(inner)], background: 'relative' } : relative ? { terms: relativeTerms(antecedent, inner, t), ranges: rangesOf(inner), background: 'relative' } : (reported ?? { terms: inner, ranges: rangesOf(inner), ...(OCCASION_GIVING.has(t.lower) ? { givesOccasion: t.lower === 'when' ? ('simultaneous' as const) : ('sequence' as const) } : {}) });
    // "7,000 are waiting, and 300 died before an organ was found": a closing adverbial clause leaves the coordination
    // before it to split too, so the second conjunct keeps its own subject and figure.
    // "… called the ruling unfair but said there would be no appeal, because …": so do two predicates of one subject.
    const coordinated = !relative && after.length === 0 ? (splitCoordinatedClause(withBareSubjects(before)) ?? splitCoordinated(withBareSubjects(before))) : null;
    if (coordinated) return { main: coordinated.main, subordinate: [...coordinated.subordinate, part] };
    return { main: { terms: main, ranges: [...rangesOf(before), ...rangesOf(after)] }, subordinate: [part] };
  }
  // "…, and police blocked the road": a bare subject the tagger read as a verb is a noun for both coordination readings.
  const subjects = withBareSubjects(terms);
  return splitFrontedGerund(terms) ?? splitResultSupplementive(terms) ?? splitCoordinated(subjects) ?? splitCoordinatedClause(subjects) ?? splitGerundAdverbial(terms) ?? whole;
}

/**
 * "… when the council confirmed that the library would close": an adverbial clause whose verb reports a "that" clause
 * frames that content, held by the clause's subject, as a main clause "The council confirmed that …" does.
 */
function reportedSubordinate(inner: readonly Term[]): ClausePart | null {
  const verb = inner.findIndex((t, k) => k > 0 && hasTag(t, 'Verb'));
  if (verb < 0 || verb > SUBJECT_REACH) return null;
  return reportedConjunct(inner.slice(0, verb), inner.slice(verb));
}

/**
 * "the drill, which runs through Friday and will go ahead as planned": a subordinate or relative part whose predicate is
 * coordinated gives a part per conjunct, each with the part's own marks (background, occasion); a part with a content
 * frame, or none coordinated, stays whole.
 */
export function conjunctParts<P extends { terms: Term[]; ranges: Range[]; frame?: unknown }>(part: P): P[] {
  if (part.frame !== undefined) return [part];
  const split = splitCoordinated('background' in part && part.background !== undefined ? antecedentJoined(part.terms) : part.terms);
  if (!split || split.subordinate.length !== 1 || split.subordinate[0]!.frame !== undefined) return [part];
  const second = split.subordinate[0]!;
  return [{ ...part, terms: split.main.terms, ranges: split.main.ranges }, { ...part, terms: second.terms, ranges: second.ranges }];
}

/**
 * A relative part is its antecedent and the clause after the pronoun ("the drill, which runs …" → "the drill runs …"):
 * the comma that stood before the pronoun does not end the subject the verb follows.
 */
function antecedentJoined(terms: Term[]): Term[] {
  const verb = terms.findIndex((t) => hasTag(t, 'Verb'));
  if (verb < 1 || !terms[verb - 1]!.commaAfter) return terms;
  return terms.map((t, k) => (k === verb - 1 ? { ...t, commaAfter: false } : t));
}

/** "The ferry struck a rock and sank near Paros": the second predicate, with the shared subject, is a part of its own. */
function splitCoordinated(clause: readonly Term[]): SplitClause | null {
  // Only "and" or "but" coordinates two asserted predicates: without one, no reading (nor repair) is needed.
  if (!clause.some((t) => t.lower === 'and' || t.lower === 'but')) return null;
  // Read on the words as the noun-position repairs retag them ("The firm approved …": "firm" read as an adjective is
  // the subject's head; "and accepted two offers": the participle read as an adjective is the verb), and split so.
  const repaired = retagNounPositions(clause);
  const onRepaired = repaired.length === clause.length ? coordinatedPredicate(repaired) : null;
  const terms = onRepaired ? repaired : clause;
  const found = onRepaired ?? coordinatedPredicate(clause);
  if (!found) return null;
  const before = terms.slice(0, found.at);
  const after = terms.slice(found.at + 1);
  // "was arrested and charged on Monday": both participles share the auxiliaries, the subject and the adjuncts.
  if (found.auxiliaries && !found.ownAdjuncts) return { main: { terms: [...terms], ranges: rangesOf(terms) }, subordinate: [{ terms: [...found.subject, ...found.auxiliaries, ...after], ranges: rangesOf(after) }] };
  // "was arrested on Monday and charged on Friday": each participle with its own adjuncts, the second borrowing "was".
  if (found.auxiliaries) return { main: { terms: before, ranges: rangesOf(before) }, subordinate: [{ terms: [...found.subject, ...found.auxiliaries, ...after], ranges: rangesOf(after) }] };
  return {
    main: { terms: before, ranges: rangesOf(before) },
    subordinate: [reportedConjunct(found.subject, after) ?? { terms: [...found.subject, ...after], ranges: rangesOf(after) }],
  };
}

/**
 * "are considered by military standards as absent", "described the plan as dead": "as" after a complex-transitive verb
 * of regarding opens its object's or subject's complement (Quirk et al. 1985, § 16.46), no clause of its own.
 */
function complementAs(terms: readonly Term[], i: number): boolean {
  return terms.slice(Math.max(0, i - REGARD_REACH), i).some((t) => REGARD_VERBS.has(t.root) && hasTag(t, 'Verb') && !t.commaAfter);
}
/** Words between a verb of regarding and its "as" ("considered by military standards as"). */
const REGARD_REACH = 6;
const REGARD_VERBS: ReadonlySet<string> = new Set(REGARDING_VERBS);

/** "when its engine failed": a subject, then a finite verb, before any comma; "as well as", "after the storm" are not clauses. */
function opensClause(terms: readonly Term[], i: number): boolean {
  const next = terms[i + 1]!;
  if (terms[i]!.lower === 'as' && (AS_PHRASE.has(next.lower) || terms[i - 1]?.lower === 'as' || terms[i - 1]?.lower === 'such' || complementAs(terms, i))) return false;
  // "after judges upheld the ban": a plural the tagger read as a verb before a past-tense verb is a subject.
  if (!isNominal(next) && !hasTag(next, 'Determiner') && !hasTag(next, 'Possessive') && !hasTag(next, 'Adjective') && !hasTag(next, 'Value') && !pluralReadAsVerb(next, terms[i + 2], ['PastTense'])) return false;
  // "when its brakes failed": read with the word positions' tags, so a past form read as an adjective is the verb.
  // "after an 83-year-old woman … was charged": a hyphenated compound's parts are one word of the subject.
  const parts = terms.slice(i + 1, i + 1 + 2 * SUBJECT_REACH).filter((t) => hasTag(t, 'Hyphenated')).length;
  const rest = retagNounPositions(terms.slice(i, i + 1 + SUBJECT_REACH + parts));
  for (let k = 1; k < rest.length; k++) {
    if (k > 1 && isFinite(rest, k)) return true;
    if (rest[k]!.commaAfter) return false;
  }
  return false;
}

/** A non-restrictive relative clause as a clause: "whose shares fell" reads its own noun phrase, "which fell" the antecedent. */
function relativeTerms(antecedent: readonly Term[], inner: readonly Term[], pronoun: Term): Term[] {
  return pronoun.lower === 'whose' ? (genitiveClauseTerms(inner, pronoun) ?? [...inner]) : relativeClauseTerms(antecedent, inner, pronoun);
}

/** "which employs 900 people": right after a subject relative and before no verb ("which workers built"), an "-s" form the tagger read as a plural noun is the verb. */
function asVerbAfterRelative(t: Term): Term {
  if (hasTag(t, 'Verb') || !hasTag(t, 'Plural')) return t;
  const lemma = presentTenseLemma(t.lower);
  return lemma ? { ...t, root: lemma, tags: new Set(['Verb', 'PresentTense']) } : t;
}

/**
 * The noun phrase a non-restrictive relative follows ("Halvorsen Shipping, which …" → Halvorsen Shipping), looking
 * past an affiliation in apposition ("Ada Kerr, of Leeds, Yorkshire, who …" → Ada Kerr): comma-separated segments
 * back from the relative, skipping those that open with a preposition and the bare names that follow one.
 */
function antecedentOf(terms: readonly Term[], relative: number): Term[] {
  const segments = commaSegments(terms.slice(0, relative));
  let k = segments.length - 1;
  while (k > 0 && (opensWithPreposition(segments[k]!) || (isBareName(segments[k]!) && opensWithPreposition(segments[k - 1]!)))) k--;
  const segment = segments[k] ?? [];
  let end = segment.length - 1;
  // "The firm, whose …": the quick tagger may read the head as an adjective; after a determiner it heads the phrase.
  const headAfterDeterminer = end > 0 && hasTag(segment[end], 'Adjective') && hasTag(segment[end - 1], 'Determiner');
  if (end < 0 || (!isNominal(segment[end]!) && !headAfterDeterminer)) return [];
  let start = phraseStart(segment, end);
  // "the blaze at the tyre depot, which …": a noun phrase inside a prepositional phrase hands back to the one it modifies.
  while (start >= 2 && hasTag(segment[start - 1], 'Preposition') && isNominal(segment[start - 2]!) && phraseStart(segment, start - 2) === 0) {
    end = start - 2;
    start = 0;
  }
  return segment.slice(start, end + 1);
}

function phraseStart(segment: readonly Term[], end: number): number {
  let start = end;
  while (start > 0 && (isNominal(segment[start - 1]!) || hasTag(segment[start - 1], 'Adjective') || hasTag(segment[start - 1], 'Determiner') || hasTag(segment[start - 1], 'Possessive'))) start--;
  return start;
}

function commaSegments(terms: readonly Term[]): Term[][] {
  const out: Term[][] = [[]];
  for (const t of terms) {
    out[out.length - 1]!.push(t);
    if (t.commaAfter) out.push([]);
  }
  return out.filter((s) => s.length > 0);
}

/** "of Leeds": an affiliation in apposition; "with troops trying to hold off the men" has a verb and ends on the antecedent. */
function opensWithPreposition(segment: readonly Term[]): boolean {
  return hasTag(segment[0], 'Preposition') && !hasVerb(segment);
}

function isBareName(segment: readonly Term[]): boolean {
  return segment.every((t) => hasTag(t, 'ProperNoun'));
}
