import { hasTag, type Term } from './terms.js';

/** Negators that follow a copula (Quirk et al. 1985 § 10.54: "not" after the operator; "never" in its place). */
const AFTER_COPULA: ReadonlySet<string> = new Set(['not', "n't", 'never']);
/** Focusing adverbs after which "not" sets up an addition ("not only", "not just", "not merely"). */
const FOCUSING: ReadonlySet<string> = new Set(['only', 'just', 'merely', 'simply']);

/**
 * The negator right after a copula at `v`, past adverbs ("is still not safe" has "still" first): "The bridge is not
 * safe", "The minister was never present". A copula is its own operator, so its "not" follows it (Quirk et al. 1985
 * § 3.54), where the negator search before the verb does not look.
 */
export function copulaNegator(terms: readonly Term[], v: number, isCopula: (t: Term) => boolean): Term | undefined {
  const verb = terms[v];
  if (verb === undefined || !isCopula(verb)) return undefined;
  let i = v + 1;
  while (i < terms.length && hasTag(terms[i], 'Adverb') && !AFTER_COPULA.has(terms[i]!.lower)) i++;
  const t = terms[i];
  // "is not only cheaper but faster": a focusing "not only" adds, it does not deny (Quirk et al. 1985 § 8.116).
  if (t === undefined || !AFTER_COPULA.has(t.lower) || FOCUSING.has(terms[i + 1]?.lower ?? '')) return undefined;
  return t;
}
