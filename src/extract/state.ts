import { COORDINATORS } from '../lexicon/grammar-words.js';
import type { Range } from '../ingest/types.js';
import type { ClaimState } from '../model/claim.js';
import { derived, type Lexicon } from '../lexicon/index.js';
import { EPISTEMIC_ADJECTIVES, EPISTEMIC_PARTICIPLES, PARTIAL_ADVERBS, PENDING_ADVERBS } from '../lexicon/status-cues.js';
import { BE_FORMS } from '../lexicon/grammar-words.js';
import { SIMPLE_PREPOSITIONS } from '../lexicon/simple-prepositions.js';
import { FRONT_NOUNS, REFUSAL_ACTS, REMOVAL_VERBS, WITHDRAWN_PEOPLE } from '../lexicon/polarity-cues.js';
import { PLACE_OF_NOUNS } from '../lexicon/places.js';
import { MEASURE_VERBS } from '../lexicon/value-verbs.js';
import { TENS_WORDS, UNIT_WORDS } from '../lexicon/number-words.js';
import { APPROXIMATORS } from '../lexicon/distance-words.js';
import { findPhrase } from './phrase-find.js';
import type { Token } from '../segment/tokens.js';
import { stem } from './keys.js';
import type { PropositionParts } from './proposition.js';
import { hasTag, type Term } from './terms.js';

const PENDING_ADVERB = new Set(PENDING_ADVERBS.filter((a) => !a.includes(' ')));
/** A pending adverb may follow the negated verb by this many tokens ("has not signed it yet"); further on it modifies something else. */
const PENDING_ADVERB_REACH = 2;
const PARTIAL = PARTIAL_ADVERBS.map((p) => p.split(' '));
const BE = new Set(BE_FORMS);
/** Words before the verb that its aspect adverb and auxiliaries stand in ("still are inspecting", "has partly repaid"). */
const ASPECT_REACH = 3;

interface StateCues {
  refusalSingle: ReadonlySet<string>;
  refusalPhrases: readonly string[][];
  pendingVerb: ReadonlySet<string>;
  pendingPhrase: readonly string[][];
  decided: ReadonlySet<string>;
}

// Compared by Porter stem, so a tagger's odd root ("negotiating" read as a noun) still finds its verb.
const stateCues = (lexicon: Lexicon): StateCues => ({
  refusalSingle: new Set(lexicon.refusalVerbs.filter((v) => !v.includes(' ')).map(stem)),
  refusalPhrases: lexicon.refusalVerbs.filter((v) => v.includes(' ')).map((p) => p.split(' ')),
  pendingVerb: new Set(lexicon.pendingVerbs.map(stem)),
  pendingPhrase: lexicon.pendingPhrases.map((p) => p.split(' ')),
  decided: new Set(lexicon.decidedCues),
});

export interface StateResult {
  state: ClaimState;
  cue?: Range;
}

/** What the proposition says happened: affirmed, negated, pending (undecided) or refused. */
export function findState(tokens: readonly Token[], parts: PropositionParts, lexicon: Lexicon): StateResult {
  const { refusalSingle: REFUSAL_SINGLE, refusalPhrases: REFUSAL_PHRASES, pendingVerb: PENDING_VERB, pendingPhrase: PENDING_PHRASE, decided: DECIDED } = derived(lexicon, stateCues);
  const predicate = parts.predicate?.term;
  // "the council's failure to pay": the noun says the event did not happen ("no failure to pay" is left as written).
  if (parts.implicativeNoun && !parts.negator) return { state: parts.implicativeNoun.state, cue: parts.implicativeNoun.cue };
  const pendingPhrase = findPhrase(tokens, PENDING_PHRASE);
  if (pendingPhrase && !insidePrepositionalPhrase(tokens, pendingPhrase) && !prepositionalPending(tokens, pendingPhrase)) return { state: 'pending', cue: pendingPhrase };
  const question = openQuestion(tokens);
  if (question) return { state: 'pending', cue: question };
  if (parts.negator && predicate) {
    const last = tokens.findIndex((t) => t.start >= predicate.end);
    const reach = last < 0 ? tokens.length : last + PENDING_ADVERB_REACH;
    const between = tokens.slice(0, reach).filter((t) => t.start >= parts.negator!.start);
    const adverb = between.find((t) => PENDING_ADVERB.has(t.lower));
    if (adverb) return { state: 'pending', cue: negationCue(parts.negator, predicate) };
    // "did not rule out attending" leaves the question open; "the bank did not fail" (no complement) reports an event.
    // "has not withdrawn its donations": an act of stopping or abstaining with a plain object simply did not happen.
    const actNotDone = REFUSAL_ACT.has(stem(predicate.root)) && !complementClause(tokens, predicate.end);
    if (!actNotDone && ((REFUSAL_SINGLE.has(stem(predicate.root)) && !endsClause(tokens, predicate.end)) || findPhrase(tokens, REFUSAL_PHRASES))) {
      return { state: 'pending', cue: negationCue(parts.negator, predicate) };
    }
    return { state: 'negated', cue: negationCue(parts.negator, predicate) };
  }
  if (predicate && PENDING_VERB.has(stem(predicate.root)) && !judgedAs(tokens, predicate) && !completedPassive(tokens, predicate, parts) && !measuring(tokens, predicate) && !simplePast(tokens, predicate)) {
    return { state: 'pending', cue: { start: predicate.start, end: predicate.end } };
  }
  const aspect = predicate && unfinishedAspect(tokens, predicate);
  if (aspect) return { state: 'pending', cue: aspect };
  // "declined to comment", "refused to say": a non-answer, not a refusal of the event itself.
  if (parts.inner && lexicon.reportingForms[parts.inner.lower] !== undefined) return { state: 'affirmed' };
  const refusalPhrase = findPhrase(tokens, REFUSAL_PHRASES);
  // "refused the offer", "failed to pay": a refusal needs what is refused; "the talks failed", "sales declined" report an event.
  // "denied the allegations", "denied any knowledge": denying a noun is the act of saying so, not a refusal of an event
  // (a denial with a clause or gerund is read through its frame as the denier's negation of that clause).
  // "The proposal has been rejected (by the union)": a passive's subject is what is refused, whatever follows the verb.
  const refusedSubject = parts.passive === true && parts.theme !== undefined && !SPEECH_DENIALS.has(predicate?.root ?? '');
  if (predicate && REFUSAL_SINGLE.has(stem(predicate.root)) && (refusedSubject || !endsClause(tokens, predicate.end)) && !deniesStatement(tokens, parts, predicate) && !movesAway(tokens, predicate)) return { state: 'refused', cue: { start: predicate.start, end: predicate.end } };
  if (refusalPhrase && !(predicate && movesAway(tokens, predicate))) return { state: 'refused', cue: refusalPhrase };
  const decidedCue = tokens.find((t) => DECIDED.has(t.lower));
  const result: StateResult = { state: 'affirmed' };
  if (decidedCue) result.cue = { start: decidedCue.start, end: decidedCue.end };
  return result;
}

/**
 * "The inspectors weighed each sack", "auditors examined the accounts": a verb of deliberating or inquiring in the
 * simple past reports the act done (Quirk § 4.15, the event past); the undecided state is its progressive or present
 * ("are weighing the offer", "is reviewing the case"), or a perfect of ongoing time ("has been reviewing").
 */
function simplePast(tokens: readonly Token[], predicate: Term): boolean {
  if (!hasTag(predicate, 'PastTense')) return false;
  const before = tokens.filter((t) => t.end <= predicate.start).at(-1);
  return before === undefined || !PERFECT_OR_BE.has(before.lower);
}
const PERFECT_OR_BE: ReadonlySet<string> = new Set([...BE_FORMS, 'has', 'have', 'had', "'ve", "'d"]);

const MEASURING: ReadonlySet<string> = new Set(MEASURE_VERBS);
/**
 * Words between a verb of measuring and its figure: "weighed just over 40 kilograms", "weighed in at 9.6 kg", and an
 * article before a measured object ("weighed a 9.6-kilogram onion": the act of weighing it).
 */
const FIGURE_LEAD: ReadonlySet<string> = new Set([...APPROXIMATORS, 'in', 'a', 'an', 'the']);
const CURRENCY_SIGN = /^[$£€¥₹]$/;
const isFigure = (t: Token) => t.kind === 'number' || UNIT_WORDS.has(t.lower) || TENS_WORDS.has(t.lower);

/**
 * "The marrow weighed 54.2 kilograms", "judges weighed a 9.6-kilogram onion": a verb of measuring (lexicon
 * MEASURE_VERBS) with a figure right after it is the measuring sense (FrameNet Dimension), not the deliberating one
 * ("the board weighed the offer for two weeks").
 */
function measuring(tokens: readonly Token[], predicate: Range & { root: string }): boolean {
  if (!MEASURING.has(predicate.root)) return false;
  const next = tokens.filter((t) => t.start >= predicate.end).find((t) => !FIGURE_LEAD.has(t.lower) && !CURRENCY_SIGN.test(t.lower));
  return next !== undefined && isFigure(next);
}

const REMOVAL: ReadonlySet<string> = new Set(REMOVAL_VERBS);
const REFUSAL_ACT: ReadonlySet<string> = new Set(REFUSAL_ACTS.filter((v) => !v.includes(' ')).map(stem));

/** A complement clause after the verb: "to" + infinitive, or an "-ing" form ("did not withdraw from attending"). */
function complementClause(tokens: readonly Token[], end: number): boolean {
  const next = tokens.find((t) => t.start >= end && t.kind === 'word');
  return next !== undefined && (next.lower === 'to' || next.lower.endsWith('ing'));
}
const PEOPLE_WITHDRAWN: ReadonlySet<string> = new Set(WITHDRAWN_PEOPLE);
const PLACES_LEFT: ReadonlySet<string> = new Set([...PLACE_OF_NOUNS, ...FRONT_NOUNS]);
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'all', 'some', 'most', 'remaining', 'last']);

/**
 * "withdrew its troops from the border", "pulled out of the town": a removal verb whose object is people or forces,
 * or whose "from" / "out of" names a place, reports a movement, not a refusal ("withdrew from the talks" stays one).
 */
function movesAway(tokens: readonly Token[], predicate: Range & { root: string }): boolean {
  if (!REMOVAL.has(predicate.root)) return false;
  let i = tokens.findIndex((t) => t.start >= predicate.end);
  if (i < 0) return false;
  if (tokens[i]!.lower === 'out' && tokens[i + 1]?.lower === 'of') i++;
  const from = tokens[i]!.lower === 'from' || tokens[i]!.lower === 'of';
  if (from) i++;
  while (tokens[i] && OBJECT_OPENERS.has(tokens[i]!.lower)) i++;
  const head = tokens[i];
  if (!head || head.kind !== 'word') return false;
  return from ? head.capitalized || PLACES_LEFT.has(head.lower) : PEOPLE_WITHDRAWN.has(head.lower);
}

/**
 * "deny" is a verb of saying ("denied the allegations", "denied any knowledge": FrameNet 1.7 Affirm_or_deny) and a verb
 * of refusing to give ("denied bail to the driver", "denied him entry": Levin 1993 § 13.3, with a recipient).
 */
const SPEECH_DENIALS: ReadonlySet<string> = new Set(['deny']);
const RECIPIENT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me', 'you']);

/**
 * Denying a noun with no recipient is the act of saying it is untrue, reported as done; a recipient ("to the driver",
 * "him") makes it a refusal to grant, which stays a refusal.
 */
function deniesStatement(tokens: readonly Token[], parts: PropositionParts, predicate: Range & { root: string }): boolean {
  const theme = parts.theme;
  if (!SPEECH_DENIALS.has(predicate.root) || !theme) return false;
  const after = tokens.find((t) => t.start >= theme.end);
  const between = tokens.filter((t) => t.start >= predicate.end && t.end <= theme.end);
  // "denied him bail": a pronoun before the thing denied is its recipient; "denied them" alone denies statements.
  const last = between[between.length - 1];
  // "denied him a visa": a noun phrase after the pronoun object is the thing denied.
  const secondObject = last !== undefined && RECIPIENT_PRONOUNS.has(last.lower) && after?.kind === 'word' && !PREPOSITIONS.has(after.lower);
  return after?.lower !== 'to' && !secondObject && !between.some((t) => RECIPIENT_PRONOUNS.has(t.lower) && t.end < theme.end);
}

/** Words that open a predicative complement: "is considered a risk", "was considered to be safe". */
const COMPLEMENT_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'to', 'as']);

/**
 * A passive pending verb with a predicative complement is a judgement made, not a question open: "is considered a
 * Class II recall" (complex-transitive "consider", Quirk et al. 1985 § 16.44), unlike "is being considered".
 */
function judgedAs(tokens: readonly Token[], predicate: Range): boolean {
  const at = tokens.findIndex((t) => t.start >= predicate.start);
  const [before, after] = [tokens[at - 1], tokens.find((t) => t.start >= predicate.end)];
  // "is considering a ban": a progressive is the deliberation under way, not a passive judgement.
  if (/ing$/.test(tokens[at]?.lower ?? '')) return false;
  if (before === undefined || !BE.has(before.lower) || after === undefined) return false;
  // "are considered by military standards as absent": the complement may follow the passive's "by" agent.
  const next = after.lower === 'by' ? tokens.slice(tokens.indexOf(after) + 1, tokens.indexOf(after) + 1 + MAX_AGENT_WORDS).find((t) => t.lower === 'as' || t.kind === 'punct') : after;
  return next !== undefined && COMPLEMENT_OPENERS.has(next.lower);
}
/** Words of a "by" agent between a passive and its complement ("by military standards as"). */
const MAX_AGENT_WORDS = 5;

/**
 * "are still battling", "has partly repaid": "still" with a progressive (an action under way, Quirk § 4.29) or a
 * partial downtoner just before the verb leaves the event unfinished. "still won" (a simple past) stays affirmed.
 */
function unfinishedAspect(tokens: readonly Token[], predicate: Range): Range | undefined {
  const at = tokens.findIndex((t) => t.start >= predicate.start);
  if (at < 0) return undefined;
  const before = tokens.slice(Math.max(0, at - ASPECT_REACH), at);
  const partial = findPhrase(before, PARTIAL);
  if (partial) return { start: partial.start, end: predicate.end };
  const still = before.find((t) => t.lower === 'still');
  if (still && /ing$/.test(tokens[at]!.lower) && before.some((t) => BE.has(t.lower))) return { start: still.start, end: predicate.end };
  return undefined;
}

/** Nothing the verb could act on follows it: the clause ends, or only an adverb, a figure or a prepositional phrase does. */
function endsClause(tokens: readonly Token[], end: number): boolean {
  const next = tokens.find((t) => t.start >= end);
  return next === undefined || next.kind !== 'word' || next.lower.endsWith('ly') || INTRANSITIVE_FOLLOWERS.has(next.lower);
}
/** Prepositions after an intransitive verb ("failed in 2019", "declined by 5%", "declined over the past year"). */
const INTRANSITIVE_FOLLOWERS = new Set(['in', 'on', 'at', 'by', 'after', 'before', 'during', 'since', 'when', 'as', 'because', 'again', 'last', 'this', 'yesterday', 'today', 'over', 'for', 'throughout', 'across', 'amid', 'until', 'further']);

/** "unclear", "unknown": adjectives of knowledge that already say the answer is not known. */
const EPISTEMIC_WORDS: readonly string[] = [...EPISTEMIC_ADJECTIVES, ...EPISTEMIC_PARTICIPLES];
const NOT_KNOWING: ReadonlySet<string> = new Set(EPISTEMIC_WORDS.filter((a) => a.startsWith('un')));
const KNOWING: ReadonlySet<string> = new Set(EPISTEMIC_WORDS.filter((a) => !a.startsWith('un')));
/** A yes/no indirect question (Quirk et al. 1985 § 15.5): its clause is neither affirmed nor denied. */
const YES_NO_OPENERS: ReadonlySet<string> = new Set(['whether', 'if']);
/** Words between "not" and the adjective that leave the question open ("not yet clear", "not immediately known"). */
const OPEN_DEGREE: ReadonlySet<string> = new Set(['yet', 'still', 'entirely', 'immediately', 'fully', 'exactly', 'altogether']);

/**
 * "It is not yet clear whether the mayor will sign", "unknown if the bridge will reopen": an adjective of knowledge,
 * negated or negative, before a yes/no indirect question leaves that clause open (pending), whatever words stand between
 * "not" and the adjective. A wh-question ("not clear how they got there") presupposes its clause and is left alone.
 */
function openQuestion(tokens: readonly Token[]): Range | undefined {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [adjective, opener] = [tokens[i]!, tokens[i + 1]!];
    if (!YES_NO_OPENERS.has(opener.lower)) continue;
    if (NOT_KNOWING.has(adjective.lower)) return { start: adjective.start, end: opener.end };
    if (!KNOWING.has(adjective.lower)) continue;
    let k = i - 1;
    while (k >= 0 && OPEN_DEGREE.has(tokens[k]!.lower)) k--;
    if (k >= 0 && /^(?:not|n['’]t)$/.test(tokens[k]!.lower)) return { start: tokens[k]!.start, end: opener.end };
  }
  return undefined;
}

/** The words from the negator to the predicate, in text order: an object's "no" may follow its verb ("reported no injuries"). */
function negationCue(negator: Range, predicate: Range): Range {
  return { start: Math.min(negator.start, predicate.start), end: Math.max(negator.end, predicate.end) };
}

const PREPOSITIONS: ReadonlySet<string> = new Set(SIMPLE_PREPOSITIONS);
/** Words a preposition may stand before a cue by: "despite ongoing strikes", "amid the ongoing talks". */
const PREPOSITION_REACH = 2;

/**
 * "whose licences were reviewed this winter", "the plan has been examined": a process verb in a past or perfect
 * passive tells the process done (Quirk § 4.21, the perfective), not a question still open; "is being reviewed" and
 * "will be reviewed" stay pending.
 */
function completedPassive(tokens: readonly Token[], predicate: { start: number }, parts: PropositionParts): boolean {
  if (!parts.passive) return false;
  const at = tokens.findIndex((t) => t.start === predicate.start);
  const aux = tokens[at - 1]?.lower;
  return aux === 'was' || aux === 'were' || (aux === 'been' && tokens[at - 2]?.lower !== 'will');
}

/**
 * "suspended pending an investigation": "pending" with an object is a preposition ("until", Quirk § 9.7), dating how
 * long the act lasts, not an undecided state; as an adjective it ends its phrase ("the decision is pending", "pending
 * before the court").
 */
function prepositionalPending(tokens: readonly Token[], cue: Range): boolean {
  const at = tokens.findIndex((t) => t.start === cue.start);
  const next = tokens[at + 1];
  return tokens[at]?.lower === 'pending' && cue.end === tokens[at]!.end && next?.kind === 'word' && !PREPOSITIONS.has(next.lower) && !COORDINATING.has(next.lower);
}
const COORDINATING: ReadonlySet<string> = new Set(COORDINATORS);

/** The cue modifies a noun in a prepositional phrase ("despite ongoing airstrikes"), not the clause's own event. */
function insidePrepositionalPhrase(tokens: readonly Token[], cue: Range): boolean {
  const at = tokens.findIndex((t) => t.start === cue.start);
  return tokens.slice(Math.max(0, at - PREPOSITION_REACH), Math.max(0, at)).some((t) => PREPOSITIONS.has(t.lower));
}
