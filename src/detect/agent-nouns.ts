import { ROLE_ASSIGNING_VERBS } from '../lexicon/role-assigning-verbs.js';
import { PERSON_NOUNS } from '../lexicon/wordnet-person-nouns.js';
import type { Claim, Phrase } from '../model/claim.js';
import { isVerbLemma } from '../relate/wordnet.js';
import { claimWords, type Token } from '../relate/words.js';

const PERSONS: ReadonlySet<string> = new Set(PERSON_NOUNS);
const ROLE_VERBS: ReadonlySet<string> = new Set(ROLE_ASSIGNING_VERBS);
/** Words between "the" and the agent noun: "the overall winner", "the eventual joint winner". */
const MAX_MODIFIERS = 2;
const DOUBLED = /([b-df-hj-np-tv-z])\1$/;

/**
 * The verb a person noun names the doer of, by the agentive suffix -er / -or (Quirk et al. 1985, App. I.35; Marchand
 * 1969, § 4.30): "winner" → win, "buyer" → buy, "driver" → drive. Only nouns WordNet has as a person in their first
 * sense (lexicon/wordnet-person-nouns.ts), so "letter" and "tower" name no doer of "let" or "tow".
 */
export function agentVerb(noun: string): string | undefined {
  if (!PERSONS.has(noun) || !/(?:er|or)$/.test(noun)) return undefined;
  const base = noun.slice(0, -2);
  const candidates = [...(DOUBLED.test(base) ? [base.slice(0, -1)] : []), base, `${base}e`];
  return candidates.find((v) => v.length > 1 && isVerbLemma(v));
}

/** One doer a claim names by an agent noun: "Mia Holt was declared the winner of the final" → Mia Holt, win, [final]. */
export interface AgentNounDoer {
  doer: Phrase;
  verb: string;
  noun: string;
  /** Content lemmas of what the act was done to, after "of": "of the chess final" → chess, final. */
  theme: string[];
  /** Where the role phrase ("the winner of the chess final") stands. */
  role: { start: number; end: number };
}

/** The content words after "of" up to the first function word past them: "of the chess final in Leeds" → chess, final. */
function ofPhrase(tokens: readonly Token[], from: number): Token[] {
  if (tokens[from]?.lower !== 'of') return [];
  const out: Token[] = [];
  for (let i = from + 1; i < tokens.length && (out.length === 0 || tokens[i]!.content); i++) if (tokens[i]!.content) out.push(tokens[i]!);
  return out;
}

/**
 * The holder a claim gives a definite agent-noun role through a role-assigning verb (lexicon/role-assigning-verbs.ts):
 * "The winner of the chess final was Mia Holt", "Mia Holt was declared the winner of the chess final". The holder is the
 * claim's actor or theme that stands outside the role phrase.
 */
export function agentNounDoer(claim: Claim): AgentNounDoer | undefined {
  const p = claim.proposition;
  if (!p.predicate || p.negated || !ROLE_VERBS.has(p.predicate.lemma.toLowerCase())) return undefined;
  const tokens = claimWords(claim).tokens.filter((t) => t.span.start >= p.span.start && t.span.end <= p.span.end);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.lower !== 'the') continue;
    for (let k = i + 1; k <= i + 1 + MAX_MODIFIERS && k < tokens.length; k++) {
      const verb = agentVerb(tokens[k]!.lower);
      if (verb === undefined) continue;
      const of = ofPhrase(tokens, k + 1);
      const role = { start: tokens[i]!.span.start, end: (of.at(-1) ?? tokens[k]!).span.end };
      const outside = (x: Phrase | undefined) => x !== undefined && (x.span.end <= role.start || x.span.start >= role.end);
      const doer = [p.actor, p.theme].find(outside);
      return doer ? { doer, verb, noun: tokens[k]!.lower, theme: of.map((t) => t.lemma), role } : undefined;
    }
  }
  return undefined;
}
