import { PROPOSAL_NOUNS } from '../lexicon/intention-frames.js';
import { ingFormLemma } from './lemma.js';
import { hasTag, type Term } from './terms.js';

const PROPOSAL: ReadonlySet<string> = new Set(PROPOSAL_NOUNS);
/** Words from the verb to the proposal noun: a determiner and up to two modifiers ("a new three-year plan"). */
const REACH = 4;

/**
 * "rejected a plan to offer a grant": the object of a refusal or status verb is a proposal noun (lexicon/intention-
 * frames.ts) with a to-infinitive complement, so the act refused is the infinitive's (the theme stays the noun refused,
 * as the extraction gold suite has it: "vetoed the plan to close the library" → plan). "decided against suspending the
 * licence": the act decided against is the gerund's. Undefined when neither form follows the verb.
 */
export function proposalComplement(terms: readonly Term[], v: number): Term | undefined {
  const [against, gerund] = [terms[v + 1], terms[v + 2]];
  const lemma = gerund ? ingFormLemma(gerund.lower) : undefined;
  if (against?.lower === 'against' && gerund && lemma !== undefined && !against.commaAfter) return { ...gerund, root: lemma };
  for (let i = v + 1; i <= Math.min(terms.length - 3, v + REACH); i++) {
    const t = terms[i]!;
    // "turned down a bid to …": a phrasal verb's particle stands before its object.
    if (i === v + 1 && hasTag(t, 'Particle')) continue;
    if (t.commaAfter || hasTag(t, 'Preposition') || hasTag(t, 'Verb')) return undefined;
    if (!PROPOSAL.has(t.lower) || terms[i + 1]!.lower !== 'to') continue;
    const verb = terms[i + 2]!;
    return hasTag(verb, 'Verb') && !hasTag(verb, 'Copula') && verb.lower !== 'be' ? verb : undefined;
  }
  return undefined;
}
