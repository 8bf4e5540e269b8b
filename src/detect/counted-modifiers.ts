import type { Quantity } from '../model/claim.js';
import { singularNoun } from '../match/measure.js';
import { COUNT_INCREMENT_WORDS } from '../lexicon/repetition-cues.js';
import { SCALE_WORDS, TENS_WORDS, UNIT_WORDS } from '../lexicon/number-words.js';

const INCREMENT: ReadonlySet<string> = new Set(COUNT_INCREMENT_WORDS);

/** A word of a figure: digits, or a number word ("two", "twenty", "forty-five"). */
const isFigureWord = (w: string): boolean => /\d/.test(w) || w.toLowerCase().split('-').every((p) => UNIT_WORDS.has(p) || TENS_WORDS.has(p));
/** Words after a spelled-out number that make it no plain count of a kind: "two of our players", "two dozen puppies". */
const NOT_A_KIND: ReadonlySet<string> = new Set(['of', ...SCALE_WORDS.keys(), 'dozens', 'score', 'scores']);

/**
 * The words of a counted figure's span after its figure, as written ("19 crew members" → crew, members; "two
 * disqualified riders" → disqualified, riders); undefined when the figure has no counted noun or ends the span.
 */
export function wordsAfterFigure(q: Quantity): string[] | undefined {
  const words = q.span.text.split(/\s+/).filter(Boolean);
  const after = words.findIndex(isFigureWord) + 1;
  if (after > 0 && !/\d/.test(words[after - 1]!) && words.slice(after).some((w) => NOT_A_KIND.has(w.toLowerCase()))) return undefined;
  return q.noun !== undefined && after > 0 && after < words.length ? words.slice(after) : undefined;
}

/**
 * The words a figure's span gives after its digits, lower case ("240 small delta kites" → small, delta, kites), split
 * into the head (the last word, singular) and its modifiers; undefined for a spelled-out or bare figure.
 */
function countedWords(q: Quantity): CountedKind | undefined {
  const phrase = q.dimension === 'count' ? wordsAfterFigure(q) : undefined;
  if (phrase === undefined) return undefined;
  // A capitalised modifier names whose the things are ("US troops" / "American troops"), told many ways; a word of
  // increment ("more", "additional") marks a count added, which the numeric detector reads apart.
  const modifiers = phrase.slice(0, -1).filter((w) => !/^\p{Lu}/u.test(w)).map((w) => w.toLowerCase()).filter((w) => !INCREMENT.has(w));
  // A spelled-out count is read as a kind only with participles of an event ("two disqualified riders", "three
  // injured walkers"), which pick those it befell; its other adjectives more often describe the whole set.
  if (!/\d/.test(q.span.text) && modifiers.some((w) => !/(?:ed|en|ing)$/.test(w))) return undefined;
  return { head: singularNoun(phrase.at(-1)!.toLowerCase()), modifiers: new Set(modifiers) };
}

const within = (small: ReadonlySet<string>, big: ReadonlySet<string>) => [...small].every((w) => big.has(w));

/** A counted kind as written: its head noun (singular) and the modifiers that restrict it. */
export interface CountedKind {
  head: string;
  modifiers: ReadonlySet<string>;
}

/**
 * How two counted kinds relate: 'same' modifiers, 'a' or 'b' is the narrower kind (its modifiers add to the other's:
 * "240 small delta kites" within "5,000 kites"), 'apart' when each adds its own ("red kites" / "box kites": two kinds,
 * two sets; a restrictive modifier picks a subset, Quirk et al. 1985 § 17.3); undefined when the heads differ or a
 * side has no kind written.
 */
export function kindsOf(wx: CountedKind | undefined, wy: CountedKind | undefined): 'same' | 'a' | 'b' | 'apart' | undefined {
  if (wx === undefined || wy === undefined || wx.head !== wy.head) return undefined;
  const [xInY, yInX] = [within(wx.modifiers, wy.modifiers), within(wy.modifiers, wx.modifiers)];
  if (xInY && yInX) return 'same';
  if (yInX) return 'a';
  if (xInY) return 'b';
  return 'apart';
}

/** How two counts of one head noun name their kinds (kindsOf over the noun phrases written after their figures). */
export function countedKinds(x: Quantity, y: Quantity): 'same' | 'a' | 'b' | 'apart' | undefined {
  return kindsOf(countedWords(x), countedWords(y));
}

/** The narrower side's count ('a': x, 'b': y) is no larger than the wider one's, so both may hold. */
export function narrowerFits(kinds: ReturnType<typeof kindsOf>, x: Quantity, y: Quantity): boolean {
  const [lx, hx, ly, hy] = [x.base.from ?? -Infinity, x.base.to ?? Infinity, y.base.from ?? -Infinity, y.base.to ?? Infinity];
  return (kinds === 'a' && lx <= hy) || (kinds === 'b' && ly <= hx);
}

/**
 * A count of a narrower kind no larger than the count of the wider one, or counts of two kinds: both may hold
 * ("flew 240 small delta kites" / "more than 5,000 kites in the sky").
 */
export function narrowerKindFits(x: Quantity, y: Quantity): boolean {
  const kinds = countedKinds(x, y);
  return kinds === 'apart' || narrowerFits(kinds, x, y);
}
