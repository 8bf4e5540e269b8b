import { CONTENT_NOUNS, type ContentNounClass } from '../lexicon/content-clauses.js';
import type { ReportingStance } from '../model/claim.js';
import { isFinite } from './clause-parts.js';
import type { ContentFrame } from './content-clauses.js';
import { hasTag, type Term } from './terms.js';
import { isBe } from './verbs.js';

/*
 * What a content noun is and how it holds its clause (Quirk et al. 1985 §§ 17.26–17.27: "the news that …", "the hope
 * that …"): the readings content-clauses.ts and the attribution frames share.
 */

/** The stance each class of content noun gives its clause. */
export const STANCE_OF: Readonly<Record<Exclude<ContentNounClass, 'fact' | 'disputed'>, ReportingStance>> = {
  reported: 'reported',
  evidence: 'reported',
  claimed: 'claimed',
  alleged: 'alleged',
  speculated: 'speculated',
};

/** The class of a content noun, by its written form or its singular ("rumours" → rumour). */
export function contentNounClass(lower: string): ContentNounClass | undefined {
  if (Object.hasOwn(CONTENT_NOUNS, lower)) return CONTENT_NOUNS[lower];
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  return Object.hasOwn(CONTENT_NOUNS, singular) ? CONTENT_NOUNS[singular] : undefined;
}

/** The noun phrase of the content noun is its clause's subject: no verb stands before it, back to the clause's start or a "that". */
export function inSubject(terms: readonly Term[], noun: number): boolean {
  for (let k = noun - 1; k >= 0; k--) {
    const t = terms[k]!;
    if (t.lower === 'that') return true;
    if (isBe(t) || hasTag(t, 'Modal') || (hasTag(t, 'Verb') && isFinite(terms, k))) return false;
  }
  return true;
}

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
