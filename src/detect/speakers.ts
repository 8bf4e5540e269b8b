/** Telling speakers apart: only two names can be; a role ("the network's director") or a pronoun may be anyone. */

const CAPITALISED = /^\p{Lu}/u;
const ARTICLES = new Set(['the', 'a', 'an']);

/** A capitalised word that is not a leading article: "Peskov", "director Anna Gerber", not "The ministry". */
export function hasName(holder: string): boolean {
  return holder.trim().split(/\s+/).some((w, i) => CAPITALISED.test(w) && !(i === 0 && ARTICLES.has(w.toLowerCase())));
}

/** Two speakers that cannot be told apart (a role, a pronoun) may be one person: quote's case, not attribution's. */
export function distinguishable(x: string, y: string): boolean {
  return hasName(x) && hasName(y);
}

