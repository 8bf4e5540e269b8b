import { ADDITIVE_DETERMINERS } from '../lexicon/repetition-cues.js';
import { TENS_WORDS, UNIT_WORDS } from '../lexicon/number-words.js';
import type { Claim, Phrase } from '../model/claim.js';

const WORDS = /[\p{L}\p{N}'’-]+/gu;
const ADDITIVE: readonly (readonly string[])[] = ADDITIVE_DETERMINERS.map((d) => d.split(' '));

/**
 * The phrase opens with an additive determiner ("Another aid worker", "A second suspect") or a count of others ("two
 * other climbers", "other climbers"). Read once per phrase object: every pair asks of both claims' participants.
 */
function additive(p: Phrase): boolean {
  let found = additivePhrases.get(p);
  if (found === undefined) additivePhrases.set(p, (found = readAdditive(p)));
  return found;
}
const additivePhrases = new WeakMap<Phrase, boolean>();

function readAdditive(p: Phrase): boolean {
  const words = (p.text.toLowerCase().match(WORDS) ?? []).slice(0, 3);
  return ADDITIVE.some((d) => d.length < words.length && d.every((w, i) => words[i] === w)) || countedOthers(words);
}

/** Postdeterminers that add to a set already in view after a number or quantifier (Quirk et al. 1985 § 5.21: "two other", "three more"). */
const ADDITIVE_AFTER_COUNT: ReadonlySet<string> = new Set(['other', 'more', 'further', 'additional']);
const QUANTIFIERS: ReadonlySet<string> = new Set(['several', 'some', 'many', 'few', 'dozens', 'hundreds']);

function countedOthers(words: readonly string[]): boolean {
  // A count read off into the claim's quantities leaves "other climbers": the postdeterminer opens the phrase.
  if (words.length >= 2 && (words[0] === 'other' || words[0] === 'more')) return true;
  const [count, next] = words;
  if (words.length < 3 || count === undefined || next === undefined || !ADDITIVE_AFTER_COUNT.has(next)) return false;
  return /^\d+$/.test(count) || UNIT_WORDS.has(count) || TENS_WORDS.has(count) || QUANTIFIERS.has(count);
}

/** The participants a claim names: its doer and what is acted on. */
function participants(c: Claim): Phrase[] {
  const { actor, theme } = c.proposition;
  return [actor, theme].filter((p): p is Phrase => p !== undefined);
}

/**
 * One claim speaks of one more member of a kind ("Another aid worker was released") and the other of the one already
 * in view ("The aid worker is being held hostage"): an additive determiner excludes the referent the other phrase names
 * (Quirk et al. 1985, additive determiners), so what is true of the one says nothing of the other. Both phrases must
 * share their head (the phrase key) and only one of them may be additive: two "another" phrases may name one thing.
 */
export function additiveReferentsApart(a: Claim, b: Claim): boolean {
  return oneMore(a, b) || oneMore(b, a);
}

function oneMore(x: Claim, y: Claim): boolean {
  const others = participants(y);
  return participants(x).some((p) => additive(p) && others.some((q) => q.key === p.key && !additive(q)));
}
