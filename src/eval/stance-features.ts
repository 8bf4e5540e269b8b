import type { Claim } from '../model/claim.js';
import { GainsayError } from '../model/errors.js';
import type { OptionsInput } from '../model/options.js';
import { DEFAULT_MIN_MATCH } from '../match/similarity.js';
import { type CompareClaimsFn, type MatchClaimsFn } from './pipeline.js';
import { againstCues, observingCues, readFrames, type StanceFrames } from './stance-frames.js';
import { isFirm, judgeClaims, type JudgeEvidence } from './stance-judge.js';
import { claimCover } from './stance-cover.js';
import { holderMatch } from './stance-holder.js';
import { refutationsNear, textProfile, type TextProfile } from './stance-text.js';

/** Features read on every body, each entered twice: as named for every body, and "short…" again for one-line reports. */
export const SHARED_FEATURES = [
  'coverage',
  'keyCoverage',
  'nameCoverage',
  'bestMatch',
  'anyMatch',
  'matchedClaims',
  'firmShare',
  'negatedShare',
  'conflict',
  'opposingConflict',
  'detailConflict',
  'sourceConflict',
  'firmMatch',
  'hedgedMatch',
  'deniedMatch',
  'headlineNegated',
  'headlineHedged',
  'headlineRefutation',
  'headlineObserving',
  'bodyNegated',
  'bodyFirm',
] as const;
/**
 * The named signals the stance model weighs: how much of the headline the body covers; the claim judge's verdicts
 * on the headline's claims against the body's (stance-judge.ts); the reporting frames of the headline and of the
 * body (stance-frames.ts: denies, calls a hoax, attributes, hedges, asks) and Ferreira & Vlachos's line cues
 * (stance-cues.ts: refuting and hedging sets, negation aligned with the claim, colon labels and source tags, cues
 * that open the line); whether a one-line report states the claim's verbs, actors and numbers (stance-cover.ts), and
 * its coverage of the claim when it also attributes or denies; how much a long body hedges, negates or refutes; and
 * the body's length. One model serves
 * one-line reports (Emergent) and news bodies (FNC-1): every signal read on both kinds of body is entered for
 * every body and again as "short…", a correction for a headline-length body (0 on a long one), and the frame
 * cues of a one-line report and the word counts of a long body are features of that kind alone, so a one-line
 * report is not weighed with a long body's weights alone. The weights are fitted by `npm run calibrate` (scripts/calibrate-stance.ts) into
 * stance-model.json.
 */
export const STANCE_FEATURES = [
  ...SHARED_FEATURES,
  'leadCoverage',
  'leadAgainst',
  'leadObserving',
  'refutation',
  'topicalRefutation',
  'negators',
  'hedges',
  'shortCoverage',
  'shortKeyCoverage',
  'shortNameCoverage',
  'shortBestMatch',
  'shortAnyMatch',
  'shortMatchedClaims',
  'shortFirmShare',
  'shortNegatedShare',
  'shortConflict',
  'shortOpposingConflict',
  'shortDetailConflict',
  'shortSourceConflict',
  'shortFirmMatch',
  'shortHedgedMatch',
  'shortDeniedMatch',
  'shortHeadlineNegated',
  'shortHeadlineHedged',
  'shortHeadlineRefutation',
  'shortHeadlineObserving',
  'shortBodyNegated',
  'shortBodyFirm',
  'shortDenial',
  'shortFalsity',
  'shortRebuttal',
  'shortAttribution',
  'shortHedge',
  'shortQuestion',
  'shortQuestionEnds',
  'shortQuestionAnswered',
  'shortQuestionOpens',
  'shortFactive',
  'shortSameHolder',
  'shortOtherHolder',
  'shortSharedAttribution',
  'shortPending',
  'shortConfirmation',
  'shortNegationMismatch',
  'shortRefuting',
  'shortHedging',
  'shortDispute',
  'shortNegatedShared',
  'shortColonLabel',
  'shortColonReport',
  'shortAgainstOpens',
  'shortHedgeOpens',
  'shortColonTail',
  'shortSourceTag',
  'shortAttributionEnds',
  'shortVeracityNegated',
  'shortDebunk',
  'shortLogWords',
  'shortVerbCover',
  'shortActorCover',
  'shortNumberCover',
  'shortNumberClash',
  'shortObservedCover',
  'shortAgainstCover',
  'short',
  'logWords',
] as const;
export type StanceFeature = (typeof STANCE_FEATURES)[number];
type SharedFeature = (typeof SHARED_FEATURES)[number];
type ShortShared = `short${Capitalize<SharedFeature>}`;
const shortName = (n: SharedFeature) => `short${n[0]!.toUpperCase()}${n.slice(1)}` as ShortShared;
export type StanceFeatures = Record<StanceFeature, number>;

/** A headline or body as the stance model reads it: its claims, its raw words, and the frame of its lead. */
export interface StanceSide {
  claims: readonly Claim[];
  profile: TextProfile;
  /** reporting frame of a headline-length text, or of a longer text's first sentence */
  frames: StanceFrames;
}

/** Up to this many words a body is a headline-length report: its claims are judged pair by pair, matched or not. */
export const HEADLINE_LENGTH = 40;
const SENTENCE_END = /[.!?](?=\s+["'‘“(]?[A-Z0-9])/;

/** The first sentence of a text: where a report states its frame ("X denies Y"). */
export function leadSentence(text: string): string {
  const end = SENTENCE_END.exec(text);
  return end === null ? text : text.slice(0, end.index + 1);
}

/** A side from its text and the claims gainsay extracted from it (claims are taken as given, not re-validated). */
export function stanceSide(text: string, claims: readonly Claim[]): StanceSide {
  if (typeof text !== 'string') throw new GainsayError('invalid-input', [{ path: ['text'], message: `expected a string, got ${typeof text}` }]);
  if (!Array.isArray(claims)) throw new GainsayError('invalid-input', [{ path: ['claims'], message: 'expected an array of claims' }]);
  const profile = textProfile(text);
  return { claims, profile, frames: readFrames(profile.words <= HEADLINE_LENGTH ? text : leadSentence(text)) };
}

export interface StanceFeatureOptions {
  /** gainsay's own by default */
  matchClaims?: MatchClaimsFn;
  /** gainsay's own by default */
  compareClaims?: CompareClaimsFn;
  /** Passed to matchClaims and compareClaims; its minMatch sets which body claims count as matched. */
  analyzeOptions?: OptionsInput;
}

const PER_HUNDRED = 100;

function share<T>(items: readonly T[], test: (item: T) => boolean): number {
  return items.length === 0 ? 0 : items.filter(test).length / items.length;
}

const notAffirmed = (c: Claim) => c.proposition.state !== 'affirmed';
const indicator = (x: boolean) => (x ? 1 : 0);
/** Cue counts enter as log(1 + n): the first cue says most. */
const logCount = (n: number) => Math.log1p(n);

/** Share of the headline's keys that occur among the body claims' keys. */
export function keyCoverage(headlineClaims: readonly Claim[], bodyClaims: readonly Claim[]): number {
  const headline = new Set(headlineClaims.flatMap((c) => c.keys));
  const body = new Set(bodyClaims.flatMap((c) => c.keys));
  return share([...headline], (k) => body.has(k));
}

export function isHeadlineLength(side: StanceSide): boolean {
  return side.profile.words <= HEADLINE_LENGTH;
}

/** The judge's evidence for a pair: every claim pair for a headline-length body, matched pairs otherwise. */
export function stanceEvidence(headline: StanceSide, body: StanceSide, options: StanceFeatureOptions = {}): JudgeEvidence {
  return judgeClaims(headline.claims, body.claims, { ...options, everyPair: isHeadlineLength(body) });
}

/** The named features of one headline–body pair. */
export function stanceFeatures(headline: StanceSide, body: StanceSide, options: StanceFeatureOptions = {}): StanceFeatures {
  return featuresFrom(headline, body, stanceEvidence(headline, body, options), options.analyzeOptions);
}

/** The features from a pair and the judge's evidence on it. */
export function featuresFrom(headline: StanceSide, body: StanceSide, evidence: JudgeEvidence, analyzeOptions?: OptionsInput): StanceFeatures {
  const h = headline.profile;
  const b = body.profile;
  const lead = body.frames;
  const short = indicator(isHeadlineLength(body));
  const long = 1 - short;
  const both = sharedFeatures(headline, body, evidence, analyzeOptions);
  const cover = claimCover(headline.claims, body.claims, b.stemSet);
  const holder = holderMatch(headline.claims, body.claims, h.stemSet);
  return {
    // Each signal read on both kinds of body has a weight for every body and a correction for one-line reports:
    // one-line bodies of a related-vs-unrelated set (FNC-1) keep the weights that tell unrelated pairs apart.
    ...both,
    ...(Object.fromEntries(SHARED_FEATURES.map((n) => [shortName(n), short * both[n]])) as Record<ShortShared, number>),
    leadCoverage: share(h.stems, (s) => b.leadStems.has(s)),
    // A long body's first sentence only sets the scene; its word counts carry its stance.
    leadAgainst: long * logCount(againstCues(lead)),
    leadObserving: long * logCount(observingCues(lead)),
    refutation: long * logCount(b.refutations),
    topicalRefutation: long * logCount(refutationsNear(b, h.stemSet)),
    negators: (long * PER_HUNDRED * b.negators) / Math.max(1, b.words),
    hedges: long * logCount(b.hedges),
    // A one-line report's frame is its whole stance.
    shortDenial: short * logCount(lead.denial),
    shortFalsity: short * logCount(lead.falsity),
    shortRebuttal: short * logCount(lead.rebuttal),
    shortAttribution: short * logCount(lead.attribution),
    shortHedge: short * logCount(lead.hedge),
    shortQuestion: short * lead.question,
    shortQuestionEnds: short * lead.questionEnds,
    shortQuestionAnswered: short * lead.questionAnswered,
    shortQuestionOpens: short * lead.questionOpens,
    shortFactive: short * logCount(lead.factive),
    shortSameHolder: short * holder.same,
    shortOtherHolder: short * holder.other,
    // A claim that is itself a report ("X says Y") is repeated, not merely reported, by "X claims Y".
    shortSharedAttribution: short * indicator(lead.attribution > 0 && headline.frames.attribution > 0),
    shortPending: short * logCount(lead.pending),
    shortConfirmation: short * logCount(lead.confirmation),
    shortNegationMismatch: short * indicator(lead.negation > 0 !== headline.frames.negation > 0),
    shortRefuting: short * logCount(lead.refuting),
    shortHedging: short * logCount(lead.hedging),
    shortDispute: short * logCount(lead.dispute),
    shortNegatedShared: short * indicator(negatedAgainst(headline, body) > 0),
    shortColonLabel: short * lead.colonLabel,
    shortColonReport: short * lead.colonReport,
    shortAgainstOpens: short * lead.againstOpens,
    shortHedgeOpens: short * lead.hedgeOpens,
    shortColonTail: short * lead.colonTail,
    shortSourceTag: short * lead.sourceTag,
    shortAttributionEnds: short * lead.attributionEnds,
    shortVeracityNegated: short * indicator(lead.veracityNegated > 0),
    shortDebunk: short * logCount(lead.debunk),
    shortLogWords: short * Math.log1p(b.words),
    shortVerbCover: short * cover.verbs,
    shortActorCover: short * cover.actors,
    shortNumberCover: short * cover.numbers,
    shortNumberClash: short * cover.numberClash,
    // A report that covers the claim yet attributes or hedges it observes; one that covers it and denies it is against.
    shortObservedCover: short * both.coverage * indicator(observingCues(lead) + lead.hedging + lead.colonLabel > 0),
    shortAgainstCover: short * both.coverage * indicator(againstCues(lead) + lead.refuting + lead.dispute > 0),
    short,
    logWords: Math.log1p(b.words),
  };
}

/** Words of the claim (headline) the report negates and the claim does not: Ferreira & Vlachos's negation alignment. */
export function negatedAgainst(headline: StanceSide, body: StanceSide): number {
  const claim = headline.profile;
  return [...body.profile.negatedStems].filter((s) => claim.stemSet.has(s) && !claim.negatedStems.has(s)).length;
}

/** The signals read the same way on a long body and on a one-line report (weighed separately for each). */
function sharedFeatures(headline: StanceSide, body: StanceSide, evidence: JudgeEvidence, analyzeOptions?: OptionsInput): Record<SharedFeature, number> {
  const h = headline.profile;
  const b = body.profile;
  const minMatch = analyzeOptions?.minMatch ?? DEFAULT_MIN_MATCH;
  return {
    coverage: share(h.stems, (s) => b.stemSet.has(s)),
    keyCoverage: keyCoverage(headline.claims, body.claims),
    nameCoverage: share(h.names, (s) => b.stemSet.has(s)),
    bestMatch: evidence.bestMatch,
    anyMatch: indicator(evidence.bestMatch >= minMatch),
    matchedClaims: logCount(evidence.judged.length),
    firmShare: share(evidence.judged, isFirm),
    negatedShare: share(evidence.judged, notAffirmed),
    conflict: evidence.contradiction,
    opposingConflict: evidence.byGroup.opposing,
    detailConflict: evidence.byGroup.detail,
    sourceConflict: evidence.byGroup.source,
    firmMatch: evidence.firmMatch,
    hedgedMatch: evidence.hedgedMatch,
    deniedMatch: evidence.deniedMatch,
    headlineNegated: indicator(headline.claims.some(notAffirmed)),
    headlineHedged: indicator(headline.claims.some((c) => !isFirm(c))),
    headlineRefutation: indicator(againstCues(headline.frames) > 0),
    headlineObserving: indicator(observingCues(headline.frames) > 0),
    bodyNegated: share(body.claims, notAffirmed),
    bodyFirm: share(body.claims, isFirm),
  };
}
