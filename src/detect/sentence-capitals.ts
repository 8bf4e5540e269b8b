import { GROUP_MEMBERS } from '../lexicon/group-members.js';
import { PERSON_NOUNS } from '../lexicon/wordnet-person-nouns.js';
import { singularNoun } from '../match/measure.js';
import type { Claim, Phrase } from '../model/claim.js';

const PEOPLE: ReadonlySet<string> = new Set(PERSON_NOUNS);
const GROUPS: ReadonlySet<string> = new Set(Object.keys(GROUP_MEMBERS));
const LETTER = /\p{L}/u;

/** The phrase is one word, capitalised, with no letter before it in its claim: its capital may be the sentence's. */
function opensCapitalised(claim: Claim, p: Phrase): boolean {
  const word = p.text.trim();
  if (/\s/.test(word) || word === word.toLowerCase()) return false;
  return !LETTER.test(claim.text.slice(0, Math.max(0, p.span.start - claim.span.start)));
}

/** The word is a WordNet common noun of people or of a group of people ("police", "rebels"). */
function namesPeople(p: Phrase): boolean {
  const lower = p.text.trim().toLowerCase();
  return GROUPS.has(lower) || PEOPLE.has(singularNoun(lower));
}

const lowered = (p: Phrase): Phrase => ({ ...p, text: p.text.toLowerCase() });

/**
 * Two actors as written, or in lower case where a one-word actor is capitalised only because it opens the sentence:
 * when one of them is a WordNet common noun of people or of a group ("Police closed the road", "Rebels attacked"), it
 * is a description of a doer, not a name (Quirk et al. 1985, § 5.60 on proper nouns; WordNet 3.1 noun.person and
 * noun.group), and so is the other side's opening word, which then names no one that the first may describe.
 */
export function withoutOpeningCapitals(a: Claim, x: Phrase, b: Claim, y: Phrase): [Phrase, Phrase] {
  const [ox, oy] = [opensCapitalised(a, x), opensCapitalised(b, y)];
  if (!(ox && namesPeople(x)) && !(oy && namesPeople(y))) return [x, y];
  return [ox ? lowered(x) : x, oy ? lowered(y) : y];
}
