import type { Claim, Phrase, Quantity } from '../model/claim.js';
import { LIGHT_VERBS } from '../lexicon/light-verbs.js';
import { TRANSITIVE_FIRST_SENSE } from '../lexicon/wordnet-transitives.js';
import type { Lexicon } from '../lexicon/index.js';
import { singularNoun } from '../match/measure.js';
import { nounKinship } from '../relate/wordnet-nouns.js';

/**
 * Counts whose nouns WordNet relates (src/relate/wordnet-nouns.ts): a shared sense counts one thing ("12,000 homes" /
 * "12,000 dwellings"); a kind against its hypernym ("nine miners" / "11 workers") may count one group or a part of
 * one ("60 people were on board, including 11 children"). A part is never larger than its whole, so a count of the
 * kind above the general count's is a count of one group; at or below it, the counts are of one group only when both
 * name those who took one part (one role) in one act of one event ("nine miners were trapped" / "11 workers were
 * trapped"), and the general noun is not people in general: a toll of people ("790 people were killed") is the total
 * of which reports single out a kind ("a dozen doctors have been killed", "including 11 children").
 * Co-hyponyms ("40 doctors" / "25 nurses") are different groups under one hypernym: never related.
 */

const LIGHT: ReadonlySet<string> = new Set(LIGHT_VERBS);
const TRANSITIVE: ReadonlySet<string> = new Set(TRANSITIVE_FIRST_SENSE);

type Role = 'actor' | 'theme';

/** The phrase is the count's noun phrase, or its head ("miners" in "Nine miners"). */
const within = (q: Quantity, p: Phrase | undefined): boolean => p !== undefined && p.span.start < q.span.end && q.span.start < p.span.end;

/**
 * Whether a count stands in its claim's subject or object (the passive subject is the object: "were trapped"). A
 * subject of a verb that takes a direct object in its first sense (WordNet's sentence frames) but has none is that
 * verb's object, in a reduced passive ("the 11 workers trapped underground").
 */
function roleOf(c: Claim, q: Quantity): Role | undefined {
  const { theme, actor, predicate } = c.proposition;
  if (within(q, theme)) return 'theme';
  if (!within(q, actor)) return undefined;
  return theme === undefined && predicate !== undefined && TRANSITIVE.has(predicate.lemma.toLowerCase()) ? 'theme' : 'actor';
}

/** The act a claim names with a content verb (not "be", "have", "include": a state or a listing is no act). */
function actOf(c: Claim): string | undefined {
  const lemma = c.proposition.predicate?.lemma.toLowerCase();
  return lemma === undefined || LIGHT.has(lemma) ? undefined : lemma;
}

/** Both counts name those in one role of one act, the claims told of one event. */
function oneActOneRole(x: Quantity, a: Claim, y: Quantity, b: Claim, sameEvent: boolean): boolean {
  const act = actOf(a);
  if (!sameEvent) return false;
  const role = roleOf(a, x);
  return act !== undefined && role !== undefined && act === actOf(b) && role === roleOf(b, y);
}

/** The two counts' nouns, related by WordNet, count one group (see the file comment). */
export function countedKindsMeet(x: Quantity, a: Claim, y: Quantity, b: Claim, context: { sameEvent: boolean; lexicon: Lexicon }): boolean {
  if (x.noun === undefined || y.noun === undefined) return false;
  const kinship = nounKinship(x.noun, y.noun);
  if (kinship === undefined) return false;
  if (kinship === 'same') return true;
  const [kind, general] = kinship === 'narrower' ? [x, y] : [y, x];
  if (kind.value > (general.to ?? general.value)) return true;
  const people = context.lexicon.peopleNouns.includes(singularNoun(general.noun!.toLowerCase()));
  return !people && oneActOneRole(x, a, y, b, context.sameEvent);
}
