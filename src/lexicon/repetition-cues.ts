/**
 * Words that mark a figure as an addition to an earlier total, or an act as a repeat of an earlier one.
 *
 * Sources: Quirk et al. (1985), A Comprehensive Grammar of the English Language: the additive determiners and
 * adjectives that premodify a count ("another", "a further", "an additional", "more", "new", "extra", "fresh")
 * and the adjuncts of definite frequency that say an act happens once more ("again", "once more", "anew", "for the
 * second time"). Lower-case word tokens; a cue of several words is matched
 * contiguously.
 */

/** Premodifiers of a count that make it an increment ("40 new infections", "another 12 deaths", "12 more people"). */
export const INCREMENT_WORDS: readonly string[] = ['new', 'more', 'additional', 'further', 'another', 'extra', 'fresh'];

/**
 * Words of increment or otherness standing between a figure and its counted noun ("1,500 more troops", "five other
 * passengers"; Quirk et al. 1985 § 5.23): they mark a count added or set apart, not a narrower kind of the noun.
 */
export const COUNT_INCREMENT_WORDS: readonly string[] = ['more', 'additional', 'extra', 'further', 'other'];

/**
 * Determiners that open a noun phrase naming one more member of a kind besides one already in view ("another aid
 * worker", "a second suspect", "the other hostage"): the additive and ordinal determiners of the same source.
 */
export const ADDITIVE_DETERMINERS: readonly string[] = [
  'another',
  'yet another',
  'one more',
  'a further',
  'an additional',
  'a second',
  'a third',
  'a fourth',
  'a fifth',
  'the other',
];

/** Adjuncts that make an act a repeat of an earlier one ("won the title again in 2021"). */
export const REPETITION_CUES: readonly string[] = [
  'again',
  'once more',
  'anew',
  'for the second time',
  'for the third time',
  'for the fourth time',
  'for the fifth time',
  'for a second time',
  'for a third time',
  'for a fourth time',
  'for a fifth time',
  'for a second straight',
  'for a second consecutive',
  'for the second straight',
  'for the second consecutive',
];

/**
 * Adjuncts of time relationship that make a count the progress so far toward a total still to come ("has already cut
 * 1,200 jobs", "so far", "to date", "thus far"), against a target stated as an intention or a future.
 */
export const PROGRESS_CUES: readonly string[] = ['already', 'so far', 'to date', 'thus far'];

/** Words that make a count a target still to be reached: the future modal and the verbs and nouns of aiming. */
export const TARGET_CUES: readonly string[] = ['will', 'shall', 'plan', 'plans', 'aim', 'aims', 'intend', 'intends', 'target', 'goal'];

/**
 * Adverbs of frequency that always tell a series of occasions (Quirk et al. 1985 § 8.64: "thrice"; § 8.63
 * "repeatedly"); "twice" and "N times" need a span of time as well (detect/increments.ts). "annually", "every year"
 * are left out: with a figure they make it a rate ("5 million tonnes annually").
 */
export const FREQUENCY_ADVERBS: readonly string[] = ['thrice', 'repeatedly'];
/** Words after "N times" that make it a multiplier, not a frequency ("three times as many", "five times higher"). */
export const MULTIPLIER_FOLLOWERS: readonly string[] = ['as', 'more', 'less', 'fewer', 'the', 'that', 'what', 'over'];
/**
 * Words that stretch a count of times over a period (Quirk § 8.57, span adverbials: "since 1980", "in the past
 * decade", "so far", "ever", "over the years"), and the perfect's auxiliaries, which do the same ("has hosted it
 * eleven times").
 */
export const SERIES_SPANS: readonly string[] = ['since', 'past', 'ever', 'previously', 'before', 'has', 'have', 'had', 'years', 'decades'];
