import type { Claim, Phrase } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { stem } from '../extract/keys.js';
import { DECIDING_ACTS, DISTANT_PAST_PHRASES, EXPECTING_WORDS, OWN_ACTIVITY_NOUNS, PENDING_STATES, PRESENT_STATE_VERBS, PUTTING_OFF_WORDS, STATE_ADVERBS, VOTE_NOUNS } from '../lexicon/pending-states.js';
import { DECISION_NOUNS } from '../lexicon/process-outcomes.js';
import { datesClash } from '../match/dates.js';
import { claimWords, contentWordsIn, type Token } from './words.js';
import { verbLemma } from './lemma.js';
import { negatedParticipleVerb } from '../extract/negative-participles.js';
import { remainsOf } from './remains.js';
import { ongoingProcessEnded } from './ongoing-processes.js';
import { indexByFirstWord, propositionWords, rowsFor } from './first-words.js';
import { perClaim } from './per-claim.js';

/** One claim holds a thing in a state still awaiting its end, the other reports the act that ends it. */
export interface PendingStateEnded {
  /** The state phrase and the ending verb, in the claims' order. */
  evidence: readonly [Span, Span];
  detail: string;
}

/** `first`: the phrase's first word when a plain one, which the pattern (opening \b<first>\b) can match only as a whole regex word. */
interface StateRow { pattern: RegExp; first: string | undefined; ends: ReadonlySet<string>; doerEnds: boolean; ownActivityOnly?: boolean }
const ROWS: readonly StateRow[] = PENDING_STATES.map(([phrase, ends, who]) => ({
  pattern: new RegExp(`\\b${phrase.replace(/ /g, '\\s+')}\\b`, 'gi'),
  first: /^[a-z]+$/.test(phrase.split(' ')[0]!) ? phrase.split(' ')[0]! : undefined,
  ends: new Set(ends.map(stem)),
  doerEnds: who !== 'undergoer',
  ownActivityOnly: who === 'doer-itself',
}));
const ROWS_BY_FIRST = indexByFirstWord(ROWS.map((row) => row.first));
const OWN_ACTIVITY: ReadonlySet<string> = new Set(OWN_ACTIVITY_NOUNS);

/** The ending act's object, if any, is the activity itself ("closed its doors", "ended their strike"), not a part of it. */
function endsItsOwnActivity(ending: Claim): boolean {
  const theme = ending.proposition.theme;
  return theme === undefined || contentWordsIn(ending, theme).every((t) => OWN_ACTIVITY.has(t.lower));
}
const PRESENT: ReadonlySet<string> = new Set(PRESENT_STATE_VERBS);
const ADVERBS: ReadonlySet<string> = new Set(STATE_ADVERBS);
const PERFECT: ReadonlySet<string> = new Set(['has', 'have']);
const DISTANT_PAST = new RegExp(`\\b(?:${DISTANT_PAST_PHRASES.map((p) => p.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
/** Words before a verb that put its act in the future or in a mere possibility ("will be freed", "expected to be freed"). */
export const NOT_DONE = /\b(?:will|would|could|may|might|should|shall|to|if|whether)\b/i;

interface StateMention { span: Span; row: StateRow }

/** Claims are immutable values: their present states are read once per claim, not once per pair. */
const statesByClaim = new WeakMap<Claim, readonly StateMention[]>();

/** The pending states the claim predicates of its subject in the present: "the suspect (still) remains at large". */
function presentStates(claim: Claim): readonly StateMention[] {
  let found = statesByClaim.get(claim);
  if (!found) statesByClaim.set(claim, (found = findPresentStates(claim)));
  return found;
}

/**
 * Who is in the state: the subject, which extraction reads as the theme when the state is a participle it takes for a
 * passive ("the ferry is still stuck": theme "the ferry", no actor).
 */
function stateHolder(claim: Claim): Phrase | undefined {
  const { actor, theme, predicate } = claim.proposition;
  if (actor) return actor;
  return theme && predicate && theme.span.end <= predicate.span.start ? theme : undefined;
}

function findPresentStates(claim: Claim): StateMention[] {
  const p = claim.proposition;
  const holder = stateHolder(claim);
  if (p.negated || p.state === 'negated' || !holder) return [];
  if (claim.certainty.level === 'doubted' || claim.certainty.level === 'refuted') return [];
  const tokens = claimWords(claim).tokens;
  const { text, start } = p.span;
  const out: StateMention[] = [];
  for (const at of rowsFor(ROWS_BY_FIRST, propositionWords(claim))) {
    const row = ROWS[at]!;
    for (const m of text.matchAll(row.pattern)) {
      const span = { start: start + m.index, end: start + m.index + m[0].length, text: m[0] };
      if (span.start < holder.span.end) continue;
      const before = tokens.filter((t) => t.span.end <= span.start).reverse();
      const at = before.findIndex((t) => !ADVERBS.has(t.lower));
      const verb = before[at];
      if (!verb || !PRESENT.has(verb.lower)) continue;
      if (verb.lower === 'been' && !PERFECT.has(before.slice(at + 1).find((t) => !ADVERBS.has(t.lower))?.lower ?? '')) continue;
      out.push({ span, row });
    }
  }
  return [...out, ...undoneStates(claim, holder, tokens)];
}

/** Most words read as the other party after "with": a name or a short description. */
const MAX_PARTY_WORDS = 4;

/**
 * The other side of talks, after "with" right behind the state ("the club is in talks with the striker"): FrameNet 1.7
 * Discussion's Interlocutor_2, who may end the talks as the doer as well ("the striker signed for the club").
 */
function otherParty(state: Claim, at: Span, doer: string): boolean {
  if (doer === '') return false;
  const after = claimWords(state).tokens.filter((t) => t.span.start >= at.end);
  if (after[0]?.lower !== 'with') return false;
  const party: string[] = [];
  for (const t of after.slice(1, 1 + MAX_PARTY_WORDS)) {
    if (!t.content && party.length > 0) break;
    if (t.content) party.push(t.lemma);
  }
  return doer.split(' ').every((w) => party.includes(w));
}

/** "unsigned", "unidentified": the negative prefix on a participle (Quirk et al. 1985, App. I.21: un- "not"). */
const UNDONE = /^un(\p{L}+(?:ed|en))$/u;

/**
 * A thing held now in the state of an act not yet done to it, told by an un- participle after a present state verb
 * ("the deal remains unsigned", "the body is still unidentified"): the act itself ends the state ("the deal was signed").
 */
function undoneStates(claim: Claim, holder: Phrase, tokens: readonly Token[]): StateMention[] {
  const out: StateMention[] = [];
  tokens.forEach((t, i) => {
    const m = UNDONE.exec(t.lower);
    // "unsold", "unpaid": irregular participles too (extract/negative-participles.ts).
    const act = negatedParticipleVerb(t.lower) ?? (m ? verbLemma(m[1]!) : undefined);
    if (!act || t.span.start < holder.span.end) return;
    const verb = tokens.slice(0, i).reverse().find((w) => !ADVERBS.has(w.lower));
    if (!verb || !PRESENT.has(verb.lower) || verb.lower === 'been') return;
    out.push({ span: t.span, row: { pattern: UNDONE, first: undefined, ends: new Set([stem(act)]), doerEnds: false } });
  });
  return out;
}

/** Content lemmas of a phrase, sorted: who or what is in the state ("the suspect" / "a second suspect" differ). */
export function phraseLemmas(claim: Claim, phrase: Phrase): string {
  const words = contentWordsIn(claim, phrase);
  return [...new Set(words.map((t) => t.lemma))].sort().join(' ');
}

const DEFINITE_OPENING = /^the\s/i;
/** Words that introduce one more of a kind ("a second suspect", "another ban"): a new referent, not the one in the state. */
const ANOTHER = /^(?:a|an|another|one|some|other|second|third|fourth|fifth|new|further|additional)$/i;

/**
 * The state's holder is a definite description ("the notice") whose content words all stand in the ending act's theme,
 * a fuller name of the same thing ("the boil-water notice covering the town"): a definite description picks up a
 * referent already known (Quirk et al. 1985, § 5.32, anaphoric "the"). Not when the theme brings in another of the
 * kind ("a second suspect", "another ban").
 */
function shortDefinite(state: Claim, ending: Claim, theme: Phrase): boolean {
  const holder = stateHolder(state)!;
  if (!DEFINITE_OPENING.test(holder.text.trim())) return false;
  const short = phraseLemmas(state, holder).split(' ').filter(Boolean);
  const full = new Set(phraseLemmas(ending, theme).split(' '));
  const opening = theme.text.trim().split(/\s+/).slice(0, 2);
  if (short.length === 0 || opening.some((w) => ANOTHER.test(w)) || !short.every((w) => full.has(w))) return false;
  // The holder's head heads the theme: not its possessor ("the journalist's brother") nor in an of-phrase ("the
  // brother of the journalist").
  const head = claimWords(state).tokens.filter((t) => t.content && t.span.start >= holder.span.start && t.span.end <= holder.span.end).at(-1)?.lower;
  if (head === undefined) return false;
  const words = theme.text.toLowerCase().split(/\s+/);
  const at = words.findIndex((w) => w.replace(/['’]s$/, '') === head);
  return at >= 0 && !/['’]s$/.test(words[at]!) && words[at - 1] !== 'of';
}

/** The claim reports its act as done: not negated, pending, doubted, or put in the future. Read once per claim (pairs ask). */
export const doneAct: (claim: Claim) => boolean = perClaim(readDoneAct);

function readDoneAct(claim: Claim): boolean {
  const p = claim.proposition;
  if (!p.predicate || p.negated || (p.state !== 'affirmed' && p.state !== 'refused')) return false;
  if (claim.certainty.level === 'doubted' || claim.certainty.level === 'refuted') return false;
  return !NOT_DONE.test(claim.text.slice(0, p.predicate.span.start - claim.span.start));
}

/** The ending is dated a year or more back, or in a year, while the state is told undated: an earlier occurrence. */
export function endedLongBefore(state: Claim, ending: Claim): boolean {
  if (state.times.length > 0) return false;
  return DISTANT_PAST.test(ending.text) || ending.times.some((t) => t.granularity === 'year');
}

function endedState(state: Claim, ending: Claim): { state: Span; ending: Span } | null {
  const mentions = presentStates(state);
  if (mentions.length === 0 || !doneAct(ending)) return null;
  const o = ending.proposition;
  const act = stem(o.predicate!.lemma.toLowerCase());
  const holder = phraseLemmas(state, stateHolder(state)!);
  if (holder === '') return null;
  for (const { span, row } of mentions) {
    if (!row.ends.has(act)) continue;
    const undergoer = o.theme !== undefined && (phraseLemmas(ending, o.theme) === holder || remainsOf(ending, o.theme) === holder || shortDefinite(state, ending, o.theme));
    const doer = row.doerEnds && o.actor !== undefined && (phraseLemmas(ending, o.actor) === holder || otherParty(state, span, phraseLemmas(ending, o.actor))) &&
      (!row.ownActivityOnly || endsItsOwnActivity(ending));
    if (!undergoer && !doer) continue;
    if (datesClash(state, ending) || endedLongBefore(state, ending)) return null;
    return { state: span, ending: o.predicate!.span };
  }
  return null;
}

/**
 * A thing said to be in a state that waits for an event ("the treaty is still under negotiation", "the suspect remains
 * at large") and the act that ends that state done to it, or by it for states of a party ("the treaty was signed",
 * "police arrested the suspect", "the two sides reached a deal"): one event seen before and after its end. A past state
 * ("was at large"), dates that do not meet, or an ending a year back against an undated present state are sequences.
 */
export function pendingStateEnded(a: Claim, b: Claim): PendingStateEnded | null {
  const ab = endedState(a, b) ?? expectedDecisionMade(a, b) ?? ongoingProcessEnded(a, b);
  if (ab) return { evidence: [ab.state, ab.ending], detail: `"${ab.state.text}" vs "${ab.ending.text}"` };
  const ba = endedState(b, a) ?? expectedDecisionMade(b, a) ?? ongoingProcessEnded(b, a);
  if (ba) return { evidence: [ba.ending, ba.state], detail: `"${ba.state.text}" vs "${ba.ending.text}"` };
  return null;
}

const PUTTING_OFF: ReadonlySet<string> = new Set(PUTTING_OFF_WORDS);
const EXPECTING: ReadonlySet<string> = new Set([...EXPECTING_WORDS, ...PUTTING_OFF]);
const DECISION_WORDS: ReadonlySet<string> = new Set([...DECISION_NOUNS, ...VOTE_NOUNS]);
const DECIDING: ReadonlySet<string> = new Set(DECIDING_ACTS.map(stem));

/**
 * A decision said to be still to come ("a decision on the merger is expected next month", "the vote on the budget
 * was postponed") against a deciding act done
 * to the thing it is about ("the regulator blocked the merger"): every content word of what was decided on is among
 * the words after the decision noun. Evidence is [the expecting verb, the deciding verb].
 */
function expectedDecisionMade(expected: Claim, made: Claim): { state: Span; ending: Span } | null {
  const [p, o] = [expected.proposition, made.proposition];
  if (!p.predicate || p.negated || p.state === 'negated' || !EXPECTING.has(p.predicate.lemma.toLowerCase())) return null;
  if (!o.theme || !doneAct(made) || !DECIDING.has(stem(o.predicate!.lemma.toLowerCase()))) return null;
  const tokens = claimWords(expected).tokens;
  const noun = tokens.findIndex((t) => DECISION_WORDS.has(t.lower));
  if (noun < 0) return null;
  const about = new Set(tokens.slice(noun + 1).filter((t) => t.content).map((t) => t.lemma));
  const theme = phraseLemmas(made, o.theme);
  if (theme === '' || !theme.split(' ').every((w) => about.has(w))) return null;
  if (datesClash(expected, made) || DISTANT_PAST.test(made.text)) return null;
  // A decision put off a year or more back may have been taken since: a sequence, as an ending long before a state is.
  if (PUTTING_OFF.has(p.predicate.lemma.toLowerCase()) && endedLongBefore(made, expected)) return null;
  return { state: p.predicate.span, ending: o.predicate!.span };
}
