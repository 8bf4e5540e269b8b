import { PERSONAL_PRONOUNS } from '../lexicon/grammar-words.js';
import type { Claim } from '../model/claim.js';
import { sameName } from './actor.js';
import { subjectChangesScale } from './undergoers.js';

const PRONOUNS: ReadonlySet<string> = new Set(PERSONAL_PRONOUNS);

/**
 * "Group sales rose 2.1 per cent" / "Food sales rose 3.4 per cent": two verbs of scalar change whose subjects, the things
 * that changed (Levin 1993 § 45.6), are named apart tell two changes, whose figures and directions need not agree. A
 * thing and a fuller name of it ("sales" / "group sales"), or one thing named two ways, are one (detect/actor.ts
 * sameName); a pronoun may stand for either.
 */
export function changesOfTwoThings(a: Claim, b: Claim, aliases: ReadonlyMap<string, string>): boolean {
  if (!subjectChangesScale(a) || !subjectChangesScale(b)) return false;
  const [x, y] = [a.proposition.actor, b.proposition.actor];
  if (!x || !y || PRONOUNS.has(x.text.toLowerCase()) || PRONOUNS.has(y.text.toLowerCase())) return false;
  // By the words as written: a phrase's key keeps only its head ("sales"), which both share.
  return !sameName(x.text, y.text, aliases);
}
