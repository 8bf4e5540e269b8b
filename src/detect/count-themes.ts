import type { Claim, Quantity } from '../model/claim.js';
import { derived, type Lexicon } from '../lexicon/index.js';
import { eventRelation } from '../relate/relation.js';
import { verbOfCount } from '../match/acts.js';
import { singularNoun } from '../match/measure.js';

/*
 * One counted set as the theme of two related acts: the object of a transitive verb in one claim and the subject of a
 * verb it is a kind of, causes or names in the other ("will shift 40 lorries" / "70 lorries will move"). The object of
 * a causative and the subject of its intransitive are one role, the thing moved (Levin 1993 § 1.1.2.1, the
 * causative/inchoative alternation); WordNet's hypernymy, cause and entailment relate the two verbs. People in general
 * are left out: "people" count the participants of too many acts of one story.
 */

const peopleNouns = (lexicon: Lexicon): ReadonlySet<string> => new Set(lexicon.peopleNouns.map(singularNoun));

const counted = (q: Quantity, lexicon: Lexicon): string | undefined => {
  if (q.dimension !== 'count' || q.noun === undefined) return undefined;
  const noun = singularNoun(q.noun.toLowerCase().trim());
  return derived(lexicon, peopleNouns).has(noun) ? undefined : noun;
};

/** The count is the object its claim's own verb takes ("will shift 40 lorries"). */
function objectOfPredicate(c: Claim, q: Quantity, lexicon: Lexicon): boolean {
  const lemma = c.proposition.predicate?.lemma.toLowerCase();
  return lemma !== undefined && verbOfCount(c, q, lexicon) === lemma;
}

/** The count is its claim's subject, before the verb ("70 lorries will move": the actor may be the noun alone). */
function subjectOfPredicate(c: Claim, q: Quantity): boolean {
  const { actor, predicate } = c.proposition;
  if (actor === undefined || predicate === undefined || actor.span.end > predicate.span.start) return false;
  return q.span.start < actor.span.end && actor.span.start < q.span.end;
}

/** x (in a) and y (in b) count one thing as the theme of related acts: one the object, the other the subject. */
export function countedThemeOfRelatedActs(a: Claim, x: Quantity, b: Claim, y: Quantity, lexicon: Lexicon): boolean {
  const noun = counted(x, lexicon);
  if (noun === undefined || noun !== counted(y, lexicon)) return false;
  const roles = (objectOfPredicate(a, x, lexicon) && subjectOfPredicate(b, y)) || (subjectOfPredicate(a, x) && objectOfPredicate(b, y, lexicon));
  if (!roles) return false;
  const relation = eventRelation(a, b, lexicon);
  return !relation.opposed && !relation.distinct && (relation.lexical || relation.related);
}

/** Some count of each claim is one counted theme of related acts (for the event gate). */
export function countedThemesOfRelatedActs(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  return a.quantities.some((x) => b.quantities.some((y) => countedThemeOfRelatedActs(a, x, b, y, lexicon)));
}
