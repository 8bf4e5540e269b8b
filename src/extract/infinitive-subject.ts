import type { Range } from '../ingest/types.js';
import { OBJECT_INFINITIVE_VERBS } from '../lexicon/intention-nouns.js';
import { themeAfter } from './theme.js';
import type { Term } from './terms.js';

const OBJECT_INFINITIVE: ReadonlySet<string> = new Set(OBJECT_INFINITIVE_VERBS);

/**
 * "Officials expect the bridge to reopen": when the predicate was reached through a verb of wanting or expecting
 * (`governing`) and a noun phrase stands right between that verb and the infinitive's "to", the noun phrase is the
 * infinitive's subject, its doer; else undefined.
 */
export function infinitiveSubject(terms: readonly Term[], governing: number, verb: number): Range | undefined {
  const to = terms[verb - 1];
  if (verb === governing || to?.lower !== 'to' || !OBJECT_INFINITIVE.has(terms[governing]?.lower ?? '')) return undefined;
  const object = themeAfter(terms, governing + 1);
  const last = terms[verb - 2];
  return object && last && object.end === last.end && object.start > terms[governing]!.end ? object : undefined;
}
