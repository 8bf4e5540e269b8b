/**
 * Words that mark a figure as an addition to an earlier total, or an act as a repeat of an earlier one.
 *
 * Sources: Quirk et al. (1985), A Comprehensive Grammar of the English Language: the additive determiners and
 * adjectives that premodify a count ("another", "a further", "an additional", "more", "new", "extra", "fresh";
 * §§ 5.16, 6.57, 7.36) and the adjuncts of definite frequency that say an act happens once more ("again",
 * "once more", "anew", "for the second time"; § 8.64). Lower-case word tokens; a cue of several words is matched
 * contiguously.
 */

/** Premodifiers of a count that make it an increment ("40 new infections", "another 12 deaths", "12 more people"). */
export const INCREMENT_WORDS: readonly string[] = ['new', 'more', 'additional', 'further', 'another', 'extra', 'fresh'];

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
