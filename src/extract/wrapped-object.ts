import type { Range } from '../ingest/types.js';
import { themeAfter } from './theme.js';
import { hasTag, type Term } from './terms.js';

/**
 * "refused to approve the merger", "declined to answer questions", "failed to reach a deal": a status, refusal or
 * implicative verb with a to-infinitive right after it and no object of its own (subject control, Quirk § 16.39)
 * stands for the act it governs, so that act's object is the claim's theme. The infinitive's own particle is
 * passed ("agreed to call off the strike"); a passive or copular infinitive ("to be sold", "to be named") has no
 * object, nor does an infinitive with none ("declined to comment").
 */
export function wrappedObject(terms: readonly Term[], v: number): Range | undefined {
  if (terms[v + 1]?.lower !== 'to' || terms[v + 1]!.commaAfter || terms[v]!.commaAfter) return undefined;
  const inner = terms[v + 2];
  if (!inner || !hasTag(inner, 'Verb') || hasTag(inner, 'Copula') || inner.lower === 'be' || inner.lower === 'have' || inner.commaAfter) return undefined;
  const particle = terms[v + 3];
  const from = particle && hasTag(particle, 'Particle') && !inner.commaAfter ? v + 4 : v + 3;
  return themeAfter(terms, from);
}
