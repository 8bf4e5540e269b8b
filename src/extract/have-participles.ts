import { INVARIANT_PAST } from '../lexicon/invariant-verbs.js';
import { HAVE_FORMS, POSSESSIVE_DETERMINERS } from '../lexicon/grammar-words.js';
import type { Range } from '../ingest/types.js';
import { hasTag, type Term } from './terms.js';
import { isParticiple } from './verb-forms.js';

/**
 * "The inn has had its permit suspended", "Mr Dale had his van stolen": "have" with an object and a past participle
 * is the causative or experiential "have" (Quirk et al. 1985 § 16.52, § 3.53). The participle is the clause's verb, a
 * passive one, and its object is what was acted on. The subject had it done ("the trustees had the locks changed":
 * the one answerable for the act) or underwent it ("had his van stolen"); an object owned by the subject ("its
 * licence", "his van") is read as undergone, so the subject is no doer, any other as caused, so the subject stays.
 */
const HAVE: ReadonlySet<string> = new Set([...HAVE_FORMS, 'having']);
/** Words that may open the object: determiners and possessives ("its", "the", "two"). */
const OPENERS = ['Determiner', 'Possessive', 'Value'];
/** Words inside the object before its head: modifiers and nouns ("its operating licence"). */
const INSIDE = ['Noun', 'Adjective', 'Value', 'Gerund', 'Possessive'];
/** Participles after a noun that name it rather than act on it: a reduced relative ("a son called Ben"). */
const NAMING: ReadonlySet<string> = new Set(['called', 'named', 'dubbed', 'titled', 'entitled', 'known', 'nicknamed', 'labelled', 'labeled']);
/** After the participle, words that show it takes an object or complement of its own, as a reduced relative's verb does. */
const OWN_COMPLEMENT = ['Determiner', 'Noun', 'ProperNoun', 'Pronoun', 'Adjective'];

export interface HadParticiple {
  /** Index of the participle: the clause's verb. */
  participle: number;
  /** The object between "have" and the participle: what was acted on. */
  object: Range;
  /** The object is not the subject's own ("had the locks changed"): the subject caused the act. */
  causer: boolean;
}
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(POSSESSIVE_DETERMINERS);

const isParticipleForm = (t: Term) => (isParticiple(t.lower) || INVARIANT_PAST[t.lower] !== undefined) && !hasTag(t, 'Noun') && !NAMING.has(t.lower);

/** How far before a participle its "have" may stand: "had" + an object of a few words. */
const REACH = 8;

/**
 * The construction around the verb found at `v`: at its "have" ("has had its permit suspended", where "had" is the
 * first lexical verb) or at its participle (where the tagger read "had" as an auxiliary). Undefined when there is none
 * ("had a difficult season", "had a son called Ben", "had approved the plan").
 */
export function hadParticiple(terms: readonly Term[], v: number): HadParticiple | undefined {
  const at = fromHave(terms, v);
  if (at !== undefined || !isParticipleForm(terms[v] ?? NONE)) return at;
  for (let h = v - 2; h >= Math.max(0, v - REACH); h--) {
    if (!HAVE.has(terms[h]!.lower)) continue;
    const had = fromHave(terms, h);
    return had?.participle === v ? had : undefined;
  }
  return undefined;
}
const NONE = { lower: '' } as Term;

function fromHave(terms: readonly Term[], v: number): HadParticiple | undefined {
  if (!HAVE.has(terms[v]?.lower ?? '') || terms[v]!.commaAfter) return undefined;
  let k = v + 1;
  while (k < terms.length && OPENERS.some((tag) => hasTag(terms[k], tag)) && !terms[k]!.commaAfter) k++;
  let nouns = 0;
  for (; k < terms.length; k++) {
    const t = terms[k]!;
    if (nouns > 0 && isParticipleForm(t)) break;
    // "had the floodlights at Brenton Park removed": a prepositional phrase may follow the object's head.
    const postmodifier = nouns > 0 && (hasTag(t, 'Preposition') || hasTag(t, 'Determiner')) && t.lower !== 'by' && t.lower !== 'to';
    if ((!INSIDE.some((tag) => hasTag(t, tag)) && !postmodifier) || t.commaAfter) return undefined;
    if (hasTag(t, 'Noun')) nouns++;
  }
  const participle = terms[k];
  if (participle === undefined || nouns === 0) return undefined;
  const next = terms[k + 1];
  if (next !== undefined && !participle.commaAfter && (next.lower === 'to' || OWN_COMPLEMENT.some((tag) => hasTag(next, tag)) && !hasTag(next, 'Date'))) return undefined;
  return { participle: k, object: { start: terms[v + 1]!.start, end: terms[k - 1]!.end }, causer: !POSSESSIVE_PRONOUNS.has(terms[v + 1]!.lower) };
}
