import type { Claim, Phrase } from '../model/claim.js';
import { singularNoun } from '../match/measure.js';
import { SET_OPENERS } from '../lexicon/grammar-words.js';
import { lastWord } from './group-members.js';
import { UNIVERSAL_QUANTIFIERS } from '../lexicon/quantifier-scale.js';

const WORDS = /[\p{L}'’-]+/gu;
const SET_OPENER: ReadonlySet<string> = new Set(SET_OPENERS);
const UNIVERSAL: ReadonlySet<string> = new Set(UNIVERSAL_QUANTIFIERS);

/**
 * One claim's doer is a set of a kind, opened by a quantifier or "other" (lexicon/grammar-words.ts SET_OPENERS: "Most
 * neighbouring councils", "Several clubs"), and the other's one member of that kind ("Calder Vale council", "The
 * Riverside club"): a plural head names a set, a singular one a member (Quirk et al. 1985 § 5.73, number contrast in
 * count nouns), so what the set does says nothing of the member.
 */
export function setAgainstMember(a: Claim, b: Claim): boolean {
  return setOf(a, b.proposition.actor) || setOf(b, a.proposition.actor);
}

/**
 * The claim's doer is a set: its plural head is the member phrase's singular head, and a set opener stands first in
 * the phrase or just before it (the doer's span may leave out a quantifier: "most neighbouring councils" → "councils").
 */
function setOf(c: Claim, member: Phrase | undefined): boolean {
  const set = c.proposition.actor;
  if (set === undefined || member === undefined) return false;
  const [x, y] = [lastWord(set), lastWord(member)];
  if (x === '' || y === '' || x === y || !x.endsWith('s') || singularNoun(x) !== y) return false;
  // "Every member" is the whole set in the singular (Quirk § 6.61), no one member.
  if (UNIVERSAL.has(member.text.trim().toLowerCase().split(/\s+/)[0] ?? '')) return false;
  const before = c.span.text.slice(0, Math.max(0, set.span.start - c.span.start)).toLowerCase().match(WORDS) ?? [];
  const words = [...before.slice(-2), ...(set.text.toLowerCase().match(WORDS) ?? []).slice(0, 2)];
  return words.some((w) => SET_OPENER.has(w));
}
