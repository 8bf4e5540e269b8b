import type { Claim } from '../model/claim.js';
import { passiveAgents, passivePatients } from './passive-agents.js';
import { namesThePossessorsKin } from './possessives.js';

/** Whether two names or descriptions name one person or body (actor.ts's sameName with the lexicon's aliases). */
type Named = (x: string, y: string) => boolean;

/** Whether a claim names `actor` after "by" as the doer of `verb`: "a stray brought in by the daughter" for "the daughter brought". */
export function agentIn(claim: Claim, actor: string, verb: string | undefined, named: Named): boolean {
  if (verb === undefined) return false;
  return passiveAgents(claim).some((p) => {
    const words = p.agent.split(' ');
    // A prefix ending in a possessor ("the owner's" of "the owner's grandson") names whose the agent is, not the agent.
    const names = (prefix: string) => named(prefix, actor) && !namesThePossessorsKin(prefix, actor, named);
    return p.verb === verb.toLowerCase() && words.some((w, i) => !/['’]s$/.test(w) && !insideCompound(words, i) && names(words.slice(0, i + 1).join(' ')));
  });
}
/** "the club" of "the club patron": a prefix whose next word goes on with the noun phrase is a modifier, not the agent. */
const insideCompound = (words: readonly string[], i: number): boolean => {
  const next = words[i + 1];
  return next !== undefined && !words[i]!.endsWith(',') && /^\p{Ll}/u.test(next) && !PHRASE_BREAKS.has(next);
};
const PHRASE_BREAKS: ReadonlySet<string> = new Set(['of', 'from', 'at', 'in', 'on', 'with', 'for', 'and', 'who', 'which', 'that']);

/** The claim says the act was done to this actor, in a passive with its own agent. */
export function patientIn(claim: Claim, actor: string, verb: string | undefined, named: Named): boolean {
  if (verb === undefined) return false;
  const words = actor.split(' ');
  return passivePatients(claim).some((p) => p.verb === verb.toLowerCase() && words.some((w) => named(w, p.patient)));
}
