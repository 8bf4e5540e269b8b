import { nullPrototype } from '../model/records.js';
/**
 * Tense and aspect of a claim's predicate (Quirk et al. 1985, §§ 4.5–4.28), read from the verb form and the
 * auxiliary right before it: enough to tell when two reports of one act cannot be about one occasion.
 */
import type { Claim } from '../model/claim.js';
import { IRREGULAR_PAST } from '../lexicon/irregular-verbs.js';
import { verbGroupBefore } from '../relate/past-time.js';
import { perClaim } from '../relate/per-claim.js';

export type VerbForm = 'present-progressive' | 'present-simple' | 'past' | 'nonfinite' | 'other';

/** Present forms of "be" (§ 4.27: the present progressive is "be" in the present plus -ing). */
const PRESENT_BE: ReadonlySet<string> = new Set(['am', 'is', 'are', "'s", '’s', "'re", '’re']);
/** Any auxiliary before the verb: perfect, modal, past "be", "do"; the form is then not a simple tense. */
const AUXILIARIES: ReadonlySet<string> = new Set([
  'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must',
  'should', 'shall', 'do', 'does', 'did', 'to',
]);

/** The word right before the predicate, lower-cased, within the proposition. */
function wordBefore(claim: Claim): string | undefined {
  const { predicate, span } = claim.proposition;
  if (!predicate) return undefined;
  const before = span.text.slice(0, predicate.span.start - span.start).trim().split(/\s+/);
  return before.at(-1)?.toLowerCase();
}

/** The tense and aspect of the predicate: "is splitting", "monitors", "split" (dated past), or anything else. */
export const verbForm: (claim: Claim) => VerbForm = perClaim(readVerbForm);

function readVerbForm(claim: Claim): VerbForm {
  const predicate = claim.proposition.predicate;
  if (!predicate) return 'other';
  const text = predicate.text.toLowerCase().split(/\s+/)[0] ?? '';
  const aux = wordBefore(claim);
  if (aux !== undefined && PRESENT_BE.has(aux)) return text.endsWith('ing') ? 'present-progressive' : 'other';
  if (aux !== undefined && AUXILIARIES.has(aux)) return 'other';
  const lemma = predicate.lemma.toLowerCase();
  // An -ing form with no "be" before it is a nonfinite participle ("missing kidneys", § 3.56): it asserts no act of its own.
  if (text !== lemma && text.endsWith('ing')) return 'nonfinite';
  // The third-person singular -s form is present simple only (§ 4.5); a base-form verb may be either tense.
  if (text !== lemma && /(?:s|es)$/.test(text) && !/ed$/.test(text)) return 'present-simple';
  if (text.endsWith('ed') || IRREGULAR_PAST[text] !== undefined) return 'past';
  // A base form equal to the lemma ("split", "cut") reads as past only with a date; the caller checks for one.
  return text === lemma ? 'past' : 'other';
}

function dated(claim: Claim): boolean {
  return claim.times.length > 0;
}

/**
 * Two reports that cannot be one occasion: an act dated in the past against one in progress now
 * ("In 2000, Agilent split off" / "HP is splitting itself", § 4.27), or two habitual present-simple predicates
 * with no date ("The FBI monitors …" / "The agency monitors …", § 4.6): a habit many can share at once (a headline
 * at a document's start is no habit). A nonfinite
 * participle on either side names no occasion at all.
 */
export function differentOccasions(a: Claim, b: Claim): boolean {
  const [fa, fb] = [verbForm(a), verbForm(b)];
  if (fa === 'nonfinite' || fb === 'nonfinite') return true;
  if (pastAgainstNow(a, fa, fb) || pastAgainstNow(b, fb, fa)) return true;
  return habit(a, fa) && habit(b, fb);
}

// Module-level, not closures made on every pair (each named closure costs a name definition under tsx).
const pastAgainstNow = (x: Claim, fx: VerbForm, fy: VerbForm): boolean => fx === 'past' && dated(x) && fy === 'present-progressive';
const habit = (x: Claim, fx: VerbForm): boolean => fx === 'present-simple' && !dated(x) && !opensDocument(x);

/**
 * A headline reports a past event in the present ("Senate passes farm bill"): a clause that opens its document is
 * read as that headline present, not as a habit.
 */
function opensDocument(claim: Claim): boolean {
  return claim.span.start === 0;
}

export type TenseFrame = 'present' | 'past' | 'past-perfect' | 'future' | 'unknown';

/** Auxiliaries by the time they set (Quirk §§ 4.17–4.22); "would", "could" and the like set none of their own. */
const FRAME_OF_AUXILIARY: Readonly<Record<string, TenseFrame>> = nullPrototype({
  // "said the rink would reopen": in reported speech "would" is the future in the past (Quirk et al. 1985 § 4.59).
  had: 'past-perfect', will: 'future', "'ll": 'future', '’ll': 'future', shall: 'future', would: 'future',
  is: 'present', are: 'present', am: 'present', has: 'present', have: 'present', "'ve": 'present', '’ve': 'present', "'s": 'present', '’s': 'present', "'re": 'present', '’re': 'present',
  was: 'past', were: 'past', did: 'past',
});
const SKIPPED_BEFORE_VERB: ReadonlySet<string> = new Set(['been', 'being', 'be', 'not', "n't", 'never', 'already', 'just', 'now', 'also', 'still']);
/** Words before the predicate searched for its auxiliary. */
const AUXILIARY_REACH = 3;

/**
 * The time frame a claim's predicate is told in: from its nearest auxiliary ("had gone": past perfect; "will close":
 * future; "was closed": past), else from its form ("closes": present; "opened": past).
 */
export function tenseFrame(claim: Claim): TenseFrame {
  const group = verbGroupBefore(claim);
  const copula = group.at(-1);
  // "will stay open", "had remained closed": the state after a copula of persistence is told in the copula's frame.
  if (copula !== undefined && Object.hasOwn(PERSISTING_COPULAS, copula)) return frameOfAuxiliaries(group.slice(0, -1)) ?? PERSISTING_COPULAS[copula] ?? 'unknown';
  return frameOfAuxiliaries(group) ?? formFrame(claim);
}

/** A change told in the future ("will reopen"), not a state said to persist ("will stay open"). */
export function futureChange(claim: Claim): boolean {
  const copula = verbGroupBefore(claim).at(-1);
  return tenseFrame(claim) === 'future' && !(copula !== undefined && Object.hasOwn(PERSISTING_COPULAS, copula));
}

/**
 * The current copulas of persistence (Quirk et al. 1985, § 16.21: remain, stay, keep + adjective) by the frame each
 * form sets alone: "remains closed" present, "stayed open" past; the base form takes its frame from an auxiliary.
 */
const PERSISTING_COPULAS: Readonly<Record<string, TenseFrame | undefined>> = nullPrototype({
  remain: undefined, stay: undefined, keep: undefined, remains: 'present', stays: 'present', keeps: 'present',
  remained: 'past', stayed: 'past', kept: 'past',
});

/** The frame of the nearest auxiliary at the end of a verb group, if one sets a frame. */
function frameOfAuxiliaries(group: readonly string[]): TenseFrame | undefined {
  return auxiliariesIn(group).map((w) => FRAME_OF_AUXILIARY[w]).find((f) => f !== undefined);
}

const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'am', 'was', 'were', 'be', 'been', 'being', "'s", '’s', "'re", '’re']);

/** The present perfect's "have": "has closed until further notice" tells the state that holds now (Quirk § 4.22, resultative). */
const PRESENT_HAVE: ReadonlySet<string> = new Set(['has', 'have', "'ve", '’ve']);

/**
 * "is closed", "was shut", "has been closed", "has closed until further notice", "remains shut": a participle after
 * "be" or a present copula of persistence, or a present perfect, tells the state that results and holds, not the change
 * (Quirk §§ 3.77, 4.22, 16.21).
 */
export function toldAsState(claim: Claim): boolean {
  const predicate = claim.proposition.predicate;
  const nearest = auxiliariesBefore(claim)[0] ?? '';
  // "remains shut" tells the state that holds now; "stayed open" and "will stay open" keep their frames for the caller.
  const copula = PERSISTING_COPULAS[verbGroupBefore(claim).at(-1) ?? ''] === 'present';
  return predicate !== undefined && !predicate.text.toLowerCase().endsWith('ing') && (copula || BE_FORMS.has(nearest) || PRESENT_HAVE.has(nearest));
}

/** The auxiliaries right before the predicate, nearest first, past "not" and a few adverbs; a clitic stands for its auxiliary ("they'll" → "'ll"). */
function auxiliariesBefore(claim: Claim): string[] {
  return auxiliariesIn(verbGroupBefore(claim));
}

/** The auxiliaries at the end of a verb group, nearest first (see auxiliariesBefore). */
function auxiliariesIn(group: readonly string[]): string[] {
  const out: string[] = [];
  for (const word of group.slice(-AUXILIARY_REACH).reverse()) {
    const bare = word.replace(/^\p{L}+(?=['’])/u, '');
    if (BE_FORMS.has(bare) || FRAME_OF_AUXILIARY[bare] !== undefined) out.push(bare);
    else if (!SKIPPED_BEFORE_VERB.has(word)) break;
  }
  return out;
}

function formFrame(claim: Claim): TenseFrame {
  if (!claim.proposition.predicate) return 'unknown';
  const form = verbForm(claim);
  if (form === 'present-simple' || form === 'present-progressive') return 'present';
  return form === 'past' ? 'past' : 'unknown';
}
