import { trailingRunStart } from '../ingest/edges.js';
import type { Claim } from '../model/claim.js';
import type { Conflict } from '../model/conflict.js';
import type { Consensus } from '../model/report.js';

/**
 * One entry per proposition in dispute: the claims joined by conflicts (connected components), labelled in
 * the text's own words, with the sources on each side — the two claims of a conflict are on opposite sides.
 */
export function buildConsensus(claims: readonly Claim[], conflicts: readonly Conflict[]): Consensus[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const side = sidesOf(conflicts);
  const groups = new Map<string, { claims: Set<string>; conflicts: string[] }>();
  for (const c of conflicts) {
    const root = side.get(c.claims[0])!.root;
    const g = groups.get(root) ?? { claims: new Set<string>(), conflicts: [] };
    c.claims.forEach((id) => g.claims.add(id));
    g.conflicts.push(c.id);
    groups.set(root, g);
  }
  return [...groups.values()].map((g) => {
    const members = [...g.claims].map((id) => byId.get(id)).filter((c): c is Claim => c !== undefined).sort(inTextOrder);
    return summarise(members, (id) => side.get(id)!.side, g.conflicts);
  });
}

/** Document id, then offset: the order a reader meets the claims in. */
function inTextOrder(x: Claim, y: Claim): number {
  return x.documentId < y.documentId ? -1 : x.documentId > y.documentId ? 1 : x.span.start - y.span.start;
}

interface Placement {
  /** The first claim of the group, naming it. */
  root: string;
  /** 0 for the side of the group's first claim, 1 for the other. */
  side: 0 | 1;
}

/**
 * Each claim's group and side, walking the conflicts breadth first from each group's first claim: a conflict's
 * two claims take opposite sides. Where three claims clash pairwise (three different tolls), the later one is
 * placed against the claim it was first reached from.
 */
function sidesOf(conflicts: readonly Conflict[]): Map<string, Placement> {
  const neighbours = new Map<string, string[]>();
  for (const c of conflicts) {
    const [x, y] = c.claims;
    neighbours.set(x, [...(neighbours.get(x) ?? []), y]);
    neighbours.set(y, [...(neighbours.get(y) ?? []), x]);
  }
  const placed = new Map<string, Placement>();
  for (const start of neighbours.keys()) {
    if (placed.has(start)) continue;
    placed.set(start, { root: start, side: 0 });
    const queue = [start];
    for (let i = 0; i < queue.length; i++) {
      const here = placed.get(queue[i]!)!;
      for (const next of neighbours.get(queue[i]!) ?? []) {
        if (placed.has(next)) continue;
        placed.set(next, { root: start, side: here.side === 0 ? 1 : 0 });
        queue.push(next);
      }
    }
  }
  return placed;
}

function summarise(claims: readonly Claim[], sideOf: (id: string) => 0 | 1, conflicts: string[]): Consensus {
  const first = claims.filter((c) => sideOf(c.id) === 0);
  const second = claims.filter((c) => sideOf(c.id) === 1);
  // The side more sources hold supports; on a tie, the side of the group's first claim.
  const [supporting, contradicting] = sourcesOf(second).length > sourcesOf(first).length ? [second, first] : [first, second];
  return {
    proposition: label(claims),
    claims: claims.map((c) => c.id),
    supporting: sourcesOf(supporting),
    contradicting: sourcesOf(contradicting),
    conflicts,
  };
}

/**
 * The group's name in the text's own words: from the actor to the theme (or predicate) of an affirmed claim if
 * there is one, else of the first claim — "Engineers sealed the valve", never a lemma pair.
 */
function label(claims: readonly Claim[]): string {
  const claim = claims.find((c) => c.proposition.state === 'affirmed' && !c.proposition.negated) ?? claims[0]!;
  const { actor, predicate, inner, theme } = claim.proposition;
  const spans = [actor?.span, predicate?.span, inner?.span, theme?.span].filter((s) => s !== undefined && s.start >= claim.span.start && s.end <= claim.span.end);
  const start = Math.min(...spans.map((s) => s!.start));
  const end = Math.max(...spans.map((s) => s!.end));
  const words = spans.length >= 2 ? claim.text.slice(start - claim.span.start, end - claim.span.start) : claim.proposition.span.text;
  const trimmed = words.slice(0, trailingRunStart(words, (ch) => /[\s.,;:]/.test(ch)));
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

function sourcesOf(claims: readonly Claim[]): string[] {
  return [...new Set(claims.flatMap((c) => c.attribution.sourceIds))];
}
