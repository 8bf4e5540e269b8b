import type { Claim } from '../model/claim.js';
import type { Lexicon } from '../lexicon/index.js';
import { LIGHT_VERBS } from '../lexicon/light-verbs.js';
import { eventRelation } from '../relate/relation.js';

const LIGHT: ReadonlySet<string> = new Set(LIGHT_VERBS);

/** What a claim says happened: its predicate, or after a light verb the noun it takes ("were given shelter" → shelter). */
export function eventWord(c: Claim): string | undefined {
  const lemma = c.proposition.predicate?.lemma.toLowerCase();
  if (lemma === undefined || !LIGHT.has(lemma)) return lemma;
  return c.proposition.theme?.key;
}

/**
 * Two claims that each name an act, and not the same one ("killed 14 people" / "2,300 people were given shelter"):
 * the people each counts take part in a different act, so the counts are of different people.
 */
export function twoActs(a: Claim, b: Claim, sameEvent: boolean): boolean {
  const [x, y] = [eventWord(a), eventWord(b)];
  return !sameEvent && x !== undefined && y !== undefined && x !== y;
}

/**
 * The two claims' own events are one act by a dictionary relation (synonymy, derivation, a support verb with its
 * event noun: "made 16 arrests" / "arrested") or one is the kind, entailment or cause of the other (WordNet: kill →
 * die): the relation every detector reads, so matching does not drop a pair the detectors would call one event.
 */
export function dictionaryRelatedActs(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  const relation = eventRelation(a, b, lexicon);
  return relation.lexical || relation.related;
}
