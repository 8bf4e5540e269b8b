import type { Claim } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { stem } from '../extract/keys.js';
import { FUNCTION_WORDS } from '../lexicon/function-words.js';
import { REFUTATION_WORDS } from '../lexicon/refutation-cues.js';
import { TEXT_NOUNS } from '../lexicon/text-nouns.js';
import { HEARSAY_NOUNS } from '../lexicon/status-cues.js';
import {
  FALSE_VALUE_WORDS,
  TRUE_VALUE_WORDS,
  TRUTH_CARRIER_NOUNS,
  TRUTH_VALUE_AMPLIFIERS,
  TRUTH_VALUE_HEDGES,
  ASSERTION_HEDGES,
} from '../lexicon/truth-value-cues.js';
import { underPossibilityModal } from '../detect/modality.js';
import { calledFalseStory } from './teller-story.js';

/** A claim that predicates a truth value of something: "the video is a hoax" (false), "the photo is genuine" (true). */
export interface TruthValue {
  value: boolean;
  /** Content-word stems of the thing called true or false ("the video of the shark" → shark). */
  referent: Set<string>;
  /** The copula through the value word: "is a hoax", "is not true". */
  cue: Span;
  hedged: boolean;
  /** What is called true or false is a report of something ("reports she took the photo"), not a thing ("the photo"). */
  ofReport: boolean;
}

// Hyphens need no escape outside a class, and the 'u' flag rejects the needless escape.
const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const VALUES = [...FALSE_VALUE_WORDS, ...TRUE_VALUE_WORDS].sort((x, y) => y.length - x.length).map(escape).join('|');
const AMPLIFIERS = TRUTH_VALUE_AMPLIFIERS.map(escape).join('|');
/** Copula, optional "not", up to three amplifiers or articles, then the value word as a whole word. */
const PREDICATION = new RegExp(
  `\\b(?:is|are|was|were|'s|’s|be|been|being)\\s+["“]?(not\\s+|n[o']t\\s+)?((?:(?:${AMPLIFIERS})\\s+){0,3})['"‘’“”]?(${VALUES})(?![\\p{L}\\p{N}])`,
  'giu',
);
/**
 * What must follow the value word: the end, punctuation or a function word, not a noun ("fake handbags" is an
 * ordinary adjective). A second, anchored pattern rather than a lookahead: one pattern with both word lists is too
 * large for recheck to prove linear.
 */
const NO_NOUN_AFTER = new RegExp(`^(?:\\s*$|\\s*[,.;:!?"'“”‘’)]|\\s+(?:${FUNCTION_WORDS.map(escape).join('|')})\\b)`, 'iu');

/** The first copula + truth-value predication of a text that no noun follows. */
function predication(text: string): RegExpExecArray | null {
  for (const m of text.matchAll(PREDICATION)) if (NO_NOUN_AFTER.test(text.slice(m.index + m[0].length))) return m;
  return null;
}

/** Where the referent phrase starts: after a clause opener before the copula ("claims that the merger …"). */
const OPENERS = String.raw`[,;:.!?]|\b(?:that|said|says|say|claims?|believes?|thinks?|insist(?:s|ed)?|told|tells?|according to)\b`;
const OPENER = new RegExp(OPENERS, 'giu');

/**
 * Where the referent phrase starts: after the last clause opener and the space after it, else after leading space.
 * A loop over the openers, not one pattern with a lookahead to the end, which rescans the rest at every position.
 */
function referentStart(before: string): number {
  let end = 0;
  for (const m of before.matchAll(OPENER)) end = m.index + m[0].length;
  while (end < before.length && /\s/u.test(before[end]!)) end++;
  return end;
}

/** Adverbial subordinators (Quirk et al. 1985, § 14.12) that open a clause inside the referent phrase. */
const SUBORDINATOR = /\b(?:before|after|when|while|because|since|until|although|though|whereas)\b/iu;

const FALSE_SET: ReadonlySet<string> = new Set(FALSE_VALUE_WORDS);
const SKIPPED: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  ...TEXT_NOUNS,
  ...TRUTH_CARRIER_NOUNS,
  ...TRUTH_VALUE_AMPLIFIERS,
  ...TRUTH_VALUE_HEDGES,
  ...FALSE_VALUE_WORDS,
  ...TRUE_VALUE_WORDS,
]);
const HEDGES: ReadonlySet<string> = new Set(TRUTH_VALUE_HEDGES);
/** Nouns of what someone told: a statement, a report, a rumour, a story. */
const TOLD: ReadonlySet<string> = new Set([...TEXT_NOUNS, ...HEARSAY_NOUNS]);
const REPORT_NOUNS: ReadonlySet<string> = new Set([...TEXT_NOUNS, ...TRUTH_CARRIER_NOUNS]);
/** On the asserting side, a conditional or a distancing adjective ("would be required", "the purported merger") is no assertion. */
const UNASSERTED: ReadonlySet<string> = new Set([...TRUTH_VALUE_HEDGES, ...ASSERTION_HEDGES]);
/** Stems of refuting words ("denies", "debunked"): a claim built on one repeats the dispute's false side. */
const REFUTING_STEMS: ReadonlySet<string> = new Set(REFUTATION_WORDS.map((w) => stem(w)));

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];

/** Content stems of a stretch of text: no function words, no carriers ("video"), no value or degree words. */
export function contentStems(text: string): Set<string> {
  return new Set(words(text).filter((w) => w.length > 2 && !SKIPPED.has(w)).map((w) => stem(w)));
}

/** The phrase names a story by its teller alone: a report noun and only capitalised content words ("CNN's report"). */
function onlyAnOutlet(phrase: string): boolean {
  const tokens = phrase.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const content = tokens.filter((t) => t.length > 2 && !SKIPPED.has(t.toLowerCase()));
  const reportNoun = tokens.some((t) => REPORT_NOUNS.has(t.toLowerCase()));
  return reportNoun && content.every((t) => /^\p{Lu}/u.test(t));
}

/** Each claim's reading, once: the detector asks for it on every candidate pair the claim is in. */
const readings = new WeakMap<Claim, TruthValue | null>();

/** The truth value a claim predicates of its referent, if it does; a bare pronoun ("this is a hoax") has no referent to match. */
export function truthValue(c: Claim): TruthValue | null {
  let found = readings.get(c);
  if (found === undefined) readings.set(c, (found = readTruthValue(c)));
  return found;
}

function readTruthValue(c: Claim): TruthValue | null {
  const m = predication(c.text);
  // "the Ledger report is not true": what is called false is the teller's story (detect/teller-rebuttal.ts), not these words.
  if (!m || calledFalseStory(c.text) !== null) return null;
  const before = c.text.slice(0, m.index);
  const from = referentStart(before);
  // "reports she signed the lease before she moved": what is called false is the main clause, not its time clause.
  const phrase = before.slice(from).split(SUBORDINATOR)[0]!;
  const referent = contentStems(phrase);
  if (referent.size === 0) return carrierValue(c, phrase, m);
  // "the Daily Ledger story is not true": only the outlet is named, not what its story says, so nothing to match.
  if (onlyAnOutlet(phrase)) return null;
  return valueOf(c, phrase, referent, m);
}

/** A definite determiner before a carrier noun: the picture or story the reports are about, not one among others. */
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
const CARRIERS: ReadonlySet<string> = new Set(TRUTH_CARRIER_NOUNS);
/** Marks a referent that is the carrier itself ("the photo"): content stems never take this form. */
const CARRIER_KEY = '#carrier:';

/**
 * "The photo is genuine" / "the photo is a fake": a truth value of the definite carrier alone (the photo, the video,
 * the story the reports are about) names that carrier as its referent, comparable only with another value of the same
 * carrier, never with content ("the photo is fake" / "a shark swam along the highway" needs the content named).
 */
function carrierValue(c: Claim, phrase: string, m: RegExpExecArray): TruthValue | null {
  const tokens = words(phrase);
  const carriers = tokens.filter((w) => CARRIERS.has(w));
  if (carriers.length !== 1 || !DEFINITE.has(tokens[0] ?? '') || tokens.some((w) => !DEFINITE.has(w) && !CARRIERS.has(w) && !SKIPPED.has(w))) return null;
  return valueOf(c, phrase, new Set([CARRIER_KEY + stem(carriers[0]!)]), m);
}

function valueOf(c: Claim, phrase: string, referent: Set<string>, m: RegExpExecArray): TruthValue {
  const word = m[3]!.toLowerCase();
  const negated = m[1] !== undefined;
  const hedged = words(phrase).some((w) => HEDGES.has(w)) || c.certainty.level === 'pending' || c.certainty.level === 'doubted';
  // The claim's text is its span's text, so offsets into it shift by the span's start.
  const start = c.span.start + m.index;
  const cue: Span = { start, end: start + m[0].length, text: m[0] };
  // "denied that the photo was doctored": a denial of the predication holds the other value (extract/denial.ts). A
  // denial read off the value word itself ("reports … were lies") is the predication, not a second negation of it.
  const verb = c.attribution.verbSpan;
  const denied = c.attribution.stance === 'denied' && verb !== undefined && verb.end <= start;
  return { value: (FALSE_SET.has(word) === negated) !== denied, referent, cue, hedged, ofReport: words(phrase).some((w) => TOLD.has(w)) };
}

/** The claim firmly asserts what it says happened: affirmed, not under "may", not merely alleged. */
function asserts(c: Claim): boolean {
  const { state, negated } = c.proposition;
  const firm = c.certainty.level === 'reported' || c.certainty.level === 'asserted' || c.certainty.level === 'confirmed';
  if (state !== 'affirmed' || negated || !firm || c.attribution.stance === 'alleged') return false;
  // "Marsh denies taking the photograph" shares the photograph but sides with the hoax call.
  return !underPossibilityModal(c) && !words(c.text).some((w) => REFUTING_STEMS.has(stem(w)) || UNASSERTED.has(w));
}

/**
 * Same referent: at least half the called-false thing's content stems (and two when it has two) are shared, and one
 * of them sits in the other claim's core (actor, predicate, theme, complement, inner verb), not only in an aside: "reports she
 * signed the lease with the landlord" / "confirmed the tenant signed the lease", not / "the landlord went to court".
 */
function sameReferent(referent: Set<string>, other: Set<string>, core: Set<string>): boolean {
  const shared = [...referent].filter((s) => other.has(s));
  const needed = Math.max(Math.min(2, referent.size, other.size), Math.ceil(Math.min(referent.size, other.size) / 2));
  return shared.length >= needed && shared.some((s) => core.has(s));
}

/** Stems of a claim's core: its actor, predicate (lemma and surface), theme, complement and wrapped verb. */
function coreStems(c: Claim): Set<string> {
  const p = c.proposition;
  const parts = [p.actor?.text, p.predicate?.lemma, p.predicate?.text, p.inner?.lemma, p.inner?.text, p.theme?.text, p.complement?.text];
  return contentStems(parts.filter((x) => x !== undefined).join(' '));
}

/**
 * One claim calls the other's story false (or true against false), about the same referent: `values` when both
 * predicate a truth value, `asserted` when one calls false what the other firmly asserts. Evidence in the claims' order.
 */
export interface TruthValueDispute {
  form: 'values' | 'asserted';
  /** The side called false is a report of the other's story ("reports she took the photo are lies"). */
  ofReport: boolean;
  evidence: readonly [Span, Span];
  detail: string;
}

/** Pairs of claim objects are asked twice (matching, then the polarity detector): remembered per pair. */
const disputes = new WeakMap<Claim, WeakMap<Claim, TruthValueDispute | null>>();

/**
 * A truth-value dispute: one claim calls a story, picture or claim false ("the video is a hoax") and the other calls
 * it true or asserts its content ("a shark swam along the highway"), about the same referent. Read by matching (calling
 * a story false speaks of the event it tells) and by the truth-value detector.
 */
export function truthValueDispute(a: Claim, b: Claim): TruthValueDispute | null {
  // Most claims call nothing true or false: such a pair has no dispute, answered without a memo entry (every comparable pair asks).
  if (truthValue(a) === null && truthValue(b) === null) return null;
  let row = disputes.get(a);
  if (!row) disputes.set(a, (row = new WeakMap()));
  let found = row.get(b);
  if (found === undefined) row.set(b, (found = findDispute(a, b)));
  return found;
}

function findDispute(a: Claim, b: Claim): TruthValueDispute | null {
  const [ta, tb] = [truthValue(a), truthValue(b)];
  if ((ta?.hedged ?? false) || (tb?.hedged ?? false)) return null;
  if (ta && tb) {
    if (ta.value === tb.value || !sameReferent(ta.referent, tb.referent, tb.referent)) return null;
    return { form: 'values', ofReport: false, evidence: [ta.cue, tb.cue], detail: `${ta.value ? 'true' : 'false'} vs ${tb.value ? 'true' : 'false'}` };
  }
  const [called, other, flip] = ta ? [ta, b, false] : tb ? [tb, a, true] : [null, a, false];
  if (!called || called.value || !asserts(other)) return null;
  const core = coreStems(other);
  if (!sameReferent(called.referent, new Set([...contentStems(other.proposition.span.text), ...core]), core)) return null;
  const evidence: Span = other.proposition.predicate?.span ?? other.proposition.span;
  const [x, y] = flip ? [evidence, called.cue] : [called.cue, evidence];
  return { form: 'asserted', ofReport: called.ofReport, evidence: [x, y], detail: flip ? 'asserted vs called false' : 'called false vs asserted' };
}
