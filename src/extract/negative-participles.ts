import { isVerbLemma } from '../relate/wordnet.js';
import { irregularParticipleLemma } from './auxiliary-participles.js';
import type { Term } from './terms.js';
import { isBe } from './verbs.js';

/** The shortest verb an "un-" participle may be built on ("unpaid": pay). */
const MIN_BASE = 3;
/** Adverbs that may stand between "be" and the participle ("was largely undamaged", "was apparently unharmed"). */
const BETWEEN: ReadonlySet<string> = new Set(['now', 'largely', 'mostly', 'entirely', 'completely', 'apparently', 'reportedly']);

/** The verb lemma a regular or irregular past participle is built on, if WordNet has that verb. */
function participleBase(form: string): string | undefined {
  const irregular = irregularParticipleLemma(form);
  if (irregular !== undefined) return irregular;
  if (!form.endsWith('ed')) return undefined;
  const stem = form.slice(0, -2);
  const candidates = [stem, form.slice(0, -1), /([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : '', stem.endsWith('i') ? `${stem.slice(0, -1)}y` : ''];
  return candidates.find((c) => c.length >= MIN_BASE && isVerbLemma(c));
}

/**
 * "unpaid" → pay, "undamaged" → damage, "unsold" → sell: an adjective of the negative prefix "un-" on a verb's past
 * participle means "not V-ed" (Quirk et al. 1985, App. I.21: "un-" with participles, "unexpected", "unwashed";
 * Huddleston & Pullum 2002, ch. 9 § 1.4, affixal negation). Undefined when "un-" + the verb is itself a verb
 * ("unveiled", "unlocked": reversative "un-", App. I.20), which WordNet lists.
 */
export function negatedParticipleVerb(lower: string): string | undefined {
  if (!lower.startsWith('un') || lower.length < MIN_BASE + 3) return undefined;
  const base = participleBase(lower.slice(2));
  return base !== undefined && !isVerbLemma(`un${base}`) ? base : undefined;
}

/** The participle's index, its term read as the verb, and its "un-" prefix as the negator; always a passive. */
export interface NegativeParticiple { index: number; term: Term; negator: Term }

const isBeOrGo = (t: Term | undefined) => t !== undefined && (isBe(t) || t.root === 'go');

/**
 * "The kiln was undamaged", "The workers went unpaid": the predicate is the participle's verb, negated by the prefix,
 * in a passive whose subject is what was not acted on. `v` is the clause's verb as found so far: the participle
 * itself, or the "be" or "go" before it. Only after such a verb (predicative use, Quirk § 7.3); an attributive one
 * ("the unpaid bills") modifies a noun and is no predicate. After "remain", "stay" or "still" ("remains unsigned",
 * "is still unclaimed") the act is not yet done: a pending state that relate/pending-states.ts reads, not a denial,
 * so "still" and the linking verbs stop the rule.
 */
export function negativeParticiple(terms: readonly Term[], v: number): NegativeParticiple | undefined {
  let index = v;
  if (isBeOrGo(terms[v])) {
    index = v + 1;
    while (index < terms.length && BETWEEN.has(terms[index]!.lower)) index++;
  }
  const verb = terms[index];
  const base = verb ? negatedParticipleVerb(verb.lower) : undefined;
  if (verb === undefined || base === undefined) return undefined;
  let k = index - 1;
  while (k >= 0 && BETWEEN.has(terms[k]!.lower)) k--;
  if (!isBeOrGo(terms[k])) return undefined;
  const negator: Term = { start: verb.start, end: verb.start + 2, lower: 'un', root: 'un', tags: new Set(['Negative']), capitalized: false, commaAfter: false };
  return { index, term: { ...verb, root: base, tags: new Set(['Verb', 'PastTense', 'Participle']) }, negator };
}
