import { COORDINATORS } from '../lexicon/grammar-words.js';
import { hasTag, type Term } from './terms.js';

const COORDINATOR: ReadonlySet<string> = new Set(COORDINATORS);

/**
 * "…, and police blocked the road": a base-form word the tagger read as a present verb, opening a clause (at its
 * start, after a comma or after a coordinator) and right before a past-tense verb, is the clause's bare subject (a
 * plural or collective noun with zero article, Quirk et al. 1985, § 5.26): two finite verbs do not stand side by side.
 */
export function isBareSubjectBeforePast(terms: readonly Term[], i: number): boolean {
  const [prev, t, next] = [terms[i - 1], terms[i], terms[i + 1]];
  if (!t || !next || t.commaAfter || t.capitalized || !hasTag(t, 'PresentTense') || t.lower.endsWith('s')) return false;
  if (hasTag(t, 'Auxiliary') || hasTag(t, 'Modal') || hasTag(t, 'Copula')) return false;
  const opens = prev === undefined || prev.commaAfter || COORDINATOR.has(prev.lower);
  return opens && hasTag(next, 'Verb') && hasTag(next, 'PastTense') && !hasTag(next, 'Auxiliary');
}

const NOUN_TAGS: ReadonlySet<string> = new Set(['Noun']);

/** The terms with each such bare subject retagged as a noun; the same array when there is none. */
export function withBareSubjects(terms: readonly Term[]): readonly Term[] {
  let out: Term[] | undefined;
  for (let i = 0; i < terms.length; i++) {
    if (!isBareSubjectBeforePast(terms, i)) continue;
    out ??= [...terms];
    out[i] = { ...terms[i]!, tags: NOUN_TAGS };
  }
  return out ?? terms;
}
