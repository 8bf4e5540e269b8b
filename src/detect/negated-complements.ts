import type { Claim } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { POLARITY_STRENGTH } from '../lexicon/state-strengths.js';
import { claimWords, type Token } from '../relate/words.js';
import { actorsCompatible, themesCompatible } from './shared.js';
import type { DetectContext, DetectorHit } from './types.js';
import { subjectWords, wordsNest } from './subject-words.js';

/**
 * A "not" that negates a predicative complement rather than the verb (Quirk et al. 1985, § 10.64, local negation):
 * "pleaded not guilty", "found him not guilty", "was declared not fit". The clause is affirmed, so the claim carries no
 * negation, yet against "pleaded guilty" / "found him guilty" the two say opposite things of one complement.
 */

/** How many words after the verb its complement may stand ("found the two men not guilty"). */
const COMPLEMENT_REACH = 4;
/** Words after "not" that make it a focusing or degree word, not a negated complement ("not only", "not yet"). */
const NOT_A_COMPLEMENT: ReadonlySet<string> = new Set(['only', 'just', 'yet', 'least', 'quite', 'always', 'necessarily', 'even', 'all', 'every', 'a', 'an', 'the']);

interface Complement { lemma: string; negated: boolean; span: Span; end: number }

/** The content word after the verb, within reach, with whether a "not" stands right before it. */
function complementsOf(claim: Claim): readonly Complement[] {
  let found = complements.get(claim);
  if (!found) complements.set(claim, (found = readComplements(claim)));
  return found;
}

const complements = new WeakMap<Claim, readonly Complement[]>();

function readComplements(claim: Claim): Complement[] {
  const verb = claim.proposition.predicate?.span;
  if (!verb) return [];
  const after = claimWords(claim).tokens.filter((t) => t.span.start >= verb.end).slice(0, COMPLEMENT_REACH);
  const out: Complement[] = [];
  after.forEach((t: Token, i) => {
    if (!t.content || t.lower === 'not' || NOT_A_COMPLEMENT.has(t.lower)) return;
    const not = after[i - 1]?.lower === 'not' ? after[i - 1] : undefined;
    out.push({ lemma: t.lemma, negated: not !== undefined, span: not ? { start: not.span.start, end: t.span.end, text: `not ${t.span.text}` } : t.span, end: t.span.end });
  });
  return out;
}

/** The content words after the complement: what it is said of ("guilty of fraud" / "guilty of bribery"). */
function wordsAfter(claim: Claim, at: number): ReadonlySet<string> {
  return new Set(claimWords(claim).tokens.filter((t) => t.content && t.span.start >= at).map((t) => t.lemma));
}

/**
 * One verb with one complement, "not" before it on one side only: "pleaded not guilty" / "pleaded guilty". The two
 * subjects and what follows the complement must nest ("the defendant" / "his co-defendant", "of fraud" / "of bribery"
 * are other people and other charges).
 */
export function negatedComplementHit(a: Claim, b: Claim, context: DetectContext): DetectorHit | null {
  const [pa, pb] = [a.proposition.predicate?.lemma, b.proposition.predicate?.lemma];
  if (pa === undefined || pa !== pb || a.proposition.negated || b.proposition.negated) return null;
  if (!actorsCompatible(a, b, context.lexicon.aliases) || !themesCompatible(a, b, context.lexicon) || !wordsNest(subjectWords(a), subjectWords(b))) return null;
  const [xs, ys] = [complementsOf(a), complementsOf(b)];
  for (const x of xs) {
    const y = ys.find((c) => c.lemma === x.lemma);
    if (y && x.negated !== y.negated && wordsNest(wordsAfter(a, x.end), wordsAfter(b, y.end))) {
      return { kind: 'polarity', strength: POLARITY_STRENGTH, evidence: [x.span, y.span], detail: `"${x.span.text}" vs "${y.span.text}"` };
    }
  }
  return null;
}
