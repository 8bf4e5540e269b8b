import { EPISTEMIC_ADJECTIVES, EPISTEMIC_PARTICIPLES } from '../lexicon/status-cues.js';
import type { Term } from './terms.js';
import { beforeSkipping, isBeForm, verbAfter } from './verbs.js';

const KNOWING: ReadonlySet<string> = new Set([...EPISTEMIC_ADJECTIVES, ...EPISTEMIC_PARTICIPLES]);
const YES_NO: ReadonlySet<string> = new Set(['whether', 'if']);

/**
 * "It is not known whether the ferry sank", "it was not confirmed whether …": a verb of knowing in the passive (or an
 * adjective of knowledge) before a yes/no indirect question states nothing of its own; the claim is the question's
 * clause, held open by the state reader. The predicate moves to the clause's verb; any other verb stays.
 */
export function throughOpenQuestion(terms: readonly Term[], v: number): number {
  const head = terms[v];
  if (!head || !KNOWING.has(head.lower) || !YES_NO.has(terms[v + 1]?.lower ?? '')) return v;
  const before = beforeSkipping(terms, v);
  if (!before || !isBeForm(before.lower)) return v;
  const verb = verbAfter(terms, v + 2);
  return verb ? terms.indexOf(verb) : v;
}

/** A state cue that leaves a yes/no question open by not knowing its answer ("not known whether", "unclear if"). */
export function isUnknownAnswerCue(cue: string | undefined): boolean {
  if (cue === undefined) return false;
  const words = cue.toLowerCase().split(/\s+/);
  return YES_NO.has(words[words.length - 1] ?? '') && words.some((w) => KNOWING.has(w));
}
