import type { Claim, Phrase } from '../model/claim.js';
import { stem } from '../extract/keys.js';
import { buildLexicon, derived, type Lexicon } from '../lexicon/index.js';
import { areSynonyms } from '../lexicon/synonyms.js';
import { datesClash } from './dates.js';
import { COMMERCE_OUTCOMES, ENDING_OUTCOMES, REVIEW_OUTCOMES } from '../lexicon/process-outcomes.js';
import { underProcessNoun } from '../extract/under-process.js';
import { INDEFINITE_DETERMINERS, introducedInClaim } from '../relate/subject-heads.js';
import { isVerbLemma, verbsOfNominalisation } from '../relate/wordnet.js';
import { AWAITED_DECISION_NOUNS, DECISION_GROUP_WORDS, SUBJECT_MATTER_PREPOSITIONS } from '../lexicon/decider-words.js';
import { ASPECT_ADVERBS, subjectWords } from '../relate/ongoing-processes.js';
import { endedLongBefore } from '../relate/pending-states.js';
import { claimWords } from '../relate/words.js';

export type ProcessLexicon = Pick<Lexicon, 'processOutcomes' | 'openDecisions' | 'decisionNouns'>;
/** The process tables of one lexicon, stemmed as claim keys are. */
const stemmed = (lexicon: ProcessLexicon) => ({
  OUTCOMES: new Map(Object.entries(lexicon.processOutcomes).map(([process, outcomes]) => [stem(process), new Set(outcomes.map(stem))])),
  OPEN: new Set(lexicon.openDecisions.map(stem)),
  DECISION: lexicon.decisionNouns.map(stem),
});

/**
 * One claim says a process is still under way ("still negotiating the terms of the deal", "has not decided whether
 * to reopen the mine") and the other that it reached an outcome about the same thing ("the deal was signed", "the
 * mine reopened"): one event seen before and after its end. The outcome must concern what the process is about —
 * its theme named among the pending claim's words, or (for a decision about an act named in it) its actor — and
 * happen on no date that the process is not also dated on: "still negotiating on Monday" / "signed on Friday" is
 * a sequence, and so is an outcome a year or more back against an undated process ("the strike is ongoing" / "the
 * strike at the port ended last year"). A negated outcome ("the deal has not been signed") agrees with the pending process.
 */
export function processOutcome(pending: Claim, outcome: Claim, lexicon: ProcessLexicon = buildLexicon()): boolean {
  const { OUTCOMES, OPEN, DECISION } = derived(lexicon, stemmed);
  const [p, o] = [pending.proposition, outcome.proposition];
  if (p.state !== 'pending' || o.state === 'pending' || o.state === 'negated') return false;
  if (!p.predicate || !o.predicate || datesClash(pending, outcome) || endedLongBefore(pending, outcome)) return false;
  // "could be revoked", "may approve": an outcome only possible settles nothing ("will move", confirmed, is a decision).
  if (possibleOnly(outcome)) return false;
  const process = processOf(pending);
  const result = stem(o.predicate.lemma.toLowerCase());
  if (OUTCOMES.get(process)?.has(result) && themeNamedIn(outcome, pending)) return true;
  // "is still negotiating with the farmer" / "the museum has bought the stone": the negotiating party's transfer of a
  // thing the outcome names as known (a definite or named theme), though the talks do not name it.
  if (COMMERCE.has(result) && OUTCOMES.get(process)?.has(result) && underWay(pending) && actorNamedIn(outcome, pending) && knownTheme(outcome)) return true;
  // "the fire is still burning" / "the fire was extinguished": a verb of ending acting on what is still under way.
  if (ENDING.has(result) && endsTheSubject(pending, outcome)) return true;
  // "the jury has not yet reached a verdict" / "the jury convicted the driver": the awaited decision, made by its decider.
  const decision = DECISION.some((d) => pending.keys.includes(d));
  // "has decided to close the pavilion": a decision verb over the act makes the act the decision's outcome.
  const deciding = DECIDING.has(result) || (o.events ?? []).some((e) => DECIDING.has(stem(e.toLowerCase())));
  // "has yet to make a decision on the car park" / "revoked the kiosk's licence": a matter named must be the one decided.
  if (decision && deciding && sameDecider(pending, outcome) && (!ABOUT.test(pending.proposition.span.text) || decidedOn(pending, outcome))) return true;
  // "no decision has been made on the licence" / "the council granted the licence": the thing decided on, named by both.
  if (decision && deciding && decidedOn(pending, outcome)) return true;
  // "the licence is under review … no decision had been taken" / "the licence was revoked": the matter the decision
  // refers back to (extract/decision-antecedent.ts), among the pending claim's keys, is what the outcome acts on.
  const matter = o.theme?.key;
  if (decision && deciding && matter !== undefined && outcome.keys.includes(matter) && pending.keys.includes(matter)) return true;
  if (!OUTCOMES.has(process) && !OPEN.has(process) && !decision) return false;
  return namesAct(pending, o.predicate.lemma) && (themeNamedIn(outcome, pending) || actorNamedIn(outcome, pending));
}

const ENDING: ReadonlySet<string> = new Set(ENDING_OUTCOMES.map(stem));
/** Modals of possibility and conditions (Quirk et al. 1985, § 4.49–4.55): "could be revoked", "might approve", "if it closes". */
const POSSIBLE = /\b(?:could|may|might|would|should|if|whether)\b/i;
/** The outcome's predicate comes after a modal of possibility or a condition. */
function possibleOnly(outcome: Claim): boolean {
  const p = outcome.proposition.predicate;
  return p !== undefined && POSSIBLE.test(outcome.text.slice(0, p.span.start - outcome.span.start));
}

/** The pending claim puts its subject under a process named by a noun: "the licence is under review". */
export function underProcess(pending: Claim): boolean {
  return underProcessNoun(pending) !== undefined;
}

/** The pending claim's process, stemmed: its verb, or the verb of the noun it is under ("under investigation": investigate). */
function processOf(pending: Claim): string {
  const p = pending.proposition;
  const noun = underProcessNoun(pending);
  const verb = noun === undefined ? undefined : (verbsOfNominalisation(noun)[0] ?? (isVerbLemma(noun) ? noun : undefined));
  return stem((verb ?? p.predicate!.lemma).toLowerCase());
}

/** A decision noun, perhaps its verb group ("has been made"), then what it is about ("on the licence", "about", "over"). */
const ABOUT = new RegExp(
  `\\b(?:${AWAITED_DECISION_NOUNS.join('|')})s?\\s+(?:(?:${DECISION_GROUP_WORDS.join('|')})\\s+){0,4}(?:${SUBJECT_MATTER_PREPOSITIONS.join('|')})\\s+` +
    `(?:(?:the|its|their|his|her|a|an)\\s+)?((?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+)`,
  'iu',
);

/**
 * The pending claim awaits a decision on a thing ("no decision has been made on the licence", "still waiting for a
 * decision on its discharge licence") and the outcome's theme is that thing: its head is the last word of the phrase
 * after "on", "about" or "over".
 */
export function decidedOn(pending: Claim, outcome: Claim): boolean {
  const theme = outcome.proposition.theme?.text.toLowerCase().split(/\s+/).at(-1);
  const about = ABOUT.exec(pending.proposition.span.text)?.[1]?.toLowerCase().split(/\s+/);
  return theme !== undefined && about !== undefined && about.includes(theme);
}
/** The acts that make a decision, a verdict or a ruling (FrameNet Verdict, Deny_or_grant_permission, Deciding), or undo a grant. */
const DECIDING: ReadonlySet<string> = new Set(REVIEW_OUTCOMES.map(stem));

/**
 * Both claims name one doer in the same words, read over the whole subject before the verb ("the jury" / "the jury";
 * "a second jury" is another, though its actor may be read as "jury" alone).
 */
function sameDecider(pending: Claim, outcome: Claim): boolean {
  const words = subjectLemmas(pending);
  return words !== '' && words === subjectLemmas(outcome);
}

/** Content lemmas before the predicate, when the actor stands there, but adverbs of aspect: the subject's words. */
function subjectLemmas(c: Claim): string {
  const { actor, predicate } = c.proposition;
  if (!actor || !predicate || actor.span.end > predicate.span.start) return '';
  const words = claimWords(c).tokens.filter((t) => t.content && t.span.end <= predicate.span.start && !ASPECT_ADVERBS.has(t.lower));
  return [...new Set(words.map((t) => t.lemma))].sort().join(' ');
}

/** The ending acts on, or is said of, the pending claim's subject: "the fire" still burning, then extinguished or ended. */
function endsTheSubject(pending: Claim, outcome: Claim): boolean {
  const subject = pending.proposition.actor?.key;
  const o = outcome.proposition;
  return subject !== undefined && (o.theme?.key === subject || (o.theme === undefined && o.actor?.key === subject));
}

/** The pending claim names the outcome's act among its own: "decide whether to resume operation" / "restarted". */
function namesAct(pending: Claim, lemma: string): boolean {
  const act = lemma.toLowerCase();
  if (pending.keys.includes(stem(act))) return true;
  return (pending.proposition.events ?? []).some((e) => e.toLowerCase() === act || areSynonyms(e, act));
}

/**
 * The outcome's theme is a content key of both claims: it acts on the thing the process is about, unless each side
 * tells that thing apart by its own words ("the complaint about noise" / "a complaint about parking").
 */
function themeNamedIn(outcome: Claim, pending: Claim): boolean {
  const theme = outcome.proposition.theme?.key;
  return theme !== undefined && outcome.keys.includes(theme) && pending.keys.includes(theme) && !qualifiedApart(outcome, pending);
}

/** The phrase opens with a determiner that introduces a new referent ("a complaint about parking"). */
const introducedAsNew = (x: Phrase) => INDEFINITE_DETERMINERS.has(x.text.trim().split(/\s+/)[0]!.toLowerCase());

/**
 * The thing stands before the verb on both sides, as a subject with what qualifies it ("the complaint about noise is
 * … investigated" / "a complaint about parking was upheld"), one side introduces it as new, and each side has words the
 * other lacks ("the licence for the harbour ferry" / "the ferry operator's licence" is one licence told two ways).
 */
function qualifiedApart(outcome: Claim, pending: Claim): boolean {
  const p = pending.proposition;
  const thing = underProcess(pending) ? p.actor : p.theme;
  const o = outcome.proposition.theme;
  const first = (c: Claim, x: Phrase) => c.proposition.predicate !== undefined && x.span.end <= c.proposition.predicate.span.start;
  if (!thing || !o || !first(pending, thing) || !first(outcome, o) || !(introducedAsNew(thing) || introducedAsNew(o))) return false;
  const [x, y] = [new Set(subjectWords(outcome, o)), new Set(subjectWords(pending, thing))];
  const ownOf = (a: Set<string>, b: Set<string>) => [...a].some((w) => !b.has(w));
  return ownOf(x, y) && ownOf(y, x);
}

/** The outcome's actor is a content key of the pending claim: "no decision on whether the museum returns …" / "the museum returned". */
const COMMERCE: ReadonlySet<string> = new Set(COMMERCE_OUTCOMES.map(stem));
/** "is negotiating", "still in talks": the process told as going on, not as done ("negotiated for a month"). */
const GOING_ON = /\b(?:still|ongoing|continuing|continue|continues)\b/i;
function underWay(pending: Claim): boolean {
  return (pending.proposition.predicate?.text.toLowerCase().endsWith('ing') ?? false) || GOING_ON.test(pending.text);
}

/** The outcome's theme is a thing already known: a definite description or a name, not "a new display case". */
function knownTheme(outcome: Claim): boolean {
  const theme = outcome.proposition.theme;
  return theme !== undefined && !introducedInClaim(outcome, theme);
}

function actorNamedIn(outcome: Claim, pending: Claim): boolean {
  const actor = outcome.proposition.actor?.key;
  return actor !== undefined && pending.keys.includes(actor);
}

/** Either claim is the pending process whose outcome the other reports. */
export function processOutcomeEither(a: Claim, b: Claim, lexicon: ProcessLexicon): boolean {
  return processOutcome(a, b, lexicon) || processOutcome(b, a, lexicon);
}
