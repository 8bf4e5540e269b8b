import type { Claim } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { STATUS_DECIDED_STRENGTH } from '../lexicon/state-strengths.js';
import { DEAL_NOUNS, DEALING_VERBS, DECIDING_LIGHT_VERBS, DECISION_NOUNS, DECISIVE_VERBS, SUBJECT_MATTER_PREPOSITIONS } from '../lexicon/decider-words.js';
import { CALLED_OFF_VERBS, RESCHEDULING_VERBS } from '../lexicon/status-cues.js';
import { COMMERCE_OUTCOMES } from '../lexicon/process-outcomes.js';
import type { Lexicon } from '../lexicon/index.js';
import { doneAct, endedLongBefore, NOT_DONE } from '../relate/pending-states.js';
import { datesClash } from '../match/dates.js';
import { claimWords } from '../relate/words.js';
import { perClaim } from '../relate/per-claim.js';
import { actorsCompatible, stateSpan } from './shared.js';
import type { DetectorHit } from './types.js';

/*
 * "No decision has been taken" / "the licence has been revoked": a decision said to be still open, on a matter it
 * does not name, against a decision on a request or standing matter reported as made in another report of the story;
 * and "No deal has been signed" / "the park has been sold to X": a deal said not to be made against the sale it would
 * make. The matter is the story's own (the caller pairs only reports of one story, match/story-pairs.ts); a decision
 * that names its matter ("on the lease", "whether to renew") is compared by that matter elsewhere (status.ts).
 */

const DECISIONS: ReadonlySet<string> = new Set(DECISION_NOUNS);
const DECIDING: ReadonlySet<string> = new Set(DECIDING_LIGHT_VERBS);
/** Decisions on a request or standing matter, and the cancelling of an event (a final call; not its postponing). */
const DECISIVE: ReadonlySet<string> = new Set([...DECISIVE_VERBS, ...CALLED_OFF_VERBS.filter((v) => !RESCHEDULING_VERBS.includes(v))]);
const DEALS: ReadonlySet<string> = new Set(DEAL_NOUNS);
const DEALING: ReadonlySet<string> = new Set(DEALING_VERBS);
const COMMERCE: ReadonlySet<string> = new Set(COMMERCE_OUTCOMES);
/** Words right after the decision that open its matter: "on the lease", "about the move", "whether to renew", "to close it". */
const MATTER: ReadonlySet<string> = new Set([...SUBJECT_MATTER_PREPOSITIONS, 'whether', 'if', 'to', 'how', 'when', 'what', 'who', 'which', 'where']);
/** Most words of the decision's or deal's noun phrase ("final decision", "formal sale agreement"). */
const MAX_NOUN_WORDS = 3;

/** The claim says its act is not done or still open: pending, or a negated light verb ("No final decision was taken"). */
const notMade = (c: Claim): boolean => c.proposition.state === 'pending' || (c.proposition.state === 'negated' && c.proposition.negated);

/** The decision or deal noun the claim's light verb takes, with no matter after it: the span that says so, else undefined. */
function openNoun(c: Claim, verbs: ReadonlySet<string>, nouns: ReadonlySet<string>, bareVerb?: string): Span | undefined {
  const p = c.proposition;
  if (!notMade(c) || !p.predicate || p.inner) return undefined;
  const lemma = p.predicate.lemma.toLowerCase();
  const words = p.theme?.text.trim().split(/\s+/) ?? [];
  const head = words.at(-1)?.toLowerCase();
  const named = lemma === bareVerb ? p.theme === undefined : verbs.has(lemma) && head !== undefined && nouns.has(head) && words.length <= MAX_NOUN_WORDS;
  if (!named) return undefined;
  const end = Math.max(p.predicate.span.end, p.theme?.span.end ?? 0);
  const next = claimWords(c).tokens.find((t) => t.span.start >= end);
  if (next !== undefined && MATTER.has(next.lower)) return undefined;
  const cue = p.stateCue ?? p.negation?.cue ?? stateSpan(c);
  const [start, stop] = [Math.min(cue.start, p.predicate.span.start), Math.max(cue.end, end)];
  return { start, end: stop, text: c.text.slice(start - c.span.start, stop - c.span.start) };
}

/** The claim says a decision is still to be made and names no matter ("No decision has been taken", "has yet to decide"). */
export const openDecision = perClaim((c: Claim): Span | undefined => openNoun(c, DECIDING, DECISIONS, 'decide'));

/** The claim says no deal is made ("No deal has been signed", "no agreement was reached"). */
export const openDeal = perClaim((c: Claim): Span | undefined => openNoun(c, DEALING, DEALS));

/** A decision reported as made ("revoked his licence", "turned down the bid", "has decided to close", "was scrapped"). */
export const decisiveAct = perClaim(findDecisiveAct);

function findDecisiveAct(c: Claim): Span | undefined {
  const lemma = c.proposition.predicate?.lemma.toLowerCase();
  if (lemma === undefined) return undefined;
  return DECISIVE.has(lemma) && doneAct(c) ? c.proposition.predicate!.span : madeThrough(c, 'decide');
}

/** A sale or purchase reported as made ("has been sold to X", "has agreed to sell its workshop"). */
export const dealMade = perClaim(findDealMade);

function findDealMade(c: Claim): Span | undefined {
  const lemma = c.proposition.predicate?.lemma.toLowerCase();
  if (lemma === undefined || !COMMERCE.has(lemma)) return undefined;
  return doneAct(c) ? c.proposition.predicate!.span : madeThrough(c, 'agree');
}

/**
 * "has decided to close the cafe", "has agreed to sell": the wrapping verb is done though the act it governs is to
 * come, so the decision (or the deal) is made. Its span, else undefined.
 */
function madeThrough(c: Claim, wrapper: string): Span | undefined {
  const p = c.proposition;
  if (!(p.events ?? []).some((e) => e.toLowerCase() === wrapper) || p.negated || (p.state !== 'affirmed' && p.state !== 'refused')) return undefined;
  if (c.certainty.level === 'doubted' || c.certainty.level === 'refuted') return undefined;
  const word = claimWords(c).tokens.find((t) => t.verb === wrapper);
  if (word === undefined || NOT_DONE.test(c.text.slice(0, word.span.start - c.span.start))) return undefined;
  return word.span;
}

/** Either reading is open on one side, made on the other, by a doer not known to differ. Evidence is [a, b]. */
export function openMatterDecided(a: Claim, b: Claim, lexicon: Lexicon): DetectorHit | null {
  for (const [open, made, flip] of [[a, b, false], [b, a, true]] as const) {
    const decision = openDecision(open);
    const [said, done] = decision !== undefined ? [decision, decisiveAct(made)] : [openDeal(open), dealMade(made)];
    if (said === undefined || done === undefined || !actorsCompatible(open, made, lexicon.aliases)) continue;
    // "bought the organ in 2023" / "no agreement has yet been signed": a deal or decision told of a year or more back, or
    // of another date, is an earlier one.
    if (endedLongBefore(open, made) || datesClash(open, made)) continue;
    const evidence: [Span, Span] = flip ? [done, said] : [said, done];
    return { kind: 'status', strength: STATUS_DECIDED_STRENGTH, evidence, detail: decision !== undefined ? 'decision open vs made' : 'no deal vs sold' };
  }
  return null;
}
