import type { Claim, Quantity } from '../model/claim.js';
import { FREQUENCY_ADVERBS, SERIES_SPANS, INCREMENT_WORDS, MULTIPLIER_FOLLOWERS, PROGRESS_CUES, REPETITION_CUES, TARGET_CUES } from '../lexicon/repetition-cues.js';
import { UNIT_WORDS, TENS_WORDS } from '../lexicon/number-words.js';
import { claimWords, containsCue } from '../relate/words.js';

const INCREMENT: ReadonlySet<string> = new Set(INCREMENT_WORDS);
const REPETITION: readonly (readonly string[])[] = REPETITION_CUES.map((cue) => cue.split(' '));
const PROGRESS: readonly (readonly string[])[] = PROGRESS_CUES.map((cue) => cue.split(' '));
const TARGET: ReadonlySet<string> = new Set(TARGET_CUES);


/**
 * The one claim counts the progress so far ("has already cut 1,200 jobs") and the other a target ("will cut 5,000 jobs
 * by 2025"): the progress is part of the target, so only progress past the target clashes.
 */
export function progressTowardTarget(part: Claim, whole: Claim): boolean {
  const [p, w] = [part, whole].map((c) => claimWords(c).tokens.map((t) => t.lower)) as [string[], string[]];
  return containsCue(p, PROGRESS) && !containsCue(w, PROGRESS) && w.some((t) => TARGET.has(t)) && !p.some((t) => TARGET.has(t));
}
/** Words an additive determiner may stand before its count: "another 12", "a further 30", "an additional 5,000". */
const DETERMINER_REACH = 1;

/**
 * The count is an addition to an earlier total ("40 new infections", "another 12 deaths", "12 more people"), not the
 * total itself: an additive word inside the figure's phrase or just before it (Quirk et al. 1985, additive determiners).
 */
export function incrementCount(claim: Claim, q: Quantity): boolean {
  const { tokens } = claimWords(claim);
  const first = tokens.findIndex((t) => t.span.end > q.span.start);
  if (first < 0) return false;
  // "more than 30" and "40 or more" are bounds, not additions.
  const additive = (i: number) => INCREMENT.has(tokens[i]!.lower) && tokens[i + 1]?.lower !== 'than' && tokens[i - 1]?.lower !== 'or';
  const inside = tokens.flatMap((t, i) => (t.span.start >= q.span.start && t.span.end <= q.span.end ? [i] : []));
  const before = tokens.slice(Math.max(0, first - 1 - DETERMINER_REACH), first);
  return inside.some(additive) || before.some((t) => INCREMENT.has(t.lower) && t.lower !== 'new' && t.lower !== 'more');
}

const repeatCache = new WeakMap<Claim, boolean>();

const FREQUENCY: ReadonlySet<string> = new Set(FREQUENCY_ADVERBS);
const SPANS: ReadonlySet<string> = new Set(SERIES_SPANS);
const MULTIPLIER: ReadonlySet<string> = new Set(MULTIPLIER_FOLLOWERS);
const COUNT_WORDS: ReadonlySet<string> = new Set([...UNIT_WORDS.keys(), ...TENS_WORDS.keys(), 'several', 'many', 'numerous', 'countless']);

/**
 * The words tell a series of occasions (Quirk § 8.64): "repeatedly", "thrice", or "twice" / "eleven times" / "3 times"
 * over a period and not followed by a comparison ("three times as many", "five times higher"). Frequency words that
 * also make a figure a rate ("annually", "every year") are left to the rate readings.
 */
function tellsSeries(words: readonly string[]): boolean {
  return words.some((w, i) => {
    if (FREQUENCY.has(w)) return true;
    if ((w !== 'times' && w !== 'twice') || !overAPeriod(words)) return false;
    if (w === 'twice') return true;
    const count = words[i - 1] ?? '';
    const next = words[i + 1] ?? '';
    return (COUNT_WORDS.has(count) || /^\d+$/.test(count)) && !MULTIPLIER.has(next) && !/er$/.test(next);
  });
}

/**
 * "Eleven times" counts occasions only over a stretch of time ("since 1980", "in the past decade", "has hosted … three
 * times"); without one it may count blows of one act ("was stabbed three times", Quirk § 4.35 iterative aspect).
 */
const overAPeriod = (words: readonly string[]) => words.some((w) => SPANS.has(w));

/**
 * The claim tells its act as a repeat of an earlier one ("won the title again", "for the second time") or as a series
 * of occasions ("had hosted the championships eleven times since 1980").
 */
export function repeatedAct(claim: Claim): boolean {
  let found = repeatCache.get(claim);
  if (found === undefined) {
    const words = claimWords(claim).tokens.map((t) => t.lower);
    found = containsCue(words, REPETITION) || tellsSeries(words);
    repeatCache.set(claim, found);
  }
  return found;
}

/**
 * One claim tells its act as a repeat and the other does not: the plain one may tell the earlier occurrence, so
 * their dates, places and figures need not agree ("won the title in 2019" / "won the title again in 2021").
 */
export function oneRepeated(a: Claim, b: Claim): boolean {
  return repeatedAct(a) !== repeatedAct(b);
}
