/**
 * Number words, scale words, vague quantity words and the cues that mark a number as something other
 * than a quantity (ordinal suffixes, clock-time words, labels such as "Article 5").
 * Sources: the Cambridge Grammar of the English Language (Huddleston & Pullum 2002, ch. 5 on numerals),
 * the AP Stylebook entries "numerals", "millions, billions" and "times", and general English dictionaries.
 */

export const UNIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);

/** The number words from one up to `max` (at most nineteen), in order. */
export const numberWordsUpTo = (max: number): string[] => [...UNIT_WORDS].filter(([, v]) => v >= 1 && v <= max).map(([w]) => w);

/**
 * Fraction nouns (CGEL ch. 5 on fractions: "a third", "two-thirds", "three quarters"): with "a", "one" or a number
 * before them and "of" after, they name a share of what follows "of".
 */
export const FRACTION_NOUNS: readonly string[] = [
  'half', 'halves', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'sixth', 'sixths', 'seventh', 'sevenths',
  'eighth', 'eighths', 'ninth', 'ninths', 'tenth', 'tenths',
];

/** The denominator each fraction noun stands for ("a quarter of a million" is a million over 4). CGEL ch. 5. */
export const FRACTION_DENOMINATORS: ReadonlyMap<string, number> = new Map(
  FRACTION_NOUNS.map((w, i) => [w, Math.floor(i / 2) + 2]),
);

export const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80],
  ['ninety', 90],
]);

/** Scale words that multiply what precedes them ("two hundred", "1.5 million"). */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['dozen', 12], ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
]);

/** Abbreviated scales written after digits ("$1.5bn", "2.3mn", "5k"). */
export const SCALE_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['mn', 1e6], ['mln', 1e6], ['bn', 1e9], ['tn', 1e12], ['trn', 1e12],
]);

/** Abbreviations that are a scale only after a currency sign ("$15m"); otherwise "15m" is metres. */
export const CURRENCY_SCALE_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['m', 1e6], ['b', 1e9],
]);

/** Words before a scale word that stand for 1 ("a dozen", "a million"). */
export const ARTICLE_ONES: ReadonlySet<string> = new Set(['a', 'an']);

/**
 * Vague plurals: the interval each allows, as a multiple of its scale — "hundreds" is 2 to 9.99 hundreds.
 * "tens of thousands" multiplies through ("tens" × "thousand").
 */
export const VAGUE_PLURALS: ReadonlyMap<string, number> = new Map([
  ['tens', 10], ['dozens', 12], ['scores', 20], ['hundreds', 100], ['thousands', 1e3], ['millions', 1e6], ['billions', 1e9],
]);

/**
 * Small vague amounts after "a" and before "of" ("a couple of officers", "a handful of protesters"), as the interval
 * each allows. Merriam-Webster: "couple" (2 b) "an indefinite small number: few" (two, or two or three in use);
 * "handful" (2) "a small quantity or number" (read here as at most six).
 */
export const SMALL_AMOUNTS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['couple', [2, 3]],
  ['handful', [2, 6]],
]);
export const VAGUE_LOW_MULTIPLE = 2;
/**
 * The top of a vague plural: below twice the next scale up, where the next plural starts ("thousands" is 2,000 or
 * more), so "hundreds" covers 1,200, which no plural of thousands names; "hundreds" and "thousands" still do not meet.
 */
export const VAGUE_HIGH_MULTIPLE = 20;

/** Vague determiners before a scale word: "several hundred" is 3 to 9 hundreds. */
export const VAGUE_MULTIPLIERS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['several', [3, 9]],
  ['a few', [2, 5]],
]);

/** Suffixes glued to digits that make an ordinal ("3rd") or a decade ("1990s"). */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th', 's']);

/** Words after a number that make it a clock time ("3 pm", "0900 GMT"). */
export const CLOCK_WORDS: ReadonlySet<string> = new Set([
  'am', 'pm', 'a.m.', 'p.m.', "o'clock", 'gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'pst', 'pdt', 'msk', 'hrs.',
]);

/** Words before a number that make it a label, not a quantity ("Article 5", "Flight 370", "No. 10"). */
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  'article', 'section', 'chapter', 'resolution', 'flight', 'route', 'highway', 'room', 'page', 'no.', 'number',
  'level', 'phase', 'category', 'grade', 'gate', 'terminal', 'platform', 'paragraph', 'clause', 'item', 'vol.',
  'volume', 'line', 'apollo', 'version', 'week', 'day', 'stage', 'round', 'act', 'title', 'unit', 'block', 'ward',
  'district', 'zone', 'sector', 'bus', 'channel', 'episode', 'season', 'game', 'match', 'lane', 'pier', 'berth',
]);

/**
 * Nouns that, capitalised in mid-sentence and followed by a numeral, name a thing ("Year 6", "Class 3", "Key Stage 2",
 * "Building 7") but before a number in lower case may be ordinary nouns ("the class 30 pupils joined"): Quirk et al.
 * 1985, § 5.66 (names with a numeral postmodifier); school year groups as named by the National Curriculum for England
 * ("Year 1" to "Year 13", "Key Stage 1" to "4") and US grade levels. Read as labels only when capitalised.
 */
export const CAPITALISED_LABEL_WORDS: ReadonlySet<string> = new Set([
  'year', 'class', 'form', 'building', 'floor', 'exit', 'junction', 'track', 'studio', 'tower', 'wing', 'bay',
]);

/** Years standing alone are dates, not counts. */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;
/** Older years are dates only after a preposition of time ("since 1896", "built before 1850"; Quirk et al. 1985, § 9.37). */
export const OLDER_YEAR_MIN = 1000;
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(['since', 'in', 'from', 'until', 'till', 'by', 'before', 'after', 'circa']);

/** Scores ("7-2") are pairs of small integers joined by a hyphen whose second is not larger. */
export const SCORE_MAX = 99;

/** Three or more digit groups joined by single separators read as a phone or ID number. */
export const PHONE_MIN_GROUPS = 3;

/** Words that cannot be the counted noun after a number (function words, auxiliaries, pronouns). */
export const NOT_NOUNS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'but', 'nor', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'as',
  'into', 'onto', 'over', 'under', 'than', 'that', 'this', 'these', 'those', 'which', 'who', 'whom', 'whose',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'will', 'would', 'shall',
  'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did', 'it', 'its', 'they', 'them', 'their',
  'he', 'she', 'we', 'you', 'i', 'his', 'her', 'our', 'your', 'my', 'if', 'when', 'while', 'after', 'before',
  'since', 'until', 'because', 'so', 'not', 'no', 'per', 'each', 'apiece', 'times', 'percent', 'among',
  'against', 'during', 'about', 'around', 'near', 'up', 'down', 'out', 'off', 'all', 'both', 'more', 'less',
  'fewer', 'other', 'others', 'another', 'also', 'too', 'only', 'just', 'then', 'there', 'here', 'where',
  'what', 'how', 'why', 'said', 'says', 'say', 'told', 'like', 'via', 'vs', 'versus', 'through', 'across',
  'behind', 'beyond', 'within', 'without', 'toward', 'towards', 'upon', 'between', 'yet', 'still', 'even',
  'last', 'next', 'ago', 'earlier', 'later', 'previous', 'yesterday', 'today', 'tomorrow', 'tonight', 'now',
]);

/**
 * Additive quantifiers between a number and its noun ("1,500 more troops", "200 additional staff"): the count is of
 * an increment, comparable only with another increment (Huddleston & Pullum 2002, ch. 5, "more" and "additional"
 * in additive use). Read as "more" before the counted noun.
 */
export const INCREMENT_WORDS: ReadonlySet<string> = new Set(['more', 'additional', 'extra', 'further']);

/**
 * "one" is a count only when not part of an idiom such as "no one", "one of", "one another", or "as one" / "like one"
 * ("rang as one bell": in unison, Cambridge Dictionary "as one"; a comparison, not a number of bells).
 */
export const ONE_NOT_AFTER: ReadonlySet<string> = new Set(['no', 'any', 'every', 'each', 'which', 'the', 'this', 'that', 'some', 'someone', 'as', 'like']);

/**
 * Ordinal words (Quirk et al. 1985, § 6.63): "the first protest" and "the second protest" are two instances of one
 * kind, so what holds of the one says nothing of the other.
 */
export const ORDINAL_WORDS: readonly string[] = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
];

/**
 * Plurals without a regular "-s" that head news counts ("40 local women", "four remaining craftsmen"): the irregular
 * plurals of Quirk et al. (1985) §§ 5.80–5.91 (mutation, "-en", zero plurals of animals, unchanged plurals), and the
 * "-men" compounds of § 5.82, matched by PLURAL_MEN. Zero plurals that are as often singular ("fish", "sheep") are left
 * out: after a number they are read as counted only through a regular plural.
 */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  'men', 'women', 'children', 'people', 'geese', 'mice', 'teeth', 'oxen', 'cattle', 'police', 'personnel', 'clergy',
  'livestock', 'aircraft', 'offspring', 'deer', 'bison', 'species', 'series',
]);
/** "craftsmen", "firemen", "spokeswomen": "-men" compounds (Quirk § 5.82); "omen" and "amen" are too short to match. */
export const PLURAL_MEN = /^[a-z]{3,}(?:wo)?men$/;
/** Singular nouns that end in "-men" but are no compounds of "man" (Latin loans): "specimen", "regimen", "abdomen". */
export const SINGULARS_IN_MEN: ReadonlySet<string> = new Set(['specimen', 'regimen', 'abdomen', 'stamen', 'acumen', 'bitumen', 'albumen', 'cyclamen']);
