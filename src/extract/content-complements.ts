import type { ContentFrame } from './content-clauses.js';
import { contentNounClass, inSubject, STANCE_OF } from './content-clauses.js';
import { hasTag, type Term } from './terms.js';
import { isBe } from './verbs.js';

/**
 * "The sad news is that …", "The hope was that …": a content clause as the subject complement of its noun (Quirk et
 * al. 1985 § 16.38), the noun heading the clause's subject right before "be". The noun's index, or -1.
 */
export function subjectComplementNoun(terms: readonly Term[], that: number): number {
  const [be, noun] = [terms[that - 1], terms[that - 2]];
  if (!be || !noun || !isBe(be) || noun.commaAfter || !hasTag(noun, 'Noun') || contentNounClass(noun.lower) === undefined) return -1;
  return inSubject(terms, that - 2) ? that - 2 : -1;
}

/**
 * The frame of such a clause: the noun names what the clause is, not who holds it. News and facts keep the clause's
 * holder; a hope, claim or fear holds it as its class says, with no holder of its own.
 */
export function complementFrame(noun: Term): ContentFrame {
  const cls = contentNounClass(noun.lower)!;
  const cue = { start: noun.start, end: noun.end };
  if (cls === 'disputed') return { stance: 'denied', cue, cueLemma: noun.root };
  return { stance: cls === 'fact' || cls === 'reported' || cls === 'evidence' ? 'inherit' : STANCE_OF[cls], cue, cueLemma: noun.root };
}
