/** Who a named speaker's own report describes: a speaker names herself "I", so a description there is someone else (Quirk § 6.13). */
import type { Claim } from '../model/claim.js';
import { PERSONAL_PRONOUNS } from '../lexicon/grammar-words.js';
import { personNameIn } from '../extract/referents.js';

/**
 * The claim's holder is a person's full name that is the other claim's actor, and its own actor is a description
 * (not that name, not a pronoun that may stand for her).
 */
export function heldByOtherActor(claim: Claim, other: Claim, named: (x: string, y: string) => boolean): boolean {
  const { holder, holderKind } = claim.attribution;
  const [own, theirs] = [claim.proposition.actor, other.proposition.actor];
  if (holderKind !== 'named' || own === undefined || theirs === undefined || personNameIn(holder) === undefined) return false;
  return named(holder, theirs.text) && !named(holder, own.text) && !PRONOUN_ACTORS.has(own.text.trim().toLowerCase());
}

const PRONOUN_ACTORS: ReadonlySet<string> = new Set(PERSONAL_PRONOUNS);
