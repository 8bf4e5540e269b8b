import { hasVerb } from './clause-parts.js';
import { isNominal } from './noun-phrases.js';
import { retagNounPositions } from './noun-positions.js';
import { relativeClauseTerms } from './noun-modifiers.js';
import { hasTag, type Term } from './terms.js';

/**
 * A relative clause opened by "whose" (Quirk et al. 1985 § 17.12, the genitive relative) read as a clause: the phrase
 * after "whose" is its subject ("whose shares fell 9%" → "shares fell 9%") or, when a subject of its own follows the
 * phrase, its object ("whose offer of a new contract he turned down" → "he turned down offer of a new contract").
 * `inner` is the clause after "whose"; null when no noun phrase and verb follow it.
 */
export function genitiveClauseTerms(written: readonly Term[], pronoun: Term): Term[] | null {
  // "whose offer of a new contract he …": a verb form in a noun position ("a new contract") is a noun.
  const inner = retagNounPositions(written);
  const phrase = possessedPhraseEnd(inner);
  if (phrase < 0) return null;
  const rest = inner.slice(phrase + 1);
  if (rest.length === 0 || !hasVerb(rest)) return null;
  return relativeClauseTerms(inner.slice(0, phrase + 1).map(asNoun), rest, pronoun);
}

/** A word of the possessed noun phrase that the tagger read as a verb ("a new contract") is a noun there. */
function asNoun(t: Term): Term {
  return hasTag(t, 'Verb') ? { ...t, root: t.lower, tags: new Set(['Noun', 'Singular']) } : t;
}

/** The last term of the noun phrase that opens `terms`, with one "of" phrase ("offer of a new contract"); -1 for none. */
function possessedPhraseEnd(terms: readonly Term[]): number {
  const runFrom = (from: number): number => {
    let k = from;
    while (k < terms.length && !terms[k]!.commaAfter && inPhrase(terms[k]!, k > from ? terms[k - 1] : undefined)) k++;
    return k < terms.length && terms[k]!.commaAfter && isNominal(terms[k]!) ? k + 1 : k;
  };
  const head = runFrom(0);
  if (head === 0) return -1;
  if (terms[head]?.lower !== 'of' || terms[head - 1]!.commaAfter) return head - 1;
  const after = runFrom(head + 1);
  return after === head + 1 ? head - 1 : after - 1;
}

function inPhrase(t: Term, before: Term | undefined): boolean {
  if (hasTag(t, 'Pronoun')) return false;
  // "a new contract": after a determiner or an adjective a word the tagger read as a verb heads the phrase.
  const nounPosition = before !== undefined && (hasTag(before, 'Determiner') || hasTag(before, 'Adjective')) && !before.commaAfter;
  return isNominal(t) || hasTag(t, 'Adjective') || hasTag(t, 'Determiner') || hasTag(t, 'Value') || (nounPosition && hasTag(t, 'Verb'));
}
