import type { Conflict } from '../model/conflict.js';

/** Letters and digits only, so "not true." and “not true” are one wording. */
function wording(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The dispute each side of a conflict raises: its kind, that side's claim, and the other document's wording. */
function disputeKeys(c: Conflict): string[] {
  return [0, 1].map((side) => `${c.kind}|${c.claims[side]}|${c.documents[1 - side]}|${wording(c.evidence[1 - side]!.span.text)}`);
}

/** The conflicts, in order, that share no key with one kept before them. */
function firstOfEach(sorted: readonly Conflict[], keysOf: (c: Conflict) => string[]): Conflict[] {
  const seen = new Set<string>();
  return sorted.filter((c) => {
    const keys = keysOf(c);
    if (keys.some((k) => seen.has(k))) return false;
    for (const k of keys) seen.add(k);
    return true;
  });
}

/**
 * One dispute between two reports is raised once: when one claim clashes with several sentences of another
 * document over the same words ("six miles" against "one mile" twice), only the strongest is kept. Expects
 * conflicts strongest first.
 */
export function oncePerDispute(sorted: readonly Conflict[]): Conflict[] {
  return firstOfEach(sorted, disputeKeys);
}

/**
 * One clash of the same words is one conflict: two claims of one sentence ("reports that X plans to close the mill,
 * which it bought in May") set against one rejection share the evidence spans; the strongest is kept.
 */
export function oncePerEvidence(sorted: readonly Conflict[]): Conflict[] {
  return firstOfEach(sorted, (c) => [[c.kind, ...c.evidence.map((e) => `${e.documentId}:${e.span.start}:${e.span.end}`)].join('|')]);
}
