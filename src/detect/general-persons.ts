import type { Phrase } from '../model/claim.js';
import { GENERAL_PERSON_NOUNS } from '../lexicon/general-nouns.js';
import { DEFINITE_DETERMINERS } from '../lexicon/grammar-words.js';
import { isPluralNoun } from '../match/measure.js';
import { nounKinship } from '../relate/wordnet-nouns.js';
import { isCapitalised } from './speakers.js';

const GENERAL: ReadonlySet<string> = new Set(GENERAL_PERSON_NOUNS);
const DEFINITE: ReadonlySet<string> = new Set(DEFINITE_DETERMINERS);
/** WordNet's person.n.01, the kind a description of one person names. */
const PERSON = 'person';

const wordsOf = (p: Phrase) => p.text.trim().split(/\s+/).filter((w) => w.length > 0);

/** "the woman", "the boy": a definite singular general noun of person (Halliday & Hasan 1976 § 6.2), nothing else capitalised. */
function generalPerson(p: Phrase): boolean {
  const words = wordsOf(p);
  const head = words.at(-1)?.toLowerCase() ?? '';
  return words.length >= 2 && DEFINITE.has(words[0]!.toLowerCase()) && GENERAL.has(head) && !words.slice(1).some(isCapitalised);
}

/** One person: a name, or a singular description whose head WordNet files under person ("the tenant", "the pensioner"). */
function onePerson(p: Phrase): boolean {
  const words = wordsOf(p);
  const head = words.at(-1) ?? '';
  if (isCapitalised(head)) return true;
  const kin = nounKinship(head.toLowerCase(), PERSON);
  return !isPluralNoun(head.toLowerCase()) && (kin === 'narrower' || kin === 'same');
}

/**
 * "the woman" / "the tenant": a general noun refers back to any one person of the story told another way (Halliday &
 * Hasan 1976 § 6.2), so the two may be one participant. Two descriptions that are not general ("the driver" / "the
 * passenger") tell two people apart, and a thing ("the car") is no person.
 */
export function generalNounForPerson(x: Phrase, y: Phrase): boolean {
  return (generalPerson(x) && onePerson(y)) || (generalPerson(y) && onePerson(x));
}
