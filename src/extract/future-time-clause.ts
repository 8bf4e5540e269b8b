import { FUTURE_MODALS, FUTURE_SEMI_AUXILIARIES, FUTURE_TIME_SUBORDINATORS, LOOKING_AHEAD_VERBS, PAST_AUXILIARIES, PRESENT_AUXILIARIES, PRESENT_BE } from '../lexicon/future-markers.js';
import { hasTag, type Term } from './terms.js';

const SUBORDINATOR: ReadonlySet<string> = new Set(FUTURE_TIME_SUBORDINATORS);
const MODAL: ReadonlySet<string> = new Set(FUTURE_MODALS);
const BEFORE_TO: ReadonlySet<string> = new Set([...FUTURE_SEMI_AUXILIARIES, ...PRESENT_BE]);
/** Present forms, read by spelling: the tagger may take "hopes" in "The committee hopes to start" for a noun. */
const AHEAD: ReadonlySet<string> = new Set(LOOKING_AHEAD_VERBS.flatMap((v) => [v, `${v}s`]));
const PAST: ReadonlySet<string> = new Set(PAST_AUXILIARIES);
const PRESENT_AUXILIARY: ReadonlySet<string> = new Set(PRESENT_AUXILIARIES);

/** The clause looks ahead: "will", "'ll", "is due to", "is to", "plans to" … */
function looksAhead(terms: readonly Term[]): boolean {
  return terms.some((t, i) => {
    if (MODAL.has(t.lower) || t.lower.endsWith("'ll")) return true;
    if (terms[i + 1]?.lower !== 'to') return false;
    return BEFORE_TO.has(t.lower) || AHEAD.has(t.lower);
  });
}

/** The clause's first verb is in the present tense ("has been raised", "is finished", "opens"), not the past. */
function presentVerb(inner: readonly Term[]): boolean {
  const verb = inner.find((t) => hasTag(t, 'Verb'));
  if (verb === undefined || PAST.has(verb.lower)) return false;
  return PRESENT_AUXILIARY.has(verb.lower) || (!hasTag(verb, 'PastTense') && (hasTag(verb, 'PresentTense') || hasTag(verb, 'Copula')));
}

/**
 * "… will start once the remaining £9,000 has been raised": a time clause with a present verb under a main clause
 * that looks ahead tells a future event, which asserts nothing yet (Quirk et al. 1985, § 14.21).
 */
export function futureTimeClause(subordinator: Term, inner: readonly Term[], main: readonly Term[]): boolean {
  return SUBORDINATOR.has(subordinator.lower) && presentVerb(inner) && looksAhead(main);
}
