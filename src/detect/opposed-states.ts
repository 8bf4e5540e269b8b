import type { Claim, Phrase } from '../model/claim.js';
import { OPPOSITION_STRENGTH } from '../lexicon/detector-strengths.js';
import { derived, type Lexicon } from '../lexicon/index.js';
import { exclusiveStates } from '../relate/exclusive-states.js';
import { sameName } from './actor.js';
import type { DetectorHit } from './types.js';

type Direction = 'up' | 'down';

const directions = (lexicon: Lexicon): ReadonlyMap<string, Direction> => {
  const { upwardChange, downwardChange } = lexicon;
  return new Map<string, Direction>([...upwardChange.map((v) => [v, 'up'] as const), ...downwardChange.map((v) => [v, 'down'] as const)]);
};

/**
 * Two states of one thing that exclude each other ("left intact" / "destroyed", "online" / "offline"), both claims
 * affirmed: the relation (relate/exclusive-states.ts) as an opposition hit.
 */
export function incompatibleStateHit(a: Claim, b: Claim, lexicon: Lexicon): DetectorHit | null {
  const states = exclusiveStates(a, b, lexicon);
  return states ? { kind: 'opposition', strength: OPPOSITION_STRENGTH, evidence: [...states.evidence], detail: states.detail } : null;
}

/** A rise against a fall, whichever verbs of scalar change tell them (Levin 1993, § 45.6): "increased" / "fell". */
export function oppositeChangeHit(a: Claim, b: Claim, lexicon: Lexicon): DetectorHit | null {
  const [pa, pb] = [a.proposition.predicate, b.proposition.predicate];
  if (!pa || !pb) return null;
  const table = derived(lexicon, directions);
  const [da, db] = [table.get(pa.lemma.toLowerCase()), table.get(pb.lemma.toLowerCase())];
  if (!da || !db || da === db) return null;
  // Many verbs tell a change: the thing that changes must be named alike, not merely share its head ("copper" / "zinc inventories").
  const aliases = lexicon.aliases;
  const named = (x: Phrase | undefined, y: Phrase | undefined) => x === undefined || y === undefined || sameName(x.text, y.text, aliases);
  if (!named(a.proposition.actor, b.proposition.actor) || !named(a.proposition.theme, b.proposition.theme)) return null;
  return { kind: 'opposition', strength: OPPOSITION_STRENGTH, evidence: [pa.span, pb.span], detail: `"${pa.text}" vs "${pb.text}"` };
}
