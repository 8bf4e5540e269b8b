import type { Claim } from '../model/claim.js';
import { OPPOSITION_STRENGTH } from '../lexicon/detector-strengths.js';
import { NEGATED_AUXILIARIES, NEGATORS } from '../lexicon/polarity-cues.js';
type Aliases = ReadonlyMap<string, string>;
import { antonymsOf } from '../relate/wordnet.js';
import { claimWords, type Token } from '../relate/words.js';
import { compatiblePhrases } from './actor.js';
import type { DetectorHit } from './types.js';

/**
 * One verb whose complements differ only by a pair of WordNet antonyms: "ended in an acquittal" / "ended in a
 * conviction", "was a success" / "was a failure", "reported an increase in sales" / "a decrease in sales" (de Marneffe,
 * Rafferty & Manning 2008: antonymy of aligned words). Every other content word of the shorter complement is in the
 * other, so "a victory for the mayor" / "a defeat for her rival" (two sides of one contest) is no clash.
 */

/** Content words after the predicate read as its complement: "ended in an acquittal on all counts" → acquittal, counts. */
const COMPLEMENT_WORDS = 6;

function complement(claim: Claim): Token[] {
  const predicate = claim.proposition.predicate;
  if (predicate === undefined) return [];
  return claimWords(claim).tokens.filter((t) => t.content && t.span.start >= predicate.span.end).slice(0, COMPLEMENT_WORDS);
}

const antonyms = (x: string, y: string): boolean => antonymsOf(x, 'noun').includes(y) || antonymsOf(x, 'adjective').includes(y);

const NEGATION: ReadonlySet<string> = new Set([...NEGATORS, ...NEGATED_AUXILIARIES]);

/** A negation cue between the predicate and the word ("was not a success", "is no longer safe", "wasn't a success"). */
function negatedBefore(claim: Claim, word: Token): boolean {
  const from = claim.proposition.predicate?.span.start ?? claim.span.start;
  return claimWords(claim).tokens.some((t) => t.span.start >= from && t.span.start < word.span.start && NEGATION.has(t.lower.replace(/’/g, "'")));
}

/** Every lemma of the smaller set is in the larger one. */
function within(x: readonly string[], y: readonly string[]): boolean {
  const [small, large] = x.length <= y.length ? [x, new Set(y)] : [y, new Set(x)];
  return small.every((w) => large.has(w));
}

const capitalOrFigure = (t: Token | undefined): boolean => t !== undefined && /^[\p{Lu}\p{N}]/u.test(t.span.text);

/** "East 6th Street", "North Korea": a capitalised word before another capitalised word or a figure is part of a name. */
function inName(claim: Claim, word: Token): boolean {
  const tokens = claimWords(claim).tokens;
  return /^\p{Lu}/u.test(word.span.text) && capitalOrFigure(tokens[tokens.indexOf(word) + 1]);
}

export function antonymObjectHit(a: Claim, b: Claim, aliases: Aliases): DetectorHit | null {
  const [pa, pb] = [a.proposition, b.proposition];
  if (pa.predicate === undefined || pa.predicate.lemma !== pb.predicate?.lemma || !compatiblePhrases(pa.actor, pb.actor, aliases)) return null;
  const [ca, cb] = [complement(a), complement(b)];
  for (const x of ca) {
    const y = cb.find((t) => antonyms(x.lemma, t.lemma));
    if (y === undefined || inName(a, x) || inName(b, y)) continue;
    // "was not a success" agrees with "was a failure", whichever way the parser scoped the "not".
    if (negatedBefore(a, x) || negatedBefore(b, y)) return null;
    const rest = (c: readonly Token[], skip: Token) => c.filter((t) => t !== skip).map((t) => t.lemma);
    if (!within(rest(ca, x), rest(cb, y))) return null;
    return { kind: 'opposition', strength: OPPOSITION_STRENGTH, evidence: [x.span, y.span], detail: `"${x.span.text}" vs "${y.span.text}"` };
  }
  return null;
}
