import { wordTags } from './terms.js';

/** Words already looked up: the tagger runs once per word. Bounded: past MAX_KNOWN it starts afresh, so a stream of distinct words cannot grow memory. */
const known = new Map<string, boolean>();
const MAX_KNOWN = 50_000;

/**
 * A lower-case "-ly" word that the tagger reads as an adverb on its own ("flatly", "repeatedly"), not a noun
 * ("family", "ally") or adjective ("daily"): between a holder and its reporting verb it modifies the verb.
 */
export function isLyAdverb(word: string): boolean {
  if (!/^[a-z]+ly$/.test(word)) return false;
  let adverb = known.get(word);
  if (adverb === undefined) {
    // The tagger's reading of the word alone (as `nlp(word).has('#Adverb')`), through the clauses' own tagging.
    adverb = wordTags(word).some((tags) => tags.has('Adverb'));
    if (known.size >= MAX_KNOWN) known.clear();
    known.set(word, adverb);
  }
  return adverb;
}
