import type { Range } from '../ingest/types.js';
import type { Attribution } from '../model/claim.js';
import type { Token } from '../segment/tokens.js';

/** "to have seen", "taking": a proposition that opens with an infinitive marker or an "-ing" form has no subject of its own. */
const isNonFinite = (t: Token | undefined): boolean => t !== undefined && (t.lower === 'to' || /^\p{L}{3,}ing$/u.test(t.lower));

/**
 * "Ruiz claimed to have seen …", "Salas denied taking …": a non-finite complement's subject is the frame's holder
 * (subject control, Quirk § 16.39), only right after the frame's verb: with an object between, the object controls
 * ("told residents to leave"). The holder's range, or undefined when the proposition has its own subject.
 */
export function controllingHolder(text: string, attribution: Attribution, propTokens: readonly Token[], passive: boolean): Range | undefined {
  const controller = attribution.holderSpan;
  const first = propTokens[0];
  if (passive || !controller || attribution.holderKind === 'author' || !attribution.verbSpan || !first) return undefined;
  if (text.slice(attribution.verbSpan.end, first.start).trim() !== '' || !isNonFinite(first)) return undefined;
  return { start: controller.start, end: controller.end };
}
