import type { Claim } from '../model/claim.js';
import { stem } from '../extract/keys.js';
import { STATUS_DECIDED_STRENGTH, STATUS_REFUSED_STRENGTH } from '../lexicon/state-strengths.js';
import { SUBJECT_PRONOUNS } from '../lexicon/grammar-words.js';
import { derived, type Lexicon } from '../lexicon/index.js';
import { eventMentions } from '../relate/events.js';
import { verbsOfNominalisation } from '../relate/wordnet.js';
import { claimWords } from '../relate/words.js';
import { doneAct, phraseLemmas } from '../relate/pending-states.js';
import { sameName, samePhrase } from './actor.js';
import { sameVerb } from './event-readings.js';
import { actorsCompatible, stateSpan } from './shared.js';
import type { DetectorHit } from './types.js';

const pendingAdverbs = (lexicon: Lexicon): ReadonlySet<string> => new Set(lexicon.tables['status-cues'].PENDING_ADVERBS);
const statusVerbs = (lexicon: Lexicon): ReadonlySet<string> => new Set(lexicon.statusVerbs.map((v) => v.toLowerCase()));

/**
 * The pending side is only a negated opposite of the other's act, with no "yet" or "still" to keep it open: "did
 * not reject the plan" / "accepted the plan" agree (Horn 1989 on contraries: not-reject is compatible with accept).
 */
export function negatedOpposite(pending: Claim, other: Claim, lexicon: Lexicon): boolean {
  const [p, o] = [pending.proposition, other.proposition];
  if (!p.predicate || !o.predicate || !p.stateCue) return false;
  const open = derived(lexicon, pendingAdverbs);
  const cueWords = p.stateCue.text.toLowerCase().split(/\s+/);
  if (cueWords.some((w) => open.has(w))) return false;
  return lexicon.opposites.get(p.predicate.lemma.toLowerCase())?.has(o.predicate.lemma.toLowerCase()) ?? false;
}

/** The verbs a claim names besides its predicate: its wrapped proposition and the other verbs of its clause. */
function namedActs(c: Claim): Set<string> {
  const p = c.proposition;
  return new Set([p.predicate?.lemma, p.inner?.lemma, ...(p.events ?? [])].flatMap((v) => (v ? [stem(v.toLowerCase())] : [])));
}

/**
 * Evidence is [pending side, decided side]; the caller puts it in pair order.
 * A decision told with a support verb and its event noun ("made a decision to close the plant", "took the decision
 * to close it") against one still open about the same act ("has not yet decided whether to close the plant").
 */
export function decisionByLightVerb(pending: Claim, other: Claim, lexicon: Lexicon): DetectorHit | null {
  if (other.proposition.state !== 'affirmed' || other.certainty.level === 'doubted' || other.certainty.level === 'refuted') return null;
  const status = derived(lexicon, statusVerbs);
  const decision = eventMentions(other, lexicon).find((m) => m.source === 'light-verb' && status.has(m.word.lemma));
  if (!decision) return null;
  // Both name the act decided on, and the pending side names the decision itself ("decided" among its verbs).
  const [acts, open] = [namedActs(other), namedActs(pending)];
  const act = stem(decision.word.lemma);
  if (!open.has(act) || ![...open].some((v) => v !== act && acts.has(v))) return null;
  if (!actorsCompatible(pending, other, lexicon.aliases)) return null;
  return { kind: 'status', strength: STATUS_DECIDED_STRENGTH, evidence: [stateSpan(pending), decision.span], detail: 'pending vs decided' };
}

const planVerbs = (lexicon: Lexicon): ReadonlySet<string> => new Set(lexicon.planVerbs);
const abandonVerbs = (lexicon: Lexicon): ReadonlySet<string> => new Set(lexicon.abandonVerbs);

/** The act a claim says is planned: its predicate when a plan verb governs it ("plans to close": close). */
function plannedAct(c: Claim, lexicon: Lexicon): string | undefined {
  const p = c.proposition;
  if (!p.predicate || p.negated || p.state !== 'affirmed') return undefined;
  const plans = derived(lexicon, planVerbs);
  return (p.events ?? []).some((e) => plans.has(e.toLowerCase())) ? p.predicate.lemma.toLowerCase() : undefined;
}

/** The act a claim says was given up: the verb an abandonment verb governs ("dropped its plan to close": close). */
function abandonedAct(c: Claim, lexicon: Lexicon): { verb: string; span: Claim['span'] } | undefined {
  const p = c.proposition;
  if (!p.predicate || p.negated || p.state === 'pending' || !derived(lexicon, abandonVerbs).has(p.predicate.lemma.toLowerCase())) return undefined;
  if (p.inner) return { verb: p.inner.lemma.toLowerCase(), span: p.predicate.span };
  const event = (p.events ?? []).find((e) => !derived(lexicon, planVerbs).has(e.toLowerCase()));
  return event ? { verb: event.toLowerCase(), span: p.predicate.span } : undefined;
}

/**
 * One side says an act is planned, the other that the plan was given up: "plans to close the market" / "dropped its
 * plan to close the market". Evidence is [a, b].
 */
export function planAbandoned(a: Claim, b: Claim, lexicon: Lexicon): DetectorHit | null {
  for (const [plan, drop, flip] of [[a, b, false], [b, a, true]] as const) {
    const act = plannedAct(plan, lexicon);
    const given = act ? abandonedAct(drop, lexicon) : undefined;
    if (!act || !given || !sameVerb(act, given.verb, true) || !actorsCompatible(plan, drop, lexicon.aliases)) continue;
    // What the plan acts on is named alike on both sides ("to close the night market").
    const [planned, dropped] = [wordsAfterVerb(plan, act), wordsAfterVerb(drop, given.verb)];
    if (planned.length > 0 && dropped.length > 0 && !planned.some((w) => dropped.includes(w))) continue;
    const evidence: [Claim['span'], Claim['span']] = [stateSpan(plan), given.span];
    return { kind: 'status', strength: STATUS_REFUSED_STRENGTH, evidence: flip ? [evidence[1], evidence[0]] : evidence, detail: 'planned vs abandoned' };
  }
  return null;
}

/** Content lemmas after the given act's verb in the claim ("… to close the night market": night, market). */
function wordsAfterVerb(c: Claim, verb: string): string[] {
  const tokens = claimWords(c).tokens;
  const at = tokens.findIndex((t) => t.verb === verb);
  return at < 0 ? [] : tokens.slice(at + 1).filter((t) => t.content).map((t) => t.lemma);
}

const awaitVerbs = (lexicon: Lexicon): ReadonlySet<string> => new Set(lexicon.awaitVerbs);

/**
 * One side still waits for a decision ("the takeover is still awaiting approval"), the other reports it made, either
 * way ("regulators approved the takeover", "regulators blocked the takeover", "the governor vetoed the bill", read as a refusal): the awaited event noun's verb, or its
 * opposite, done to the thing that waits. Evidence is [a, b].
 */
export function awaitedDecision(a: Claim, b: Claim, lexicon: Lexicon): DetectorHit | null {
  for (const [waiting, done, flip] of [[a, b, false], [b, a, true]] as const) {
    const [w, d] = [waiting.proposition, done.proposition];
    if (!w.predicate || !d.predicate || !w.theme || !w.actor || !d.theme || w.negated || d.negated || (d.state !== 'affirmed' && d.state !== 'refused')) continue;
    if (!derived(lexicon, awaitVerbs).has(w.predicate.lemma.toLowerCase())) continue;
    // "might veto the bill", "will veto it" settle nothing yet: only a decision reported as made does.
    if (!doneAct(done)) continue;
    const head = w.theme.text.trim().split(/\s+/).at(-1)!.toLowerCase();
    const awaited = verbsOfNominalisation(head);
    const act = d.predicate.lemma.toLowerCase();
    const decides = awaited.some((v) => v === act || (lexicon.opposites.get(v)?.has(act) ?? false));
    if (!decides || !samePhrase(w.actor, d.theme, lexicon.aliases)) continue;
    // "the bill awaits the governor's signature" / "the governor signed a different bill": the words of the thing must agree.
    if (phraseLemmas(waiting, w.actor) !== phraseLemmas(done, d.theme)) continue;
    const evidence: [Claim['span'], Claim['span']] = [w.predicate.span, d.predicate.span];
    return { kind: 'status', strength: STATUS_DECIDED_STRENGTH, evidence: flip ? [evidence[1], evidence[0]] : evidence, detail: 'awaited vs decided' };
  }
  return null;
}

const PRONOUNS: ReadonlySet<string> = new Set(SUBJECT_PRONOUNS);

/** Who does the claim's act: its actor, or for a pronoun actor the holder it reports ("He said he was …"). */
export function doer(c: Claim): string | undefined {
  const actor = c.proposition.actor?.text.trim();
  return actor !== undefined && PRONOUNS.has(actor.toLowerCase()) ? c.attribution.holder : actor;
}

/**
 * One side says a decision verb is still open for its doer ("was not in a position to confirm the authenticity of
 * the video", "has not yet confirmed the date"), the other that the same doer made that statement, as its reporting
 * verb ("He confirmed that the video was authentic"): what was to be confirmed (the inner head) is named among what
 * was confirmed. Evidence is [a, b].
 */
export function statedByFrame(a: Claim, b: Claim, lexicon: Lexicon): DetectorHit | null {
  for (const [pending, done, flip] of [[a, b, false], [b, a, true]] as const) {
    const [p, d] = [pending.proposition, done.proposition];
    const verb = p.predicate?.lemma.toLowerCase();
    if (p.state !== 'pending' || verb === undefined || !derived(lexicon, statusVerbs).has(verb) || !p.inner) continue;
    if (done.attribution.verb?.toLowerCase() !== verb || d.state !== 'affirmed' || d.negated) continue;
    if (done.certainty.level === 'doubted' || done.certainty.level === 'refuted') continue;
    const [who, by] = [doer(pending), done.attribution.holder];
    if (who === undefined || !sameName(who, by, lexicon.aliases)) continue;
    const awaited = stem(p.inner.lemma.toLowerCase());
    if (!claimWords(done).tokens.some((t) => t.content && stem(t.lemma) === awaited)) continue;
    const evidence: [Claim['span'], Claim['span']] = [stateSpan(pending), done.attribution.verbSpan ?? done.span];
    return { kind: 'status', strength: STATUS_DECIDED_STRENGTH, evidence: flip ? [evidence[1], evidence[0]] : evidence, detail: 'pending vs stated' };
  }
  return null;
}
