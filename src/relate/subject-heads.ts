import type { Lexicon } from '../lexicon/index.js';
import { SIMPLE_PREPOSITIONS } from '../lexicon/simple-prepositions.js';
import type { Claim, Phrase } from '../model/claim.js';
import { lexicalRelation, vectorRelation } from './lexical.js';
import type { LinkRelation } from './types.js';
import { claimWords, type Token } from './words.js';
import { isTableNoun, shareAKind } from './wordnet-nouns.js';
import { PERSON_NOUNS } from '../lexicon/wordnet-person-nouns.js';

const PREPOSITION: ReadonlySet<string> = new Set(SIMPLE_PREPOSITIONS);
/** Relations under which two subject heads may name one thing (as for theme heads in theme-heads.ts). */
const ONE_THING: ReadonlySet<LinkRelation> = new Set(['identical', 'inflection', 'alias', 'derivation', 'synonym', 'hypernym']);
const CAPITALISED = /^\p{Lu}/u;
/** Determiners that introduce a new referent (Heim 1982, the novelty condition of indefinites). */
export const INDEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'another']);

/**
 * The phrase is introduced as new in its claim: it opens with "a", "an" or "another", or, kept without its determiner
 * ("video" for "a video"), the word before it in the claim is one.
 */
export function introducedInClaim(claim: Claim, phrase: Phrase): boolean {
  const first = phrase.text.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  if (INDEFINITE_DETERMINERS.has(first)) return true;
  const before = claim.text.slice(0, Math.max(0, phrase.span.start - claim.span.start)).trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
  return INDEFINITE_DETERMINERS.has(before);
}

/**
 * The head noun of the subject of a verb with no object ("The earthquake struck at 3 a.m." → earthquake): the last
 * content word of the subject before any preposition. A capitalised head is a name (the named-doer gates judge those);
 * a claim whose verb takes an object has its doer compared by the actor detector instead.
 */
function subjectHead(c: Claim): { head: Token; indefinite: boolean } | undefined {
  const { actor, theme, predicate } = c.proposition;
  if (!actor || !predicate || theme || actor.span.end > predicate.span.start) return undefined;
  const words = claimWords(c).tokens.filter((t) => t.span.start >= actor.span.start && t.span.end <= actor.span.end);
  let head: Token | undefined;
  for (const t of words) {
    if (PREPOSITION.has(t.lower) && head) break;
    if (t.content) head = t;
  }
  if (!head || CAPITALISED.test(head.span.text)) return undefined;
  return { head, indefinite: INDEFINITE_DETERMINERS.has(words[0]?.lower ?? '') };
}

const PERSON: ReadonlySet<string> = new Set(PERSON_NOUNS);
const POSSESSOR = /['’]s?$/;

/**
 * Two definite heads that WordNet files as things of no common kind within a few levels ("the bridge" / "the road"; not
 * "the ship" / "the boat", both vessels): not persons, whom news re-describes freely ("the suspect" / "the man").
 */
function twoKindsOfThing(x: Token, y: Token): boolean {
  const thing = (t: Token) => !PERSON.has(t.lemma) && isTableNoun(t.lemma);
  return thing(x) && thing(y) && !shareAKind(x.lemma, y.lemma);
}

/**
 * The two claims tell an intransitive act of two different things, one of them introduced as new ("The earthquake
 * struck on Monday" / "A strong aftershock struck on Tuesday"): neither subject's head recurs in the other claim and
 * neither the dictionary nor the word vectors make them one thing (not "the quake" / "the earthquake", nor "the
 * explosion" / "a blast"), so their dates and places are of two events. Two definite subjects ("the bomb" / "the
 * device") may be one thing under two names and are left to the detectors, unless WordNet files them as things of no
 * common kind ("the bridge would reopen in May" / "the road would reopen in June").
 */
export function subjectsApart(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  const [sa, sb] = [subjectHead(a), subjectHead(b)];
  if (!sa || !sb) return false;
  const [ha, hb] = [sa.head, sb.head];
  const definite = !(sa.indefinite || sb.indefinite);
  if (definite && !twoKindsOfThing(ha, hb)) return false;
  // A head that recurs as the other's possessor names the whole, not the part: "the museum" / "the museum's new wing".
  const recurs = (h: Token, c: Claim) => claimWords(c).tokens.some((t) => (t.lemma === h.lemma || t.lower === h.lower) && !POSSESSOR.test(t.span.text));
  if (recurs(ha, b) || recurs(hb, a)) return false;
  // Word vectors tell related things ("the bridge" / "the road"), not one thing: for two definite things WordNet decides.
  const r = lexicalRelation(ha, hb, lexicon) ?? lexicalRelation(hb, ha, lexicon) ?? (definite ? undefined : vectorRelation(ha, hb));
  return r === undefined || (r.relation !== 'similar' && !ONE_THING.has(r.relation));
}
