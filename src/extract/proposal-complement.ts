import type { Range } from '../ingest/types.js';
import { PROPOSAL_NOUNS } from '../lexicon/intention-frames.js';
import { themeAfter } from './theme.js';
import { ingFormLemma } from './lemma.js';
import { hasTag, type Term } from './terms.js';

const PROPOSAL: ReadonlySet<string> = new Set(PROPOSAL_NOUNS);
/** Words from the verb to the proposal noun: a determiner and up to two modifiers ("a new three-year plan"). */
const REACH = 4;

/**
 * "rejected a plan to offer a grant": the object of a refusal or status verb is a proposal noun (lexicon/intention-
 * frames.ts) with a to-infinitive complement, so the act refused is the infinitive's, and its object is the claim's
 * theme. Undefined when the object is no such noun or no verb follows its "to".
 */
export function proposalComplement(terms: readonly Term[], v: number): { inner: Term; theme?: Range } | undefined {
  // "decided against suspending the licence", "voted against closing it": the act decided against is the gerund's.
  const [against, gerund] = [terms[v + 1], terms[v + 2]];
  const lemma = gerund ? ingFormLemma(gerund.lower) : undefined;
  if (against?.lower === 'against' && gerund && lemma !== undefined && !against.commaAfter) {
    const theme = gerund.commaAfter ? undefined : themeAfter(terms, v + 3);
    const inner = { ...gerund, root: lemma };
    return theme ? { inner, theme } : { inner };
  }
  for (let i = v + 1; i <= Math.min(terms.length - 3, v + REACH); i++) {
    const t = terms[i]!;
    // "turned down a bid to …": a phrasal verb's particle stands before its object.
    if (i === v + 1 && hasTag(t, 'Particle')) continue;
    if (t.commaAfter || hasTag(t, 'Preposition') || hasTag(t, 'Verb')) return undefined;
    if (!PROPOSAL.has(t.lower) || terms[i + 1]!.lower !== 'to') continue;
    const verb = terms[i + 2]!;
    if (!hasTag(verb, 'Verb') || hasTag(verb, 'Copula') || verb.lower === 'be') return undefined;
    const theme = verb.commaAfter ? undefined : themeAfter(terms, i + 3);
    return theme ? { inner: verb, theme } : { inner: verb };
  }
  return undefined;
}
