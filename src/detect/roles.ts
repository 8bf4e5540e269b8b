import type { Phrase } from '../model/claim.js';
import { isCapitalised } from './speakers.js';

const INDEFINITE_ARTICLE = /^(?:a|an)\s/i;

/**
 * One side names someone only by role ("an appeals judge"), the other by a title of that role and a name
 * ("Justice Amara Diallo"): the unnamed one may be the named one, so the two are not known to differ.
 */
export function roleMayBeNamed(x: Phrase | undefined, y: Phrase | undefined, roleTitles: RoleTitles): boolean {
  if (!x || !y) return false;
  return holdsRole(x.text, y.text, roleTitles) || holdsRole(y.text, x.text, roleTitles);
}

/** Role noun → the titles that name its holder (lexicon/role-titles.ts). */
type RoleTitles = Readonly<Record<string, readonly string[]>>;

function holdsRole(unnamed: string, named: string, ROLE_TITLES: RoleTitles): boolean {
  const trimmed = unnamed.trim();
  if (!INDEFINITE_ARTICLE.test(trimmed)) return false;
  const role = trimmed.split(/\s+/).at(-1)!.toLowerCase();
  const titles = ROLE_TITLES[role];
  if (!titles) return false;
  const words = named.trim().split(/\s+/);
  // The title stands before a capitalised name: "Justice Amara Diallo", not "the justice ministry".
  return words.some((w, i) => titles.includes(w.toLowerCase()) && isCapitalised(words[i + 1] ?? ''));
}
