import { EVENT_ASSERTING_ASPECTUALS } from '../lexicon/event-phases.js';
import { hasTag, type Term } from './terms.js';

const ASPECTUAL: ReadonlySet<string> = new Set(EVENT_ASSERTING_ASPECTUALS);

/**
 * "The foundry has started casting bells", "the pumps kept running": an aspectual verb of onset or going on with an "-ing"
 * complement tells that the complement's event takes place (lexicon/event-phases.ts EVENT_ASSERTING_ASPECTUALS), as its
 * "to" infinitive does ("started to cast", read through by throughIntention): the "-ing" verb is the predicate. A
 * verb of ending ("stopped casting") tells the opposite and is kept.
 */
export function throughGerundComplement(terms: readonly Term[], v: number): number {
  const verb = terms[v];
  const next = terms[v + 1];
  if (verb === undefined || next === undefined || verb.commaAfter || !ASPECTUAL.has(verb.root)) return v;
  return /^[a-z]{3,}ing$/.test(next.lower) && hasTag(next, 'Verb') && hasTag(next, 'Gerund') ? v + 1 : v;
}
