/**
 * "Len Darby was not among those suspended", "The walrus was among the specimens sold at auction": a subject said to be
 * (or not to be) among a set that a reduced relative clause defines (a postmodifying participle, Quirk et al. 1985,
 * § 17.19; "among" with a plural noun phrase names membership, § 9.28) underwent that clause's act, or did not. The
 * participle is the clause's predicate, passive, and the copula's negator stays its own. A participle before the set's
 * noun ("among the most talented players") modifies it and names no act.
 */
import { hasTag, type Term } from './terms.js';
import { isParticiple } from './verb-forms.js';
import { isBe } from './verbs.js';

/** Words between the copula and "among" ("is not now among", "was also among"). */
const BEFORE_AMONG: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'longer', 'also', 'still', 'now', 'again', 'even']);
/** Most words of the set before its participle ("the 14 village choirs"). */
const MAX_SET_WORDS = 6;
/** A demonstrative that stands for the set's members by itself ("among those suspended"). */
const SET_PRONOUNS: ReadonlySet<string> = new Set(['those', 'them', 'these']);

/** The index of the participle that defines the set after "be … among", or undefined when the clause says no such thing. */
export function memberParticiple(terms: readonly Term[], v: number): number | undefined {
  if (v < 0) return undefined;
  // The tagger may have taken the participle for the clause's verb already: the copula then stands before "among".
  if (!isBe(terms[v]!)) {
    const among = terms.findLastIndex((t, k) => k < v && k >= v - MAX_SET_WORDS - 1 && t.lower === 'among');
    let be = among - 1;
    while (be >= 0 && BEFORE_AMONG.has(terms[be]!.lower)) be--;
    return among > 0 && be >= 0 && isBe(terms[be]!) && memberParticiple(terms, be) === v ? v : undefined;
  }
  let i = v + 1;
  while (i < terms.length && BEFORE_AMONG.has(terms[i]!.lower)) i++;
  if (terms[i]?.lower !== 'among') return undefined;
  for (let k = i + 2; k < Math.min(terms.length, i + 2 + MAX_SET_WORDS); k++) {
    const [previous, t] = [terms[k - 1]!, terms[k]!];
    if (previous.commaAfter) return undefined;
    const setHead = SET_PRONOUNS.has(previous.lower) || (hasTag(previous, 'Plural') && hasTag(previous, 'Noun'));
    if (setHead && isParticiple(t.lower)) return k;
    if (hasTag(t, 'Verb') && !isParticiple(t.lower)) return undefined;
  }
  return undefined;
}
