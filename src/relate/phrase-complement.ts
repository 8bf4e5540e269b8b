import type { Claim, Phrase } from '../model/claim.js';
import { wordsNest } from '../detect/subject-words.js';
import { claimWords } from './words.js';
import { PERIOD_NOUNS, TIME_UNIT_NOUNS } from '../lexicon/general-nouns.js';

/** Prepositions that open a noun's complement ("ban on exports", "coach of the team", "applications to the university", "a complaint about the noise"; Quirk et al. 1985 § 17.37). */
const COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'of', 'for', 'against', 'over', 'into', 'to', 'about']);
const PERIOD: ReadonlySet<string> = new Set([...TIME_UNIT_NOUNS, ...PERIOD_NOUNS]);
/** At most this many content words of a complement are read. */
const COMPLEMENT_REACH = 4;

/** Content lemmas of the prepositional complement right after a phrase, up to a date, a comma or another preposition. */
export function phraseComplement(claim: Claim, phrase: Phrase): Set<string> {
  const { tokens } = claimWords(claim);
  const at = tokens.findIndex((t) => t.span.start >= phrase.span.end);
  const out = new Set<string>();
  if (at < 0 || !COMPLEMENT_PREPOSITIONS.has(tokens[at]!.lower) || /[,;:]/.test(gapBefore(claim, phrase.span.end, tokens[at]!.span.start))) return out;
  for (let i = at + 1; i < tokens.length && out.size < COMPLEMENT_REACH; i++) {
    const t = tokens[i]!;
    if (claim.times.some((d) => t.span.start < d.span.end && t.span.end > d.span.start)) break;
    if (/[,;:]/.test(gapBefore(claim, tokens[i - 1]!.span.end, t.span.start))) break;
    if (!t.content && out.size > 0 && t.lower !== 'and') break;
    if (t.content) out.add(t.lemma);
  }
  // "its rules for the coming season": a phrase of time after the noun places the act, it names no second thing.
  return [...out].some((w) => PERIOD.has(w)) ? new Set() : out;
}

/** The text of the proposition between two offsets. */
function gapBefore(claim: Claim, from: number, to: number): string {
  const { text, start } = claim.proposition.span;
  return text.slice(from - start, to - start);
}

/**
 * One phrase named on both sides with complements that name two things: "its ban on night flights" / "its ban on
 * fishing", "applications to the university" / "applications to the college". Only the subjects and objects whose
 * keys agree are compared; a complement on one side only is a refinement.
 */
export function complementsApart(a: Claim, b: Claim): boolean {
  const pairs = [[a.proposition.actor, b.proposition.actor], [a.proposition.theme, b.proposition.theme]] as const;
  return pairs.some(([x, y]) => x !== undefined && y !== undefined && complementsDiffer(a, x, b, y));
}

/** Phrase x of claim a and phrase y of claim b share their key and their complements name two things ("the risk of floods" / "the risk of fire"). */
export function complementsDiffer(a: Claim, x: Phrase, b: Claim, y: Phrase): boolean {
  if (x.key.toLowerCase() !== y.key.toLowerCase()) return false;
  const [cx, cy] = [phraseComplement(a, x), phraseComplement(b, y)];
  return cx.size > 0 && cy.size > 0 && !wordsNest(cx, cy);
}
