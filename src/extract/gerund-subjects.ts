import { LINKING_VERBS, OTHER_COPULAS } from '../lexicon/grammar-words.js';
import { ASPECTUAL_VERBS } from '../lexicon/event-phases.js';
import { hasTag, type Term } from './terms.js';

const LINKING: ReadonlySet<string> = new Set([...LINKING_VERBS, ...OTHER_COPULAS]);

/**
 * "Crabbing is a popular pastime", "Fishing remains the main trade": a clause-initial "-ing" form right before "be"
 * or another linking verb is a gerund subject (Quirk § 15.10); an "-ing" form before a noun ("Rising costs have …") or a
 * comma ("Speaking to reporters, …") is not. (Before any finite verb, a first version added two false alarms on the
 * real stories: kept to the linking verbs.)
 */
export function isGerundSubject(terms: readonly Term[], i: number): boolean {
  const t = terms[i]!;
  const next = terms[i + 1];
  if (i !== 0 || !/^[a-z]{3,}ing$/.test(t.lower) || !hasTag(t, 'Gerund') || t.commaAfter || !next) return false;
  return (hasTag(next, 'Copula') && !/ing$/.test(next.lower)) || LINKING.has(next.root) || aspectualVerbAfter(terms, 1);
}

const ASPECTUAL: ReadonlySet<string> = new Set(ASPECTUAL_VERBS);
/** Most words a place or topic phrase puts between a gerund subject and its verb ("Dredging in the old harbour resumed"). */
const MAX_GERUND_PHRASE = 5;

/**
 * "Dredging in the harbour resumed on Monday", "Drilling has not restarted": an aspectual verb (lexicon/event-phases.ts)
 * takes the activity itself as subject, so the "-ing" form before it, past a prepositional phrase and the verb's
 * auxiliaries, is that subject. A comma ("Speaking at the summit, …") or another verb on the way ends the phrase.
 */
function aspectualVerbAfter(terms: readonly Term[], from: number): boolean {
  let k = from;
  if (hasTag(terms[k], 'Preposition')) {
    const end = Math.min(terms.length, k + 1 + MAX_GERUND_PHRASE);
    for (k += 1; k < end && !hasTag(terms[k], 'Verb') && !terms[k - 1]!.commaAfter; k++);
    if (terms[k - 1]?.commaAfter) return false;
  }
  while (k < terms.length && (hasTag(terms[k], 'Auxiliary') || hasTag(terms[k], 'Modal') || terms[k]!.lower === 'not' || terms[k]!.lower === 'yet')) k++;
  const verb = terms[k];
  return verb !== undefined && hasTag(verb, 'Verb') && !hasTag(verb, 'Gerund') && ASPECTUAL.has(verb.root);
}

