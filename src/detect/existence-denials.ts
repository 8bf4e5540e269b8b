import { EXISTENCE_VERBS } from '../lexicon/existence-verbs.js';
import { someDifferentDates } from '../match/dates.js';
import { singularNoun } from '../match/measure.js';
import type { Claim, Phrase } from '../model/claim.js';
import { isNegative } from './shared.js';
import { perClaim } from '../relate/per-claim.js';
import { verbsOfNominalisation } from '../relate/wordnet.js';

const EXISTING: ReadonlySet<string> = new Set(EXISTENCE_VERBS);
/** "There was no …", "there have been no …": an existential clause (Quirk et al. 1985, § 18.44) with its "be". */
const EXISTENTIAL = /\bthere(?:['’]s|\s+(?:(?:is|are|was|were)|(?:will|would|could|may|might)\s+be|(?:has|have|had)\s+been))\b/i;
/** Words of a phrase that say nothing of which thing it is. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'no', 'any', 'some', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);

const lemmaOf = (c: Claim): string => c.proposition.predicate?.lemma.toLowerCase() ?? '';

/** "There was a novice class", "the park has toilets": the claim states that its theme exists. Read once per claim (every pair asks). */
const existential: (c: Claim) => boolean = perClaim(readExistential);

function readExistential(c: Claim): boolean {
  const lemma = lemmaOf(c);
  const predicate = c.proposition.predicate;
  if (lemma === 'have') return c.proposition.theme !== undefined;
  if (lemma !== 'be' || predicate === undefined) return false;
  const before = c.span.text.slice(0, Math.max(0, predicate.span.end - c.span.start));
  return EXISTENTIAL.test(before);
}

/** What the claim says exists: the theme of an existential, a verb's object or passive subject, else an intransitive subject. */
function thing(c: Claim): Phrase | undefined {
  if (existential(c)) return c.proposition.theme;
  if (!EXISTING.has(lemmaOf(c))) return undefined;
  return c.proposition.theme ?? c.proposition.actor;
}

/** A phrase's content words, singular, once per phrase object (a claim's phrases are compared on every pair it is in). */
function contentWords(p: Phrase): readonly string[] {
  let words = wordsOfPhrase.get(p);
  if (!words) {
    words = p.text
      .toLowerCase()
      .split(/[^\p{L}\p{N}'’-]+/u)
      .filter((w) => w.length > 0 && !FUNCTION_WORDS.has(w))
      .map(singularNoun);
    wordsOfPhrase.set(p, words);
  }
  return words;
}
const wordsOfPhrase = new WeakMap<Phrase, readonly string[]>();

/** The denied thing is the other one: one head noun, and every word that restricts the denied thing in the other's phrase. */
function sameThing(denied: Phrase, stated: Phrase): boolean {
  const [d, s] = [contentWords(denied), contentWords(stated)];
  const head = d.at(-1);
  return head !== undefined && head === s.at(-1) && d.every((w) => s.includes(w));
}

/**
 * "There was no novice class" / "A novice class was held", "The hall has no lift" / "A lift was installed":
 * one side says a thing does not exist (a negated existential or "have"), the other that it exists or came to be,
 * through a verb of creating, holding, supplying or obtaining (lexicon/existence-verbs.ts) or an affirmed existential.
 * The denied phrase's words must all recur in the other ("no novice class" is not "a masters class"); told of
 * other dates, the two may both be true.
 */
export function existenceDenied(a: Claim, b: Claim): boolean {
  if (isNegative(a) === isNegative(b) || someDifferentDates(a, b)) return false;
  const [neg, pos] = isNegative(a) ? [a, b] : [b, a];
  if (eventDenied(neg, pos)) return true;
  const [denied, stated] = [thing(neg), thing(pos)];
  if (denied === undefined || stated === undefined || (!existential(neg) && !existential(pos))) return false;
  return sameThing(denied, stated) && possessorInOther(neg, pos) && possessorInOther(pos, neg);
}

/** "The hall has no lift" / "a lift was installed in the library": what "have" says has the thing must be in the other claim too. */
function possessorInOther(c: Claim, other: Claim): boolean {
  if (lemmaOf(c) !== 'have') return true;
  const head = c.proposition.actor?.text.toLowerCase().split(/\s+/).at(-1);
  return head !== undefined && other.span.text.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).includes(head);
}

/**
 * "There will be no appeal" / "he would appeal", "there was no payment" / "the firm paid": a negated existential whose
 * thing is a bare event noun (its whole phrase one word) denies the event the other claim's verb tells: the noun is
 * that verb (a zero-derived noun) or its nominalisation (WordNet's derivational links).
 */
function eventDenied(neg: Claim, pos: Claim): boolean {
  // "There will be no …" only: "had no objection to …" says what someone has, an attitude toward another thing.
  const denied = existential(neg) && lemmaOf(neg) === 'be' ? neg.proposition.theme : undefined;
  const words = denied === undefined ? [] : contentWords(denied);
  const verb = lemmaOf(pos);
  if (words.length !== 1 || verb === '' || verb === 'be' || verb === 'have' || pos.proposition.state !== 'affirmed') return false;
  return words[0] === verb || verbsOfNominalisation(words[0]!).includes(verb);
}
