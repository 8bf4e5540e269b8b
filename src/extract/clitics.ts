import type { Range } from '../ingest/types.js';
import { SUBJECT_PRONOUNS } from '../lexicon/grammar-words.js';
import type { Term } from './terms.js';

const PRONOUN: ReadonlySet<string> = new Set(SUBJECT_PRONOUNS);
/** The enclitic auxiliaries of English (Quirk et al. 1985 § 3.23): 've, 're, 'll, 'd, 's, 'm. */
const CLITIC = /^(\p{L}+)['’](?:ve|re|ll|d|s|m)$/iu;

/**
 * "They've restored …", "She'll chair …": a subject pronoun written with a contracted auxiliary is one term; the actor
 * is the pronoun alone, so that it reads as a pronoun ("they") and not as a word of its own ("they've").
 */
export function withoutClitic(terms: readonly Term[], actor: Range): Range {
  const only = terms.find((t) => t.start === actor.start);
  if (!only || only.end !== actor.end) return actor;
  const pronoun = CLITIC.exec(only.lower)?.[1];
  return pronoun !== undefined && PRONOUN.has(pronoun) ? { start: actor.start, end: actor.start + pronoun.length } : actor;
}

const RELATIVE_WITH_CLITIC = /^(that|who|which)['’](?:s|ve|d|ll)$/;

/**
 * "a shop that's been on Park Street since 1968": a relative pronoun written with a contracted auxiliary (Quirk et al.
 * 1985 § 3.23) is the pronoun; its auxiliary has no text of its own. The pronoun, or undefined for any other word.
 */
export function relativeBeforeClitic(lower: string): string | undefined {
  return RELATIVE_WITH_CLITIC.exec(lower)?.[1];
}

/** The reflexive pronouns (Quirk et al. 1985 § 6.23). */
const REFLEXIVE: ReadonlySet<string> = new Set(['myself', 'yourself', 'himself', 'herself', 'itself', 'ourselves', 'yourselves', 'themselves']);

/**
 * "had lit the wood-burner herself": a reflexive after the object is emphatic, stressing who did it (Quirk § 6.24), no
 * word of the object; the object ends before it. A reflexive alone ("hurt herself") is the object and stays.
 */
export function withoutEmphaticReflexive(terms: readonly Term[], theme: Range): Range {
  const inside = terms.filter((t) => t.start >= theme.start && t.end <= theme.end);
  const last = inside.at(-1);
  if (inside.length < 2 || !last || !REFLEXIVE.has(last.lower)) return theme;
  return { start: theme.start, end: inside.at(-2)!.end };
}
