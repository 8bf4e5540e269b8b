import type { Range } from '../ingest/types.js';
import { VERB_GROUP_AUXILIARIES } from '../lexicon/grammar-words.js';
import { hasTag, type Term } from './terms.js';

const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'nor']);

const isNominal = (t: Term) => (hasTag(t, 'Noun') || hasTag(t, 'ProperNoun') || hasTag(t, 'Pronoun')) && !hasTag(t, 'Verb');
const inPhrase = (t: Term) => isNominal(t) || hasTag(t, 'Determiner') || hasTag(t, 'Adjective') || hasTag(t, 'Possessive');
const AUXILIARY: ReadonlySet<string> = new Set([...VERB_GROUP_AUXILIARIES, 'do', 'does', 'did']);
/** Between the subject and its verb: auxiliaries, negators and adverbs ("the ferry wasn't sunk", "police have now"). */
const beforeVerb = (t: Term) => AUXILIARY.has(t.lower) || hasTag(t, 'Auxiliary') || hasTag(t, 'Negative') || hasTag(t, 'Adverb');

/**
 * "Good news, the ferry was not sunk", "Everybody relax, Banksy wasn't arrested": a noun phrase closed by a comma
 * before another noun phrase that runs up to the verb is an opener (a vocative or a verbless comment, Quirk et al. 1985
 * § 10.52, § 15.57), not the subject: the phrase next to the verb is. `end` is the last word of the first phrase. Not a
 * list ("Spain, France and Italy signed") nor an appositive, which closes with a comma of its own ("Ana Ruiz, the
 * mayor, said"), nor a figure after a name ("Mr Lee, 45, was").
 */
export function subjectAfterOpener(terms: readonly Term[], end: number, v: number): Range | undefined {
  if (!terms[end]?.commaAfter) return undefined;
  let last = end;
  while (last + 1 < v && inPhrase(terms[last + 1]!) && !terms[last + 1]!.commaAfter && !COORDINATORS.has(terms[last + 1]!.lower)) last++;
  if (last === end || !isNominal(terms[last]!) || hasTag(terms[last], 'Value')) return undefined;
  for (let k = last + 1; k < v; k++) if (!beforeVerb(terms[k]!) || terms[k]!.commaAfter) return undefined;
  return { start: terms[end + 1]!.start, end: terms[last]!.end };
}
