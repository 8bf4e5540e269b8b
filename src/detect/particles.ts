import type { Claim } from '../model/claim.js';
import { VERB_PARTICLES } from '../lexicon/particles.js';
import { PHRASAL_VERBS_OF_CARRYING } from '../lexicon/phrasal-verbs.js';
import type { Lexicon } from '../lexicon/index.js';
import { innerPhrasalUse, phrasalUse } from '../relate/phrasal-senses.js';
import { stem } from '../extract/keys.js';

const PARTICLES: ReadonlySet<string> = new Set(VERB_PARTICLES);
const NEXT_WORD = /^\s+([\p{L}]+)/u;

/**
 * The particle right after the claim's predicate ("came up with" → "up"); undefined for a bare verb, and for a phrasal
 * verb the lexicon already read as its one-word meaning ("shut down" → close).
 */
export function particleAfter(claim: Claim, lexicon: Lexicon): string | undefined {
  const predicate = claim.proposition.predicate;
  if (predicate === undefined) return undefined;
  const word = NEXT_WORD.exec(claim.text.slice(predicate.span.end - claim.span.start))?.[1]?.toLowerCase();
  if (word === undefined || !PARTICLES.has(word)) return undefined;
  const lemma = predicate.lemma.toLowerCase();
  const senses = [...Object.entries(lexicon.phrasalVerbs), ...Object.entries(PHRASAL_VERBS_OF_CARRYING)];
  const known = senses.some(([phrase, meaning]) => meaning === lemma && phrase.endsWith(` ${word}`));
  return known ? undefined : word;
}

/**
 * One verb stem, but read as two different WordNet phrasal verbs or as a phrasal verb and its bare verb
 * (relate/phrasal-senses.ts): "broke out" / "did not break the window" deny nothing of each other.
 */
export function phrasalVerbsApart(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  return phrasalUse(a, lexicon)?.lemma !== phrasalUse(b, lexicon)?.lemma;
}

/** The claim's predicate and the verb a status verb wraps, each as its stem and the phrasal verb it is read as. */
function verbReadings(c: Claim, lexicon: Lexicon): { stem: string; phrasal: string | undefined }[] {
  const { predicate, inner } = c.proposition;
  return [
    ...(predicate ? [{ stem: stem(predicate.lemma.toLowerCase()), phrasal: phrasalUse(c, lexicon)?.lemma }] : []),
    ...(inner ? [{ stem: stem(inner.lemma.toLowerCase()), phrasal: innerPhrasalUse(c, lexicon)?.lemma }] : []),
  ];
}

/**
 * The two claims' verbs share a stem only as different verbs: a phrasal verb and its bare verb, or two phrasal verbs
 * of one verb ("have not yet broken out" / "broke the lock"; "deciding whether to lay off staff" / "laid the stone").
 */
export function stemsOnlyOfOtherVerbs(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  const rb = verbReadings(b, lexicon);
  const shared = verbReadings(a, lexicon).flatMap((x) => rb.filter((y) => y.stem === x.stem).map((y) => x.phrasal === y.phrasal));
  return shared.length > 0 && !shared.includes(true);
}

/** The predicates are two different phrasal verbs, or one phrasal and one bare: "goes by" / "came up" are not "go" / "come". */
export function differentParticles(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  return particleAfter(a, lexicon) !== particleAfter(b, lexicon);
}
