import { KIN_NOUNS, ROLE_NOUNS } from '../lexicon/role-nouns.js';

const ROLES: ReadonlySet<string> = new Set(ROLE_NOUNS);
const KIN: ReadonlySet<string> = new Set(KIN_NOUNS);
const POSSESSIVE_MARK = /['’]s\s+/gu;

/** "the suspect's brother" → ["the suspect", "brother"], at the last possessive mark; undefined without one. */
function possessiveParts(text: string): [string, string] | undefined {
  // Most phrases have no possessive: a substring test spares the pattern scan (the mark needs "'s" or "’s").
  if (!text.includes("'s") && !text.includes('’s')) return undefined;
  const marks = [...text.matchAll(POSSESSIVE_MARK)];
  const last = marks.at(-1);
  if (last === undefined || last.index === 0) return undefined;
  const head = text.slice(last.index + last[0].length);
  return head === '' ? undefined : [text.slice(0, last.index), head];
}

/**
 * "the suspect's brother", "the minister's aide": a possessive whose head is a person's role or kin (lexicon/role-nouns)
 * names another person than its possessor. Its possessor's words, when they are all the other phrase has, do not make
 * it that phrase ("the suspect"); a body's part ("the agency's science directorate") still speaks for the body.
 */
export function namesThePossessorsRelation(x: string, y: string, sameName: (p: string, q: string) => boolean, heads: ReadonlySet<string> = ROLES): boolean {
  const parts = possessiveParts(x);
  if (parts === undefined || possessiveParts(y) !== undefined) return false;
  const head = parts[1].toLowerCase().split(/\s+/).at(-1)!.replace(/s$/, '');
  return heads.has(head) && sameName(parts[0], y) && !sameName(parts[1], y);
}

/** "the owner's grandson" against "its owner": a kin noun (lexicon/role-nouns.ts KIN_NOUNS) names another person than its possessor, whoever that is. */
export function namesThePossessorsKin(x: string, y: string, sameName: (p: string, q: string) => boolean): boolean {
  return namesThePossessorsRelation(x, y, sameName, KIN) || namesThePossessorsRelation(y, x, sameName, KIN);
}
