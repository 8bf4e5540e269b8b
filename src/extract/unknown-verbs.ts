import { isVerbLemma } from '../relate/wordnet.js';
import { irregularLemma } from './verb-forms.js';
import { hasTag, isNoun, type Term } from './terms.js';

const PLAIN_WORD = /^[a-z]{4,}$/;

/**
 * "Our new maize maze opens": a base form the quick tagger read as a verb from its spelling alone ("-ize"), which
 * WordNet (3.1, every verb lemma) does not know as a verb, is no verb inside a noun phrase: after a determiner, a
 * number, an adjective, a genitive or a noun, and before a noun or the clause's verb. Elsewhere the reading stays
 * ("was unhurt" is an adjective's place; a new verb such as "livestream" may be the clause's only one).
 */
export function isUnknownVerb(terms: readonly Term[], i: number): boolean {
  const [before, t, next] = [terms[i - 1], terms[i]!, terms[i + 1]];
  if (!before || !next || !hasTag(t, 'Verb') || t.capitalized || t.commaAfter || before.commaAfter || !PLAIN_WORD.test(t.lower) || !baseForm(t)) return false;
  if (isVerbLemma(t.lower) || isVerbLemma(t.root) || irregularLemma(t.lower) !== undefined) return false;
  const opensPhrase = hasTag(before, 'Determiner') || hasTag(before, 'Value') || hasTag(before, 'Adjective') || hasTag(before, 'Possessive') || (isNoun(before) && !hasTag(before, 'Pronoun'));
  const phraseGoesOn = (isNoun(next) && !hasTag(next, 'Pronoun')) || hasTag(next, 'Verb');
  return opensPhrase && phraseGoesOn;
}

/** A base form: no past, participle, "-ing" or third-person "-s" (a plural noun read as a verb is another matter). */
function baseForm(t: Term): boolean {
  if (hasTag(t, 'PastTense') || hasTag(t, 'Gerund') || hasTag(t, 'Participle') || hasTag(t, 'Auxiliary') || hasTag(t, 'Modal') || hasTag(t, 'Copula')) return false;
  return (hasTag(t, 'Infinitive') || hasTag(t, 'PresentTense')) && t.lower === t.root;
}
