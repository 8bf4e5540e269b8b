import type { Quantity } from '../model/claim.js';
import type { TextView } from '../ingest/types.js';

/**
 * "131 scarecrows this year, of which Kettlebury contributed 64", "300 passengers, of whom 40 were children": a bare
 * number after a partitive relative ("of which", "of whom") or "of them" counts part of the set the earlier figure
 * counts, its head noun left out by ellipsis (Quirk et al. 1985 § 12.52, ellipsis of the head after numerals; § 17.21,
 * partitive "of which"), so it counts the same thing.
 */
export function withElidedNouns(doc: TextView, found: Quantity[]): Quantity[] {
  return found.map((q, i) => {
    if (q.noun !== undefined || q.unit !== undefined || q.dimension !== 'count') return q;
    const whole = found.slice(0, i).reverse().find((p) => p.noun !== undefined && p.dimension === 'count');
    if (!whole) return q;
    const between = doc.view.slice(whole.span.end, q.span.start).toLowerCase();
    return PARTITIVE.test(between) && !/[.;:!?]/.test(between) ? { ...q, noun: whole.noun } : q;
  });
}

const PARTITIVE = /\bof (?:which|whom|them|those|these)\b/;
