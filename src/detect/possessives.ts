import { ROLE_NOUNS } from '../lexicon/role-nouns.js';

const ROLES: ReadonlySet<string> = new Set(ROLE_NOUNS);
const POSSESSIVE = /^(.*\S)['’]s\s+(\S.*)$/u;

/**
 * "the suspect's brother", "the minister's aide": a possessive whose head is a person's role or kin (lexicon/role-nouns)
 * names another person than its possessor. Its possessor's words, when they are all the other phrase has, do not make
 * it that phrase ("the suspect"); a body's part ("the agency's science directorate") still speaks for the body.
 */
export function namesThePossessorsRelation(x: string, y: string, sameName: (p: string, q: string) => boolean): boolean {
  const parts = POSSESSIVE.exec(x);
  if (parts === null || POSSESSIVE.test(y)) return false;
  const head = parts[2]!.toLowerCase().split(/\s+/).at(-1)!.replace(/s$/, '');
  return ROLES.has(head) && sameName(parts[1]!, y) && !sameName(parts[2]!, y);
}
