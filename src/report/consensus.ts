import type { Claim } from '../model/claim.js';
import type { Conflict } from '../model/conflict.js';
import type { Consensus } from '../model/report.js';
import { isNegative } from '../detect/shared.js';

/**
 * One entry per proposition in dispute: the claims joined by conflicts (connected components), which sources
 * hold the majority position and which the other.
 */
export function buildConsensus(claims: readonly Claim[], conflicts: readonly Conflict[]): Consensus[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const c of conflicts) {
    for (const id of c.claims) if (!parent.has(id)) parent.set(id, id);
    parent.set(find(c.claims[1]), find(c.claims[0]));
  }
  const groups = new Map<string, { claims: Set<string>; conflicts: string[] }>();
  for (const c of conflicts) {
    const root = find(c.claims[0]);
    const g = groups.get(root) ?? { claims: new Set<string>(), conflicts: [] };
    c.claims.forEach((id) => g.claims.add(id));
    g.conflicts.push(c.id);
    groups.set(root, g);
  }
  return [...groups.values()].map((g) => summarise([...g.claims].map((id) => byId.get(id)!).filter(Boolean), g.conflicts));
}

function summarise(claims: Claim[], conflicts: string[]): Consensus {
  const positions = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = `${c.proposition.state === 'pending' ? 'pending' : isNegative(c) ? 'negative' : 'positive'}`;
    positions.set(key, [...(positions.get(key) ?? []), c]);
  }
  const ranked = [...positions.values()].sort((x, y) => sourcesOf(y).length - sourcesOf(x).length);
  const first = claims[0]!;
  const actor = first.proposition.actor?.text ?? '';
  const predicate = first.proposition.inner?.lemma ?? first.proposition.predicate?.lemma ?? '';
  return {
    proposition: `${actor} ${predicate}`.trim() || first.text,
    claims: claims.map((c) => c.id),
    supporting: sourcesOf(ranked[0] ?? []),
    contradicting: [...new Set(ranked.slice(1).flatMap(sourcesOf))],
    conflicts,
  };
}

function sourcesOf(claims: readonly Claim[]): string[] {
  return [...new Set(claims.flatMap((c) => c.attribution.sourceIds))];
}
