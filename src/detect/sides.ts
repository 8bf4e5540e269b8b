import type { Claim, Quantity } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { OPPOSITION_STRENGTH } from '../lexicon/detector-strengths.js';
import { FUNCTION_WORDS } from '../lexicon/function-words.js';
import { OPPOSITION_PREPOSITIONS, SUPPORT_PREPOSITIONS } from '../lexicon/side-prepositions.js';
import type { DetectorHit } from './types.js';
import { perClaim } from '../relate/per-claim.js';

/**
 * One act on opposite sides of one issue: "voted for the bill" / "voted against the bill", "ruled in favour of the
 * tenants" / "ruled against the tenants". The verb is the same; the side is carried by the preposition after it.
 */

type Side = 'for' | 'against';
interface SideMention { side: Side; cue: Span; object: string[] }

const escape = (w: string): string => w.replace(/ /g, '\\s+');
const PREPOSITIONS = [...SUPPORT_PREPOSITIONS.map((p) => [p, 'for'] as const), ...OPPOSITION_PREPOSITIONS.map((p) => [p, 'against'] as const)].sort(
  (x, y) => y[0].length - x[0].length,
);
/** Right after the verb, or one word later ("voted overwhelmingly for", "ruled today against"): the preposition, then its object. */
const SIDE_AFTER_VERB = new RegExp(`^\\s+(?:[\\p{L}-]+\\s+)?(${PREPOSITIONS.map(([p]) => escape(p)).join('|')})\\s+([^,.;:!?]+)`, 'iu');
const SIDES: ReadonlyMap<string, Side> = new Map(PREPOSITIONS.map(([p, side]) => [p, side]));
const SKIP: ReadonlySet<string> = new Set(FUNCTION_WORDS);
/** How many words of the object are read: its head and what comes before it ("the new housing bill"). */
const OBJECT_WORDS = 4;

const sideOf: (claim: Claim) => SideMention | undefined = perClaim(readSideOf);

function readSideOf(claim: Claim): SideMention | undefined {
  const predicate = claim.proposition.predicate;
  if (predicate === undefined) return undefined;
  const offset = predicate.span.end - claim.span.start;
  const m = SIDE_AFTER_VERB.exec(claim.text.slice(offset));
  if (!m) return undefined;
  const prep = m[1]!.toLowerCase().replace(/\s+/g, ' ');
  const side = SIDES.get(prep);
  if (side === undefined) return undefined;
  const at = claim.span.start + offset + m.index + m[0].indexOf(m[1]!);
  const object = m[2]!.toLowerCase().split(/\s+/).slice(0, OBJECT_WORDS).filter((w) => w.length > 1 && !SKIP.has(w));
  return { side, cue: { start: at, end: at + m[1]!.length, text: m[1]! }, object };
}

/** The same verb on opposite sides of one object (a content word of the object shared): the two side mentions. */
function opposite(a: Claim, b: Claim): [SideMention, SideMention] | undefined {
  if (a.proposition.predicate?.lemma !== b.proposition.predicate?.lemma) return undefined;
  const [x, y] = [sideOf(a), sideOf(b)];
  return x && y && x.side !== y.side && x.object.some((w) => y.object.includes(w)) ? [x, y] : undefined;
}

/**
 * The claims tell one act on opposite sides of one issue: "48 senators voted against the bill" counts other people
 * than "52 voted for it", and "did not vote for the bill" agrees with "voted against the bill".
 */
export function oppositeSides(a: Claim, b: Claim): boolean {
  return opposite(a, b) !== undefined;
}

const ofAGroup = (q: Quantity): boolean => q.dimension === 'count' || q.dimension === 'percent';

/** Both claims affirm one verb, on opposite sides of one object. */
export function sidesHit(a: Claim, b: Claim): DetectorHit | null {
  // "52 senators voted for it" / "48% voted against it": counted groups and shares take both sides of one vote.
  if (a.quantities.some(ofAGroup) || b.quantities.some(ofAGroup)) return null;
  const sides = opposite(a, b);
  if (!sides) return null;
  const [x, y] = sides;
  return { kind: 'opposition', strength: OPPOSITION_STRENGTH, evidence: [x.cue, y.cue], detail: `"${x.cue.text}" vs "${y.cue.text}"` };
}
