import type { Claim, Phrase } from '../model/claim.js';
import { OPPOSITION_STRENGTH } from '../lexicon/detector-strengths.js';
import { derived, type Lexicon } from '../lexicon/index.js';
import { exclusiveStates } from '../relate/exclusive-states.js';
import { JOINING_CONTRAST } from '../lexicon/clause-cues.js';
import { tokenize } from '../segment/tokens.js';
import { textWords } from '../relate/text-words.js';
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
  if (!states) return null;
  const [x, y] = states.evidence;
  // "The bridge is intact" / "The bridge was damaged but remains intact": the concession keeps the other side's state.
  if (keptByConcession(b, x.text) || keptByConcession(a, y.text)) return null;
  return { kind: 'opposition', strength: OPPOSITION_STRENGTH, evidence: [...states.evidence], detail: states.detail };
}

const CONTRAST: ReadonlySet<string> = new Set(JOINING_CONTRAST);
/**
 * What may stand between the conjunction and the kept state when the state is the conceding subject's own: a pronoun
 * for it, a copula or a verb of remaining (Levin 1993, § 47.1: remain, stay) and "still". Any other word (a new noun
 * phrase: "but the tunnel remains intact") names another thing.
 */
const KEEPING_GAP: ReadonlySet<string> = new Set([
  'it', 'they', 'he', 'she', 'remain', 'remains', 'remained', 'stay', 'stays', 'stayed', 'is', 'are', 'was', 'were', 'be',
  'been', 'has', 'have', 'had', 'still',
]);

/**
 * The claim concedes one state and keeps the other side's after a contrastive conjunction ("damaged but remains
 * intact", "flooded, yet it is still open"; Quirk et al. 1985, § 13.40 on contrast and concession): it holds that state too.
 */
function keptByConcession(claim: Claim, state: string): boolean {
  const stateWords = tokenize(state).filter((t) => t.kind === 'word').map((t) => t.lower);
  const words = textWords(claim).map((t) => t.lower);
  const cue = words.findIndex((w) => CONTRAST.has(w));
  if (cue < 0 || stateWords.length === 0) return false;
  for (let i = cue + 1; i < words.length; i++) {
    if (stateWords.every((w, j) => words[i + j] === w)) return true;
    if (!KEEPING_GAP.has(words[i]!)) return false;
  }
  return false;
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
