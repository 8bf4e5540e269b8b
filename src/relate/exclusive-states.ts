import { statesOfOtherSubjects } from './state-subjects.js';
import type { Claim } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { BE_FORMS, LINKING_VERBS } from '../lexicon/grammar-words.js';
import { ARTICLE_ONES } from '../lexicon/number-words.js';
import { derived, type Lexicon } from '../lexicon/index.js';
import { RESULT_STATES } from '../lexicon/result-states.js';
import { sameName } from '../detect/actor.js';
import { claimWords } from './words.js';
import { activeResultHolder, holderBefore, sameStateHolder, type StateHolder } from './active-results.js';
import { doneAct } from './pending-states.js';
import { remainsFound } from './remains.js';
import { indexByFirstWord, propositionWords, rowsFor, type FirstWordIndex } from './first-words.js';

/** Two claims give one holder states that exclude each other: the two state phrases, in the claims' order. */
export interface ExclusiveStates {
  evidence: readonly [Span, Span];
  detail: string;
}

/** Share of the fewer other content words (beyond the two states) the other claim must hold: both speak of one thing. */
const SAME_THING_SHARE = 0.6;

/**
 * Each state phrase → the phrases it excludes (symmetric), and one whole-word pattern per phrase with the phrase's
 * first word when it is plain ASCII letters: a text without that word (lower-cased) cannot match the pattern.
 */
interface StateTable { excludes: ReadonlyMap<string, ReadonlySet<string>>; patterns: readonly (readonly [string, RegExp, string | undefined])[]; byFirst: FirstWordIndex }
const PLAIN_WORD = /^[a-z]+$/;

const stateTable = (lexicon: Lexicon): StateTable => {
  const excludes = new Map<string, Set<string>>();
  const add = (x: string, y: string) => (excludes.get(x) ?? excludes.set(x, new Set()).get(x)!).add(y);
  for (const [state, others] of lexicon.incompatibleStates) for (const o of others) (add(state, o), add(o, state));
  // A participle that leaves a state ("killed" → dead) is excluded by what excludes that state ("alive").
  for (const [state, participles] of RESULT_STATES) {
    for (const o of excludes.get(state) ?? []) for (const p of participles) (add(p, o), add(o, p));
  }
  const patterns = [...excludes.keys()].map((p) => {
    const first = p.split(' ')[0]!;
    return [p, new RegExp(`\\b${p.replace(/ /g, '\\s+')}\\b`, 'gi'), PLAIN_WORD.test(first) ? first : undefined] as const;
  });
  return { excludes, patterns, byFirst: indexByFirstWord(patterns.map(([, , first]) => first)) };
};

interface StateMention { phrase: string; span: Span; nominal: boolean; patient?: StateHolder }

/**
 * Verbs after which a state is predicated of a thing: copulas, linking verbs, and the complex-transitive verbs whose
 * passive keeps the complement ("was left intact", "was found dead"; Quirk et al. 1985, § 16.44).
 */
const PREDICATING: ReadonlySet<string> = new Set([...BE_FORMS, ...LINKING_VERBS, 'left', 'leaves', 'leave', 'found', 'declared']);
/** Degree and time adverbs that may stand between the verb and its state ("is still closed", "was completely destroyed"). */
const BETWEEN = /^(?:still|now|already|very|much|completely|fully|largely|entirely|totally|almost|virtually|reportedly|again)$/;

/**
 * Whether a state stands as a predicate: the claim's predicate itself, or a complement after a predicating verb. A
 * result participle must be passive ("was killed"): active, it names what its subject did to others ("killed 100").
 */
function predicated(claim: Claim, span: Span, participle: boolean): boolean {
  const pred = claim.proposition.predicate?.span;
  if (!participle && pred && span.start < pred.end && span.end > pred.start) return true;
  const before = claimWords(claim).tokens.filter((t) => t.span.end <= span.start).reverse();
  // "was in (a) critical condition": a state in an "in" phrase after the verb is its complement too (Quirk § 16.24).
  const article = ARTICLE_ONES.has(before[0]?.lower ?? '') ? 1 : 0;
  const afterIn = before[article]?.lower === 'in' ? before.slice(article + 1) : before;
  const verb = afterIn.find((t) => !BETWEEN.test(t.lower));
  return verb !== undefined && PREDICATING.has(verb.lower);
}

/**
 * A state as the attribute of a predicate nominal after a copula: "Moreau was a liberal thinker" says Moreau is
 * liberal (an intersective adjective, Quirk et al. 1985 § 7.7), so it is held of the subject, not of a thing.
 */
function nominalAttribute(claim: Claim, span: Span): boolean {
  const before = claimWords(claim).tokens.filter((t) => t.span.end <= span.start).reverse();
  return before.length >= 2 && ARTICLE_ONES.has(before[0]!.lower) && BE.has(before[1]!.lower);
}
const BE: ReadonlySet<string> = new Set(BE_FORMS);

/** Claims are immutable values: their state phrases are found once per claim object and table, not once per pair. */
const mentionsByTable = new WeakMap<StateTable, WeakMap<Claim, readonly StateMention[]>>();

/** The state phrases a claim's proposition predicates of something, with their spans ("a dead eye" is no state of the eye's owner). */
function stateMentions(claim: Claim, table: StateTable): readonly StateMention[] {
  let byClaim = mentionsByTable.get(table);
  if (!byClaim) mentionsByTable.set(table, (byClaim = new WeakMap()));
  let found = byClaim.get(claim);
  if (!found) byClaim.set(claim, (found = [...findStateMentions(claim, table), ...deathByRemains(claim, table)]));
  return found;
}


/** A body found ("the climber's body was recovered") holds its owner dead, where the table sets "dead" against other states. */
function deathByRemains(claim: Claim, table: StateTable): StateMention[] {
  if (!table.excludes.has(DEAD)) return [];
  const found = remainsFound(claim);
  return found && doneAct(claim) ? [{ phrase: DEAD, span: found.span, nominal: false, patient: found.holder }] : [];
}
const DEAD = 'dead';

function findStateMentions(claim: Claim, table: StateTable): StateMention[] {
  const { text, start } = claim.proposition.span;
  const out: StateMention[] = [];
  for (const row of rowsFor(table.byFirst, propositionWords(claim))) {
    const [phrase, pattern] = table.patterns[row]!;
    for (const m of text.matchAll(pattern)) {
      const span = { start: start + m.index, end: start + m.index + m[0].length, text: m[0] };
      const nominal = nominalAttribute(claim, span);
      const participle = RESULT_PARTICIPLES.has(phrase);
      if (nominal || predicated(claim, span, participle)) out.push({ phrase, span, nominal });
      else if (participle) {
        const patient = activeResultHolder(claim, span);
        if (patient) out.push({ phrase, span, nominal, patient });
      }
    }
  }
  return out;
}

/** Content lemmas of the proposition outside the given spans. */
function otherWords(claim: Claim, skip: readonly Span[]): Set<string> {
  const out = claimWords(claim).tokens.filter((t) => t.content && !skip.some((s) => t.span.start >= s.start && t.span.end <= s.end));
  return new Set(out.map((t) => t.lemma));
}

/**
 * Detail one claim adds that the other does not speak to: its date, its places, or a passive's by-agent when the other
 * claim has none ("was freed on Tuesday" / "is still held by the militia" are one journalist). Detail both give stays
 * in, so "closed on Monday" / "open on Tuesday" or two bridges in two cities remain two things.
 */
function oneSidedDetail(claim: Claim, other: Claim): Span[] {
  const out: Span[] = [];
  if (other.times.length === 0) out.push(...claim.times.map((t) => t.span));
  if (other.places.length === 0) out.push(...claim.places.map((p) => p.span));
  const byAgent = (c: Claim) => {
    const { actor, predicate } = c.proposition;
    return actor !== undefined && predicate !== undefined && actor.span.start >= predicate.span.end ? actor.span : undefined;
  };
  const agent = byAgent(claim);
  if (agent && other.proposition.actor === undefined) out.push(agent);
  return out;
}

/** Both claims speak of one thing: most of the words of the one that says less, beyond the two states, are in the other. */
function sameThing(a: Claim, b: Claim, skipA: Span, skipB: Span): boolean {
  const [wa, wb] = [otherWords(a, [skipA, ...oneSidedDetail(a, b)]), otherWords(b, [skipB, ...oneSidedDetail(b, a)])];
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (small.size === 0) return false;
  return [...small].filter((w) => large.has(w)).length / small.size >= SAME_THING_SHARE;
}

const RESULT_PARTICIPLES: ReadonlySet<string> = new Set(RESULT_STATES.flatMap(([, participles]) => participles));

/** Content lemmas before a state: who or what is in it ("Rana Osei" / "Rana Osei's brother" differ). */
function holderWords(claim: Claim, span: Span): string {
  return holderBefore(claim, span, PREDICATING).lemmas.join(' ');
}

/** A state left by an act ("was killed", "rebels killed him") is set against another state only for one and the same holder. */
function sameHolder(a: Claim, x: StateMention, b: Claim, y: StateMention): boolean {
  if (x.patient || y.patient) return sameStateHolder(x.patient ?? holderBefore(a, x.span, PREDICATING), y.patient ?? holderBefore(b, y.span, PREDICATING));
  const hx = holderWords(a, x.span);
  return hx !== '' && hx === holderWords(b, y.span);
}

/** States held only after one occasion: "survived the crash" says nothing of a death in hospital a week later. */
const AFTER_AN_OCCASION: ReadonlyMap<string, string> = new Map([['survived', 'survive']]);
const OCCASION_VERBS: ReadonlySet<string> = new Set(AFTER_AN_OCCASION.values());

/** A state held after an occasion ("survived the crash") meets another state only where the other claim names that occasion. */
function occasionShared(claim: Claim, state: StateMention, other: Claim): boolean {
  return !AFTER_AN_OCCASION.has(state.phrase) || namesTheOccasion(claim, other);
}

/**
 * One claim's verb holds a state after an occasion the other claim does not name: "survived the crash" says nothing
 * of "died in hospital a week later", whatever opposes the two verbs.
 */
export function stateAfterAnotherOccasion(a: Claim, b: Claim): boolean {
  return stateAfter(a, b) || stateAfter(b, a);
}

function stateAfter(x: Claim, y: Claim): boolean {
  return OCCASION_VERBS.has(x.proposition.predicate?.lemma ?? '') && !namesTheOccasion(x, y);
}

/** The other claim names the head of what the claim acted on ("the crash" in "survived the crash"), or it acted on nothing. */
function namesTheOccasion(claim: Claim, other: Claim): boolean {
  const theme = claim.proposition.theme;
  if (theme === undefined) return true;
  const head = claimWords(claim).tokens.filter((t) => t.content && t.span.start >= theme.span.start && t.span.end <= theme.span.end).at(-1);
  return head === undefined || claimWords(other).tokens.some((t) => t.lemma === head.lemma);
}

/** Verbs that hold a state in the past and in the present ("was closed" / "is open"; Quirk et al. 1985 § 4.4 on tense). */
const PAST_HOLDING: ReadonlySet<string> = new Set(['was', 'were', 'remained', 'stayed']);
const PRESENT_HOLDING: ReadonlySet<string> = new Set(['is', 'are', 'am', 'remains', 'remain', 'stays', 'stay']);

/** The verb that predicates a state mention, as written, past the adverbs between ("was still closed": was). */
function holdingVerb(claim: Claim, span: Span): string | undefined {
  const before = claimWords(claim).tokens.filter((t) => t.span.end <= span.start).reverse();
  return before.find((t) => !BETWEEN.test(t.lower))?.lower;
}

/**
 * One state is told in the past and dated ("the museum was closed in 2019"), the other in the present ("is open"):
 * the two hold one after the other, a sequence, not a clash.
 */
function datedEarlierState(past: Claim, x: StateMention, present: Claim, y: StateMention): boolean {
  // A state left by an act ("was killed last week") stays: only states that come and go ("closed", "on strike") pass.
  if (x.patient || y.patient || past.times.length === 0 || RESULT_PARTICIPLES.has(x.phrase) || RESULT_PARTICIPLES.has(y.phrase)) return false;
  const [then, now] = [holdingVerb(past, x.span), holdingVerb(present, y.span)];
  return then !== undefined && now !== undefined && PAST_HOLDING.has(then) && PRESENT_HOLDING.has(now);
}

/** Pairs of claim objects are asked twice (matching, then the opposition detector): remembered per table and pair. */
const pairsByTable = new WeakMap<StateTable, WeakMap<Claim, WeakMap<Claim, ExclusiveStates | null>>>();

/**
 * Two states of one thing that exclude each other ("left intact" / "destroyed", "online" / "offline"); the lexicon
 * lists them (lexicon/incompatible-states.ts). Read by matching (one fate, seen two ways) and by the opposition detector.
 */
export function exclusiveStates(a: Claim, b: Claim, lexicon: Lexicon): ExclusiveStates | null {
  const table = derived(lexicon, stateTable);
  // Most claims predicate no listed state: such a pair is answered without a memo entry (matching asks every pair).
  if (stateMentions(b, table).length === 0 || stateMentions(a, table).length === 0) return null;
  let byPair = pairsByTable.get(table);
  if (!byPair) pairsByTable.set(table, (byPair = new WeakMap()));
  let row = byPair.get(a);
  if (!row) byPair.set(a, (row = new WeakMap()));
  let found = row.get(b);
  if (found === undefined) row.set(b, (found = findExclusiveStates(a, b, lexicon, table)));
  return found;
}

function findExclusiveStates(a: Claim, b: Claim, lexicon: Lexicon, table: StateTable): ExclusiveStates | null {
  const inB = stateMentions(b, table);
  for (const x of stateMentions(a, table)) {
    for (const y of inB) {
      if (!table.excludes.get(x.phrase)?.has(y.phrase)) continue;
      // Attributes of predicate nominals are held of the subjects: one named subject, whatever the nouns ("thinker" / "politician").
      const sameSubject = x.nominal && y.nominal && a.proposition.actor !== undefined && b.proposition.actor !== undefined && sameName(a.proposition.actor.text, b.proposition.actor.text, lexicon.aliases);
      const otherSubjects = x.patient === undefined && y.patient === undefined && statesOfOtherSubjects(a, x.span, b, y.span);
      if (!sameSubject && (!sameThing(a, b, x.span, y.span) || otherSubjects)) continue;
      const heldOf = x.patient !== undefined || y.patient !== undefined || RESULT_PARTICIPLES.has(x.phrase) || RESULT_PARTICIPLES.has(y.phrase);
      if (heldOf && !sameHolder(a, x, b, y)) continue;
      if (!occasionShared(a, x, b) || !occasionShared(b, y, a)) continue;
      if (datedEarlierState(a, x, b, y) || datedEarlierState(b, y, a, x)) continue;
      return { evidence: [x.span, y.span], detail: `"${x.span.text}" vs "${y.span.text}"` };
    }
  }
  return null;
}
