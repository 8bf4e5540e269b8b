import { stem } from '../extract/keys.js';
import { areSynonyms } from '../lexicon/synonyms.js';
import type { Claim } from '../model/claim.js';

/**
 * Whether a one-line report states the claim's key parts, read on the extracted claims: its events (the predicate
 * verbs, matched by stem or WordNet verb synonym), its actor, and its numbers (matched by value, or clashing: a
 * different value of the same dimension). A report that names the topic but not the event or the figure observes
 * rather than asserts; one that gives another figure disputes it.
 */
export interface ClaimCover {
  /** share of the claim's predicate verbs the report states */
  verbs: number;
  /** share of the claim's actors the report names (by actor key words) */
  actors: number;
  /** share of the claim's numbers the report gives with the same value */
  numbers: number;
  /** 1 when the claim has a number and the report gives only other values of its dimension */
  numberClash: number;
}

function verbsOf(claims: readonly Claim[]): string[] {
  return claims.flatMap((c) => [c.proposition.predicate?.lemma, c.proposition.inner?.lemma].filter((v): v is string => v !== undefined));
}

function share<T>(items: readonly T[], test: (item: T) => boolean): number {
  return items.length === 0 ? 0 : items.filter(test).length / items.length;
}

const keyWords = (key: string) => key.split(/[\s_-]+/).filter((w) => w.length > 0).map((w) => stem(w));

/** How much of the claim (headline) side's verbs, actors and numbers the report's claims and words state. */
export function claimCover(claim: readonly Claim[], report: readonly Claim[], reportStems: ReadonlySet<string>): ClaimCover {
  const reportVerbs = [...verbsOf(report), ...report.flatMap((c) => c.proposition.events ?? [])];
  const verbStated = (v: string) => reportStems.has(stem(v)) || reportVerbs.some((r) => r === v || areSynonyms(r, v));
  const actors = claim.flatMap((c) => (c.proposition.actor === undefined ? [] : [c.proposition.actor.key]));
  const claimNumbers = claim.flatMap((c) => c.quantities);
  const reportNumbers = report.flatMap((c) => c.quantities);
  const sameValue = (q: (typeof claimNumbers)[number]) => reportNumbers.some((r) => r.value === q.value || r.to === q.value || (q.to !== undefined && r.value === q.to));
  const clashes = claimNumbers.some((q) => !sameValue(q) && reportNumbers.some((r) => r.dimension === q.dimension));
  return {
    verbs: share(verbsOf(claim), verbStated),
    actors: share(actors, (k) => keyWords(k).some((w) => reportStems.has(w))),
    numbers: share(claimNumbers, sameValue),
    numberClash: clashes && !claimNumbers.some(sameValue) ? 1 : 0,
  };
}
