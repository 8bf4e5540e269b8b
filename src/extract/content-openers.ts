/**
 * Where a reporting verb's content opens when it has no "that": after a colon ("wrote on Monday: …") or as a gerund
 * clause under a denial or admission ("denied leaking the memo"). Split from attribution.ts.
 */
import { CENTRAL_DETERMINERS } from '../lexicon/grammar-words.js';
import { SIMPLE_PREPOSITIONS } from '../lexicon/simple-prepositions.js';
import type { Token } from '../segment/tokens.js';
import { isNounOrVerbGerund, isVerbGerund, isVerbIngForm } from './lemma.js';
import { VERB_PARTICLES } from '../lexicon/particles.js';

/** How far after a reporting verb a content colon may come (as for its "that"). */
const MAX_COLON_GAP = 7;
const DETERMINER = new Set(CENTRAL_DETERMINERS);
const PREPOSITION = new Set(SIMPLE_PREPOSITIONS);
const PARTICLE: ReadonlySet<string> = new Set(VERB_PARTICLES);

/**
 * The colon after a reporting verb that opens its content, past at most a short adverbial ("wrote on Monday:"), with
 * words after it; -1 when there is none. Any other punctuation before the colon ends the frame.
 */
export function colonContent(tokens: readonly Token[], from: number): number {
  let phrase = false;
  for (let k = from; k < Math.min(tokens.length - 1, from + MAX_COLON_GAP); k++) {
    const t = tokens[k]!;
    if (t.lower === ':') return tokens.slice(k + 1).some((w) => w.kind === 'word') ? k : -1;
    if (t.kind !== 'word') return -1;
    // "wrote a letter: …" has an object of its own; a determiner is an adverbial's only inside a prepositional phrase.
    phrase ||= PREPOSITION.has(t.lower);
    if (DETERMINER.has(t.lower) && !phrase) return -1;
  }
  return -1;
}

/** Most words in an addressee before a colon ("told a group of volunteers in the hall: …"). */
const MAX_ADDRESSEE_WORDS = 8;
const OPENING_MARKS: ReadonlySet<string> = new Set(['"', "'", '“', '‘']);

/**
 * "told the meeting: 'We will reopen'": after a verb of telling, a short addressee without punctuation and then a colon
 * that opens a quotation; the colon's index, or -1 when there is none.
 */
export function addressedColon(tokens: readonly Token[], from: number): number {
  for (let k = from; k < Math.min(tokens.length - 1, from + MAX_ADDRESSEE_WORDS + 1); k++) {
    const t = tokens[k]!;
    if (t.lower === ':') return k > from && OPENING_MARKS.has(tokens[k + 1]!.lower) ? k : -1;
    if (t.kind === 'punct') return -1;
  }
  return -1;
}

/** Reporting verbs whose content may be a gerund clause: denials and admissions. */
export const GERUND_TAKERS = new Set(['deny', 'admit', 'acknowledge', 'dispute']);
/**
 * A verb's "-ing" form; for a word that is noun or verb ("leaking", "paying") only with an object of its own after it
 * ("denied leaking the memo") or a particle ("denied cutting off donations"): a gerund takes a direct object, a noun in
 * "-ing" does not (Quirk et al. 1985, § 17.54).
 */
export function isGerund(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== 'word') return false;
  // "denied cutting off donations": a particle after the "-ing" form makes it a phrasal verb's, as an object does.
  const next = tokens[k + 1]?.lower ?? '';
  return isVerbGerund(t.lower) || ((isNounOrVerbGerund(t.lower) || isVerbIngForm(t.lower)) && (DETERMINER.has(next) || PARTICLE.has(next)));
}

/**
 * "denied cutting off donations, saying a van had broken down": a gerund content ends before a supplementive clause
 * of saying after a comma (Quirk et al. 1985 § 15.60), which tells the holder's reason, not what is denied.
 */
export function gerundContentEnd(tokens: readonly Token[], from: number, end: number, forms: Readonly<Record<string, string>>): number {
  for (let k = from + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (tokens[k - 1]!.lower === ',' && t.lower.endsWith('ing') && forms[t.lower] !== undefined && k >= 2) return tokens[k - 2]!.end;
  }
  return end;
}
