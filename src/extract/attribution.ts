import type { Range } from '../ingest/types.js';
import {
  ADDRESSEE_VERBS,
  THAT_ADDRESSEE_VERBS,
  AFTER_VERB_NOT_HOLDER as AFTER_VERB_WORDS,
  CLAUSE_AUXILIARIES as CLAUSE_AUXILIARY_WORDS,
  HOLDER_AUXILIARIES as HOLDER_AUXILIARY_WORDS,
  NEEDS_EXPLICIT_THAT,
} from '../lexicon/attribution-cues.js';
import { frameWordElsewhere, isContentNounUse, isNounHead, isPluralAfterDeterminer, nounInAdjunct } from './frame-word-uses.js';
import { ADVERBIAL_SUBORDINATORS, NON_RESTRICTIVE_RELATIVES } from '../lexicon/clause-cues.js';
import { BE_FORMS, CENTRAL_DETERMINERS, COORDINATORS, PREPOSITIONS, POSSESSIVE_DETERMINERS, SUBJECT_PRONOUNS } from '../lexicon/grammar-words.js';
import { derived, type Lexicon } from '../lexicon/index.js';
import type { ReportingStance } from '../model/claim.js';
import { UNIT_WORDS } from '../lexicon/number-words.js';
import type { Token } from '../segment/tokens.js';
import { coordinatedAfterObject, relativeThatSubject, zeroThatClause } from './zero-that.js';
import { objectLength } from './addressee.js';
import { contentNounClass } from './content-nouns.js';
import { kindOf } from './holder-kind.js';
import { addressedColon, colonContent, GERUND_TAKERS, gerundContentEnd, isGerund } from './content-openers.js';
import { isLyAdverb } from './ly-adverb.js';
import { reportLead } from './report-leads.js';
import { afterFrontedTime } from './fronted-time.js';
import { appositiveHolder, CLAUSE_BREAK, holderBefore, holderStart, finiteBeforeFrame, lastIndex, MAX_APPOSITIVE_TOKENS, MAX_HOLDER_WORDS, opensWithAdverbial, rangeOf, RELATIVE, withoutQuoteMarks } from './holder-span.js';
import { according } from './according-frame.js';
import { afterOpeningCoordinator, afterSubordinator, participleHolder } from './holder-openers.js';
import { commentFrame } from './comment-frames.js';
import { speechNounFrame } from './speech-noun-frame.js';
import { afterClosingWeekday, afterReportTime, timeRange } from './report-time.js';
import { onlyAdverbs, CLOSING_FIGURE_SIGNS, closesQuotation, closesRelative, finiteOutsideRelative, FIGURE_SIGNS, invertedNamedHolder, phrasalWithObject, resumesAfter, trailingHolderRelative, untilBreak, withoutAuxiliary, withoutCoordinator } from './trailing-parts.js';
import { holderHasOwnVerb } from './holder-verbs.js';
import { breaksConcord } from './frame-concord.js';
import { impersonalPassive, passiveTeller, personalPassive } from './passive-frames.js';
import { passiveComplement, passiveRaising } from './raised-frames.js';

const thatVerbs = (lexicon: Lexicon): ReadonlySet<string> => new Set(lexicon.thatVerbs);
/** A leading reporting verb is looked for this many tokens past the longest holder (an opening adverbial and its comma). */
const MAX_OPENER_TOKENS = 8;
/** Words allowed between a reporting verb and its "that" ("told reporters on Monday that"). */
const MAX_THAT_GAP = 7;
const PRONOUNS = new Set(SUBJECT_PRONOUNS);
const PREPOSITION = new Set(PREPOSITIONS);
const BE = new Set(BE_FORMS);
const AFTER_VERB_NOT_HOLDER = new Set(AFTER_VERB_WORDS);
const DETERMINER = new Set(CENTRAL_DETERMINERS);
const COORDINATOR_WORDS = new Set(COORDINATORS);
const TELLING = new Set(ADDRESSEE_VERBS);
const THAT_ADDRESSEE = new Set(THAT_ADDRESSEE_VERBS);
const CLAUSE_AUXILIARIES = new Set(CLAUSE_AUXILIARY_WORDS);
const HOLDER_AUXILIARIES = new Set(HOLDER_AUXILIARY_WORDS);
const SUBORDINATORS = new Set(ADVERBIAL_SUBORDINATORS);
const WH_RELATIVES = new Set(NON_RESTRICTIVE_RELATIVES);
const EXPLICIT_THAT: ReadonlySet<string> = new Set(NEEDS_EXPLICIT_THAT);

export interface FoundAttribution {
  holder: Range;
  holderKind: 'named' | 'anonymous';
  verb?: Range;
  verbLemma?: string;
  stance: ReportingStance;
  via?: Range;
  /** The words that date the report, not what it reports ("On Monday police said", "said at 3 p.m."): report-time.ts. */
  time?: Range;
  /** What remains of the clause once the attribution is removed: the proposition. */
  proposition: Range;
  /** "The storm, officials said, flattened 40 barns": where the proposition goes on after a frame inside it. */
  resumes?: Range;
  /** "The board, which runs the port, said …": the holder with its non-restrictive relative clause, a claim of the writer's. */
  holderRelative?: Range;
  /** "He is said to be ill": the frame names no holder, so a pronoun in the proposition does not stand for it. */
  unnamed?: boolean;
  /** "Five people were reported killed": the proposition goes on at `resumes` at once (one clause round the frame word). */
  continues?: boolean;
  pronoun: boolean;
}

/** Finds who asserts the clause and what they assert; null when the clause is in the author's own voice. */
export function findAttribution(tokens: readonly Token[], clause: Range, lexicon: Lexicon): FoundAttribution | null {
  const outer = according(tokens, clause, lexicon) ?? speechNounFrame(tokens, clause, lexicon);
  if (outer) return nested(tokens, outer, lexicon) ?? outer;
  const comment = commentFrame(tokens, clause, lexicon);
  if (comment) return comment;
  const first = leading(tokens, clause, lexicon);
  // "The Ledger reported that officials said P": a plain report of a report holds P through its inner frame.
  if (first && first.stance === 'reported') return nested(tokens, first, lexicon) ?? first;
  return first ?? trailing(tokens, clause, lexicon);
}

/** "According to the report, the man said P", "the paper reported that the man said P": the inner frame holds P, citing the outer source (as "via"). */
function nested(tokens: readonly Token[], outer: FoundAttribution, lexicon: Lexicon): FoundAttribution | null {
  const inside = tokens.filter((t) => t.start >= outer.proposition.start && t.end <= outer.proposition.end);
  const inner = leading(inside, outer.proposition, lexicon);
  return inner && !inner.pronoun ? { ...inner, via: inner.via ?? outer.holder } : null;
}

/** "X said (that) P", "X, citing Y, reported P", "Speaking in Z, X said P". */
function leading(tokens: readonly Token[], clause: Range, lexicon: Lexicon): FoundAttribution | null {
  for (let v = 1; v < Math.min(tokens.length - 1, MAX_HOLDER_WORDS + Math.max(MAX_OPENER_TOKENS, MAX_APPOSITIVE_TOKENS)); v++) {
    const lemma = lexicon.reportingForms[tokens[v]!.lower];
    // "plans to announce": an infinitive is no report, save in a frame that makes it the subject's ("are pleased to confirm").
    if (!lemma || (tokens[v - 1]!.lower === 'to' && reportLead(tokens, v) === v) || tokens[v - 1]!.lower === 'not') continue;
    // "P, X said, adding that …": an "-ing" form after a comma opens a supplementive clause, never a frame's finite verb.
    if (tokens[v - 1]!.lower === ',' && tokens[v]!.lower.endsWith('ing')) continue;
    if (isNounHead(tokens, v, lemma) || isPluralAfterDeterminer(tokens, v, lemma) || frameWordElsewhere(tokens, v) || isContentNounUse(tokens, v)) continue;
    // "found a woman trapped", "was found alive": these frame only a clause their "that" opens.
    if (EXPLICIT_THAT.has(lemma) && !tokens.slice(v + 1, v + 1 + MAX_THAT_GAP).some((t) => t.lower === 'that')) continue;
    const next = tokens[v + 1]!;
    const raised = passiveRaising(tokens, v, clause, lemma, lexicon) ?? passiveComplement(tokens, v, clause, lemma, lexicon);
    if (raised) return raised;
    // "P, X said, adding …": the verb closes a trailing attribution; trailing() handles it.
    if (next.lower === ',' || next.lower === '.') continue;
    // "confirmed on Wednesday that …": a short adverbial may stand between the verb and its "that".
    // "P, X said on Monday, adding that …": a "that" after another reporting verb is that verb's.
    const gap = tokens.slice(v + 1, v + 1 + MAX_THAT_GAP);
    // "said the bridge had reopened and that …": a "that" after a coordinator opens a second content clause, not the first.
    const thatFirst = gap.findIndex((t, k) => t.lower === 'that' && !COORDINATOR_WORDS.has((k > 0 ? gap[k - 1]! : tokens[v]!).lower));
    const thatAt = thatFirst > 0 && gap.slice(0, thatFirst).some((t, k) => t.lower.endsWith('ing') && (k > 0 ? gap[k - 1]! : tokens[v]!).lower === ',' && lexicon.reportingForms[t.lower] !== undefined) ? -1 : thatFirst;
    // "said reports that the port had closed were false": a "that" after a content noun opens the noun's clause; only a
    // denial or confirmation of the noun ("denied reports that …") holds that clause itself.
    const nounThat = thatAt > 0 && contentNounClass(tokens[v + thatAt]!.lower) !== undefined && !HOLDS_NOUN_CLAUSE.has(lexicon.reportingVerbs[lemma] ?? 'reported') && !nounInAdjunct(tokens, v, thatAt);
    // "denied signing the deal that cost the firm millions": after a gerund the "that" opens a relative clause on its object.
    const gerundFirst = GERUND_TAKERS.has(lemma) && isGerund(tokens, v + 1);
    // "said a compound that houses families was shelled": the "that" is a relative pronoun on the clause's subject.
    const relativeThat = thatAt > 0 && !THAT_ADDRESSEE.has(lemma) && relativeThatSubject(tokens, v + 1, v + 1 + thatAt);
    const hasThat = thatAt >= 0 && !nounThat && !gerundFirst && !relativeThat && tokens.slice(v + 1, v + 1 + thatAt).every((t) => t.kind !== 'punct');
    // "was declared the winner", "has been declared fit to race": a personal passive with a complement, no content clause.
    if (!hasThat && personalPassive(tokens, v)) continue;
    // "wrote on Monday: 'the bridge is safe'": a colon after the verb (and a short adverbial) opens what is said (Quirk § 14.29).
    const colonAt = hasThat ? -1 : Math.max(colonContent(tokens, v + 1), TELLING.has(lemma) ? addressedColon(tokens, v + 1) : -1);
    const toldObject = TELLING.has(lemma) && !hasThat ? objectLength(tokens, v + 1, lexicon) : 0;
    // "denied taking any payments", "admitted falsifying the records": a gerund is the clause held (Quirk § 16.40).
    const gerund = !hasThat && gerundFirst;
    // "admitted its vessel was not carrying …": a content clause without "that" (Quirk § 16.31, zero that-clause).
    // Only after a finite verb: "the dossier announcing the closure was issued" is a participle modifying its noun.
    const zeroThat = relativeThat || (!hasThat && toldObject === 0 && !TELLING.has(lemma) && !tokens[v]!.lower.endsWith('ing') && zeroThatClause(tokens, v + 1));
    if ((derived(lexicon, thatVerbs).has(lemma) || coordinatedAfterObject(tokens, v + 1)) && !hasThat && !zeroThat && toldObject === 0 && !gerund && colonAt < 0) continue;
    // "released a video showing the attack", "A photo showing the damage was shared": an "-ing" reporting verb right
    // after a noun, with only a noun phrase after it, is a participle modifying that noun (Quirk § 17.97), no frame.
    // "a statement saying the plant was safe" keeps its frame: a clause follows.
    if (tokens[v]!.lower.endsWith('ing') && tokens[v - 1]!.kind === 'word' && !hasThat && !zeroThat && toldObject === 0 && !gerund && colonAt < 0 && !zeroThatClause(tokens, v + 1)) continue;
    // "We are delighted to announce that …": the holder stands before the frame of the reporting verb.
    const lead = reportLead(tokens, v);
    const appositive = appositiveHolder(tokens, lead);
    const { start: frameStart, end: spokenEnd, via, named } = appositive ?? holderStart(tokens, lead);
    // "Shares fell after Globex said …": the holder is the subject after the subordinator, not the clause before it.
    const clauseStart = afterSubordinator(tokens, frameStart, v);
    const opener = participleHolder(tokens, clauseStart, spokenEnd, v);
    const start = afterOpeningCoordinator(tokens, afterFrontedTime(tokens, opener, spokenEnd), spokenEnd);
    if (start < 0 || spokenEnd - start > MAX_HOLDER_WORDS || v - spokenEnd > MAX_APPOSITIVE_TOKENS) continue;
    if (clauseStart > 0 && !opensWithAdverbial(tokens) && named === undefined) continue;
    // "Police have confirmed": the auxiliary belongs to the verb, not to the holder.
    // "BBC News is reporting": so does the "be" of a progressive.
    const progressive = tokens[v]!.lower.endsWith('ing');
    let holderEnd = spokenEnd;
    // "The coach flatly denied": so does a manner adverb.
    while (holderEnd > start + 1 && (HOLDER_AUXILIARIES.has(tokens[holderEnd - 1]!.lower) || (!tokens[holderEnd - 1]!.capitalized && isLyAdverb(tokens[holderEnd - 1]!.lower)) || (progressive && BE.has(tokens[holderEnd - 1]!.lower)))) holderEnd--;
    const holderTokens = tokens.slice(start, holderEnd);
    if (!holderTokens.some((t) => t.kind === 'word') || holderHasOwnVerb(tokens, start, v, lemma) || breaksConcord(holderTokens, tokens[v]!, lemma)) continue;
    // "The mayor toured the site and told reporters that …": a coordinated predicate; the clause split frames it. So does
    // "On Sunday, the car did not reopen, and a spokeswoman said …": a coordinated clause of its own.
    if (COORDINATOR_WORDS.has(holderTokens[holderTokens.length - 1]!.lower) || (start > 1 && COORDINATOR_WORDS.has(holderTokens[0]!.lower))) continue;
    if (impersonalPassive(holderTokens, tokens[v]!)) holderEnd = v + 1;
    // "Alhakim, who said …, briefed the council": a relative pronoun is no holder; the relative clause is an aside.
    if (holderTokens.length === 1 && RELATIVE.has(holderTokens[0]!.lower)) continue;
    // "told reporters the man was not armed": the proposition follows the addressee.
    let propStart = hasThat ? v + 1 + thatAt : colonAt >= 0 ? colonAt + 1 : v + 1 + toldObject;
    // "said Monday the bridge had reopened", "said on Tuesday that …": the time phrase dates the saying.
    const timeEnd = afterReportTime(tokens, v + 1, tokens.length);
    const dated = timeEnd > v + 1 && (hasThat ? timeEnd === v + 1 + thatAt : colonAt < 0 && toldObject === 0 && !gerund);
    if (dated && !hasThat) propStart = timeEnd;
    while (tokens[propStart] && (tokens[propStart]!.lower === 'that' || tokens[propStart]!.lower === ',')) propStart++;
    // "Building work stopped in May, the council said on Monday.": nothing after the frame; the clause before it is what was said.
    if (!tokens[propStart] || (!tokens.slice(afterClosingWeekday(tokens, propStart)).some((t) => t.kind === 'word') && finiteBeforeFrame(tokens, start))) return null;
    const impersonal = impersonalPassive(holderTokens, tokens[v]!);
    const teller = impersonal ? undefined : passiveTeller(tokens, start, holderEnd, v, hasThat ? thatAt : -1);
    const found: FoundAttribution = {
      holder: teller ? rangeOf(tokens, teller.start, teller.end) : rangeOf(tokens, start, holderEnd),
      holderKind: impersonal ? 'anonymous' : kindOf(teller ? tokens.slice(teller.start, teller.end) : holderTokens, lexicon),
      verb: rangeOf(tokens, v, v + 1),
      verbLemma: lemma,
      stance: lexicon.reportingVerbs[lemma] ?? 'reported',
      proposition: { start: tokens[propStart]!.start, end: gerund ? gerundContentEnd(tokens, propStart, clause.end, lexicon.reportingForms) : clause.end },
      pronoun: holderTokens.length === 1 && PRONOUNS.has(holderTokens[0]!.lower),
    };
    if (impersonal) found.unnamed = true;
    if (via) found.via = rangeOf(tokens, via.from + 2, via.to);
    if (appositive?.relative) found.holderRelative = { start: tokens[start]!.start, end: tokens[appositive.relative.to - 1]!.end };
    const time = dated ? timeRange(tokens, v + 1, timeEnd) : timeRange(tokens, opener, start);
    if (time) found.time = time;
    return found;
  }
  return null;
}

/** Stances whose verb, with a content noun as object, holds the noun's clause: "denied reports that …" denies it. */
const HOLDS_NOUN_CLAUSE: ReadonlySet<ReportingStance> = new Set(['denied', 'confirmed']);

/**
 * "P, X said." / "P, said X, the lead author." / "P, X said on Wednesday, and Y warned …": the first comma whose
 * following segment (up to the next comma) is a short holder with a reporting verb; the proposition is before it.
 */
const POSSESSIVES: ReadonlySet<string> = new Set(POSSESSIVE_DETERMINERS);
/**
 * The word before segment[k] is a determiner, a possessive pronoun, a genitive or a figure ("the report", "its claims",
 * "the firm's statement", "two reports"): what follows is a noun.
 */
function afterDeterminer(segment: readonly Token[], k: number): boolean {
  const before = segment[k - 1];
  if (before === undefined) return false;
  const word = before.lower;
  return DETERMINER.has(word) || POSSESSIVES.has(word) || GENITIVE.test(word) || before.kind === 'number' || UNIT_WORDS.has(word);
}
const GENITIVE = /['’]s$/;

function trailing(tokens: readonly Token[], clause: Range, lexicon: Lexicon): FoundAttribution | null {
  for (let comma = 1; comma < tokens.length - 1; comma++) {
    if (tokens[comma]!.lower !== ',' && tokens[comma]!.lower !== '"') continue;
    const segment = untilBreak(tokens, comma + 1);
    // '"We will be back," she joked': a speech-tag verb frames a quotation that closes at this comma, nothing else.
    const tags = closesQuotation(tokens, comma) ? lexicon.speechTagForms : undefined;
    const frameLemma = (t: Token) => lexicon.reportingForms[t.lower] ?? tags?.[t.lower];
    // "…, the council released the report", "…, the report says": a form after a determiner or possessive is a noun.
    const verbAt = segment.findIndex((t, k) => frameLemma(t) !== undefined && !frameWordElsewhere(tokens, comma + 1 + k) && !afterDeterminer(segment, k));
    // "…, declined to comment": a reporting verb after "to" is an infinitive, never a frame's finite verb.
    if (verbAt < 0 || verbAt > MAX_HOLDER_WORDS || segment[verbAt - 1]?.lower === 'to') continue;
    // "…, accusing its crew of …, the agency said": a closing comment clause is finite (Quirk § 15.54); an "-ing" form
    // opens a supplementive clause (§ 15.60), so the frame is a later segment.
    if (segment[verbAt]!.lower.endsWith('ing')) continue;
    const after = segment[verbAt + 1]?.lower;
    if (after === 'that' || phrasalWithObject(segment, verbAt, frameLemma(segment[verbAt]!))) continue;
    // "…, and officials said they would review it", "…, and a spokeswoman said inspectors were …": a coordinated clause
    // with a content clause of its own (any word after the verb but one opening a complement or a time) reports that.
    // "…, and she told us: 'Q'": so does one whose colon opens what it says.
    if (verbAt > 0 && COORDINATOR_WORDS.has(segment[0]!.lower) && ((after !== undefined && (PRONOUNS.has(after) || DETERMINER.has(after) || !AFTER_VERB_NOT_HOLDER.has(after))) || tokens[comma + 1 + segment.length]?.lower === ':')) continue;
    const lemma = frameLemma(segment[verbAt]!)!;
    // "P, the study found.": these frame a clause before them only with the holder first and nothing after the verb.
    if (EXPLICIT_THAT.has(lemma) && (verbAt === 0 || segment.length > verbAt + 1)) continue;
    // ", and it maintains a watch": a verb that reports only with a clause has an object here, so it is the act.
    if (verbAt > 0 && after !== undefined && DETERMINER.has(after) && derived(lexicon, thatVerbs).has(lemma) && !TELLING.has(lemma)) continue;
    // '"P," X, who led the study, said of the paper': the holder stands before the relative clause, not after the verb.
    // '"P," the victim's mother, Joanne Reeves, said.': nothing after the verb, so the holder stands before it.
    // '"P," X, the envoy, reportedly said.': only an adverb before the verb, so the holder stands before it too.
    const adverbsOnly = verbAt > 0 && segment.slice(0, verbAt).every((t) => t.kind === 'word' && t.lower.endsWith('ly'));
    const holderBehind = (verbAt === 0 || adverbsOnly) && (segment.length === verbAt + 1 || AFTER_VERB_NOT_HOLDER.has(segment[verbAt + 1]?.lower ?? ''));
    const earlier = holderBehind ? holderBefore(tokens, comma) : null;
    if (holderBehind && !earlier) continue;
    // "The mayor, who leads the coalition, rejected the plan": a comma closing a non-restrictive relative clause is
    // followed by the main clause's own verb (Quirk § 17.22), not by an inverted frame ("…, said the mayor").
    if (verbAt === 0 && !earlier && closesRelative(tokens, comma)) continue;
    const described = withoutAuxiliary(withoutCoordinator(withoutQuoteMarks(earlier ? earlier.tokens : verbAt === 0 ? segment.slice(1) : segment.slice(0, verbAt))));
    const named = verbAt === 0 && !earlier ? invertedNamedHolder(tokens, comma + 1 + segment.length, described) : null;
    const holderTokens = named ?? described;
    // ", the minister opened the bridge and said …": a coordinator before the verb joins a second predicate, no holder.
    if (holderTokens.length === 0 || COORDINATOR_WORDS.has(holderTokens[holderTokens.length - 1]!.lower) || onlyAdverbs(holderTokens)) continue;
    if (holderTokens.length === 1 && RELATIVE.has(holderTokens[0]!.lower)) continue;
    // ", despite claims from parents,": a phrase a preposition opens is an adjunct, and a verb form in it a noun ("claims").
    if (PREPOSITION.has(holderTokens[0]!.lower)) continue;
    // ", as engineers had warned it would": a subordinator opens an adverbial clause, not a holder (comment-frames.ts
    // reads the comment clauses of saying).
    if (SUBORDINATORS.has(holderTokens[0]!.lower)) continue;
    // ", who has reported for the Herald,": a relative clause is an aside on a noun, never a frame of its own.
    if (holderTokens.length > 0 && WH_RELATIVES.has(holderTokens[0]!.lower)) continue;
    // ", she was called to duty in 1990": a passive verb with a complement is the event, not a frame ("…, it was reported.");
    // an impersonal passive dated by a closing weekday ("…, it was reported on Friday") is still a frame (Quirk § 16.33).
    if (verbAt > 0 && BE.has(holderTokens[holderTokens.length - 1]!.lower) && segment.length > verbAt + 1 && !(impersonalPassive(holderTokens, segment[verbAt]!) && afterClosingWeekday(segment, verbAt + 1) === segment.length)) continue;
    // '"The Exiles" was written by Ovid': a holder is more than an auxiliary before the verb.
    if (!holderTokens.some((t) => t.kind === 'word' && !BE.has(t.lower) && !HOLDER_AUXILIARIES.has(t.lower))) continue;
    // "…, shows the agency has approved it": a clause after the verb is what is said, not who says it.
    if (verbAt === 0 && !earlier && holderTokens.some((t) => CLAUSE_AUXILIARIES.has(t.lower))) continue;
    // "…, was not among those sold and will stay on show": a finite verb before the frame's verb makes the words a
    // predicate of the clause's own subject, not a holder, unless a relative clause of the holder holds it ("the man who was hurt").
    if (verbAt > 0 && finiteOutsideRelative(holderTokens) && !impersonalPassive(holderTokens, segment[verbAt]!)) continue;
    // "…, reported net earnings of $52m": a figure inside the phrase after the verb makes it what is reported, not who.
    if (verbAt === 0 && !earlier && holderTokens.some((t, k) => FIGURE_SIGNS.has(t.lower) || (k > 0 && t.kind === 'number'))) continue;
    const propEnd = lastIndex(tokens, (earlier ? earlier.comma : comma) - 1, (t) => t.kind !== 'punct' || t.lower === '"' || CLOSING_FIGURE_SIGNS.has(t.lower));
    if (propEnd < 0) continue;
    const resumes = earlier ? undefined : resumesAfter(tokens, comma + 1 + segment.length, clause);
    // "…, it was reported on Friday": an impersonal passive names no holder; the frame stands as the anonymous one.
    const impersonal = impersonalPassive(holderTokens, segment[verbAt]!);
    const found: FoundAttribution = {
      holder: { start: holderTokens[0]!.start, end: impersonal ? segment[verbAt]!.end : holderTokens[holderTokens.length - 1]!.end },
      holderKind: impersonal ? 'anonymous' : kindOf(holderTokens, lexicon),
      verb: { start: segment[verbAt]!.start, end: segment[verbAt]!.end },
      verbLemma: lemma,
      stance: lexicon.reportingVerbs[lemma] ?? 'reported',
      proposition: { start: clause.start, end: tokens[propEnd]!.end },
      pronoun: holderTokens.length === 1 && PRONOUNS.has(holderTokens[0]!.lower),
    };
    if (resumes) found.resumes = resumes;
    // After the holder: before the frame's verb ('"P," X, who led the study, said') or, inverted, after it ('"P," said X, who …').
    const afterHolder = earlier ? tokens.indexOf(earlier.tokens[earlier.tokens.length - 1]!) + 1 : named ? tokens.indexOf(named[named.length - 1]!) + 1 : verbAt === 0 ? comma + 1 + segment.length : -1;
    const relative = trailingHolderRelative(tokens, afterHolder, earlier ? comma : undefined);
    if (relative) found.holderRelative = { start: found.holder.start, end: relative.end };
    const time = timeRange(segment, verbAt + 1, afterClosingWeekday(segment, verbAt + 1));
    if (time) found.time = time;
    return found;
  }
  return null;
}
