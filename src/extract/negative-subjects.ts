import { VERB_GROUP_AUXILIARIES } from '../lexicon/grammar-words.js';
import type { Range } from '../ingest/types.js';
import type { Term } from './terms.js';

const AUXILIARIES: ReadonlySet<string> = new Set(VERB_GROUP_AUXILIARIES);

/** "No one" before a passive verb group: the range of the negative pronoun subject, else undefined (Quirk § 6.62). */
export function negativeSubject(terms: readonly Term[], negator: Term, v: number): Range | undefined {
  const at = terms.indexOf(negator);
  if (at < 0 || at >= v || negator.lower !== 'no' || terms[at + 1]?.lower !== 'one') return undefined;
  if (!terms.slice(at + 2, v).every((t) => AUXILIARIES.has(t.lower))) return undefined;
  return { start: negator.start, end: terms[at + 1]!.end };
}
