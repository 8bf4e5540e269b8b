import type { Token } from '../segment/tokens.js';
import {
  FUTURE_MODALS,
  FUTURE_SEMI_AUXILIARIES,
  FUTURATE_VERBS,
  PAST_AUXILIARIES,
  PRESENT_BE,
  PRESENT_STATE_VERBS,
} from '../lexicon/future-markers.js';

/**
 * Which way a bare weekday in a clause points, read from the clause's verb group: 'forward' for future time
 * ("will reopen on Friday", "is due to resume on Monday") and for a verb of a transitional event in the simple present
 * with no auxiliary ("the season opens on Saturday": Quirk et al. 1985 § 4.21, the present of a scheduled event), 'present'
 * for a present state whose end an "until" may name ("remains closed until Friday"), 'back' otherwise (past-tense
 * news: "on Tuesday" is the last Tuesday).
 */
export type TimeDirection = 'forward' | 'present' | 'back';

const MODALS = new Set(FUTURE_MODALS);
const SEMI = new Set(FUTURE_SEMI_AUXILIARIES);
const PRESENT = new Set(PRESENT_BE);
const STATE = new Set(PRESENT_STATE_VERBS);
const PAST = new Set(PAST_AUXILIARIES);
const THIRD_PERSON_S = /[^s]s$/;
const FUTURATE = new Set(FUTURATE_VERBS);
/** Words a verb group may hold besides modals, semi-auxiliaries, present states and past auxiliaries (Quirk § 3.54 operators, negation, infinitive "to", "be"). */
const GROUP_WORDS = new Set(['not', "n't", 'to', 'be', 'been', 'being', 'have', 'has', 'also', 'still', 'now', 'again', 'only', 'soon', 'then', 'never', 'just']);
/** At most this many words before the verb are read as its group. */
const MAX_GROUP = 6;

const isGroupWord = (lower: string): boolean =>
  GROUP_WORDS.has(lower) || MODALS.has(lower) || SEMI.has(lower) || STATE.has(lower) || PAST.has(lower) || lower.endsWith("'ll") || lower.endsWith('ly');

/** The words of the verb group before the predicate at `predicateStart`, nearest first. */
function groupBefore(tokens: readonly Token[], predicateStart: number): string[] {
  const before = tokens.filter((t) => t.end <= predicateStart);
  const group: string[] = [];
  for (let i = before.length - 1; i >= 0 && group.length < MAX_GROUP; i--) {
    const t = before[i]!;
    if (t.kind !== 'word' || !isGroupWord(t.lower)) break;
    group.push(t.lower);
  }
  return group;
}

/**
 * The direction of the clause whose predicate is `predicate` (its lower-cased text, its start, its lemma and whether
 * it is written in the simple present), from `tokens`.
 */
export function timeDirection(tokens: readonly Token[], predicate: { start: number; lower: string; lemma?: string; presentTense?: boolean }): TimeDirection {
  const group = groupBefore(tokens, predicate.start);
  if (group.some((w) => PAST.has(w))) return 'back';
  if (group.some((w) => MODALS.has(w) || w.endsWith("'ll"))) return 'forward';
  // "is due to resume", "are going to strike", "is to resume": a semi-auxiliary (or present "be") right before "to".
  const toAt = group.indexOf('to');
  if (toAt >= 0 && toAt + 1 < group.length && (SEMI.has(group[toAt + 1]!) || PRESENT.has(group[toAt + 1]!))) return 'forward';
  if (STATE.has(predicate.lower) || group.some((w) => STATE.has(w))) return 'present';
  // Only the third person's "-s" form is surely the present: a bare form may be an imperative ("Thank you"), the past
  // of a "cut"-class verb ("hit") or a word the tagger took for a verb ("unhurt").
  const present = predicate.presentTense === true && group.length === 0 && THIRD_PERSON_S.test(predicate.lower);
  return present && FUTURATE.has(predicate.lemma ?? '') ? 'forward' : 'back';
}
