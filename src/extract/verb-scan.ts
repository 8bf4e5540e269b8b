import { MODAL_GAP } from '../lexicon/grammar-words.js';
import { IRREGULAR_PAST } from '../lexicon/irregular-verbs.js';
import { isVerbLemma } from '../relate/wordnet.js';
import { isNominal } from './noun-phrases.js';
import { hasTag, type Term } from './terms.js';
import { lemmaOf, NOT_VERB_TAGS, type VerbReading } from './verb-fallback.js';

/**
 * The last resort for a clause the tagger left without a verb, where the subject is longer than verbByPosition walks
 * ("A crowd of about 200 watched", "Bale, a retired nurse, runs the hospital", "The cooperative also runs …"): a
 * declarative clause has a finite verb after its subject (Quirk § 2.13), so the first word in a verb's form whose
 * lemma WordNet lists as a verb, standing where a verb may (after a noun, a number, an adverb or an appositive's
 * closing comma, never after an article, a preposition or a genitive) and followed by what a verb takes, is read as it.
 * A verbless fragment ("Photos in the replies", "tickets on sale from Monday") keeps no verb.
 */
export function verbAfterSubject(terms: readonly Term[], start: number): VerbReading | undefined {
  for (let i = start + 1; i < terms.length; i++) {
    const lemma = finiteLemma(terms, i);
    if (lemma === undefined) continue;
    const tense = lemma === terms[i]!.lower || terms[i]!.lower.endsWith('s') ? 'PresentTense' : 'PastTense';
    const reading: VerbReading = { index: i, term: { ...terms[i]!, root: lemma, tags: new Set(['Verb', tense]) } };
    if (aspectAdjective(terms, i)) reading.adverbIndex = i - 1;
    // "The cooperative also runs": the subject's last word, read as an adjective after its article, is its head noun.
    const head = hasTag(terms[i - 1], 'Adverb') ? i - 2 : i - 1;
    if (isAdjectiveHead(terms, head)) Object.assign(reading, { subjectHead: { ...terms[head]!, tags: new Set(['Noun', 'Singular']) }, subjectHeadIndex: head });
    return reading;
  }
  return undefined;
}

/** An adjective right after an article with nothing after it in the subject ("The cooperative"): the head noun. */
function isAdjectiveHead(terms: readonly Term[], k: number): boolean {
  const [t, before] = [terms[k], terms[k - 1]];
  return t !== undefined && before !== undefined && hasTag(t, 'Adjective') && !isNominal(t) && hasTag(before, 'Determiner') && !t.commaAfter;
}

const PAST = /^[a-z]{3,}ed$/;
/** Adverbs that stand between a subject and its verb as between a modal and its verb (lexicon/grammar-words.ts MODAL_GAP). */
const ASPECT_GAP: ReadonlySet<string> = new Set(MODAL_GAP);
const THIRD_PERSON = /^[a-z]{3,}s$/;

/** The verb lemma of the word at i when it stands as a finite verb after a subject, else undefined. */
function finiteLemma(terms: readonly Term[], i: number): string | undefined {
  const [before, t, next] = [terms[i - 1]!, terms[i]!, terms[i + 1]];
  // "chicken-mixed dishes": the second half of a hyphenated compound modifies the noun after it.
  if (t.capitalized || hasTag(t, 'Hyphenated') || NOT_VERB_TAGS.some((tag) => hasTag(t, tag)) || hasTag(t, 'Adverb')) return undefined;
  // A comma closes an appositive only where one opened after the subject ("Bale, a retired nurse, runs"); a single
  // comma or colon after a label ("Landscape Competition 2026: updated results") opens no verb's place.
  const closesAppositive = before.commaAfter && terms.slice(0, i - 1).some((w) => w.commaAfter && isNominal(w));
  // "The library still stands": an adverb of time or aspect after the subject's noun, read by the tagger as an adjective.
  const aspectBefore = aspectAdjective(terms, i);
  const afterSubject = isNominal(before) || hasTag(before, 'Value') || hasTag(before, 'Adverb') || aspectBefore || closesAppositive;
  if (before.commaAfter && !closesAppositive) return undefined;
  // A year before it is a label's ("Landscape Competition 2026: updated results"), not a subject's last word.
  if (!afterSubject || hasTag(before, 'Date') || hasTag(before, 'Determiner') || hasTag(before, 'Preposition') || hasTag(before, 'Possessive')) return undefined;
  const takes = next === undefined || isNominal(next) || hasTag(next, 'Date') || hasTag(next, 'Determiner') || hasTag(next, 'Value') || hasTag(next, 'Adverb') || hasTag(next, 'Preposition') || hasTag(next, 'Adjective');
  if (!takes) return undefined;
  if (PAST.test(t.lower) || IRREGULAR_PAST[t.lower] !== undefined) return known(lemmaOf(t));
  // A plural after a number is what is counted ("400 torches"); before a preposition it may head a noun phrase.
  // A plural after a noun may be a compound's head ("quartet champions 2025"): as a verb it takes an object's first word.
  const objectNext = next !== undefined && !hasTag(next, 'Preposition') && !(isNominal(before) && hasTag(next, 'Value'));
  // After "still" or "also" a plural is no compound's head: the verb may end its clause or take a phrase ("still stands on").
  if (THIRD_PERSON.test(t.lower) && !hasTag(before, 'Cardinal') && (objectNext || aspectBefore)) return known(lemmaOf(t));
  // A base form agrees only with a plural subject, and takes an object ("Shopkeepers … fear months").
  const first = hasTag(terms[0], 'Determiner') ? terms[1] : terms[0];
  const pluralSubject = first !== undefined && hasTag(first, 'Plural') && isNominal(first) && !first.commaAfter;
  return pluralSubject && next !== undefined && (isNominal(next) || hasTag(next, 'Determiner')) && !hasTag(t, 'Adjective') ? known(t.lower) : undefined;
}

/** The word before i is an adverb of time or aspect after a noun, read by the tagger as an adjective ("library still stands"). */
function aspectAdjective(terms: readonly Term[], i: number): boolean {
  const [subject, before] = [terms[i - 2], terms[i - 1]];
  return subject !== undefined && before !== undefined && ASPECT_GAP.has(before.lower) && !hasTag(before, 'Adverb') && !before.commaAfter && isNominal(subject);
}

/** The lemma when WordNet lists it as a verb (an "-s" or "-ed" form whose ending could not be undone is listed as none). */
const known = (lemma: string | undefined): string | undefined => (lemma !== undefined && isVerbLemma(lemma) ? lemma : undefined);
