/**
 * Strengths (in (0, 1]) and thresholds of the conflict detectors, as named constants so that logic holds
 * no magic numbers. A strength says how clear a clash is on the words alone; the scorer combines it with
 * match, certainty and credibility. Values are set by editorial judgement of how often each clash is real.
 */

/** numeric: strength = clamp(FLOOR + relativeGap / FULL_GAP × (1 − FLOOR), FLOOR, 1). */
export const NUMERIC_STRENGTH_FLOOR = 0.3;
/** A relative gap (gap ÷ the larger of the two nearest ends) at or above this is a full-strength clash. */
export const NUMERIC_FULL_GAP = 0.5;
/** numeric: the whole set against part of it ("all the volunteers" / "most of the volunteers"), a scalar implicature, not a figure. */
export const SCOPE_STRENGTH = 0.7;
/** numeric: least strength when a figure lies past a sharp bound of the other side ("2 hours 4 minutes" / "under two hours"). */
export const NUMERIC_STRICT_BOUND_STRENGTH = 0.75;
/** "about 40" given as a single point is widened by ± this share of its value. */
export const NUMERIC_ABOUT_TOLERANCE = 0.1;
/** Figures in different units are widened by ± this share: conversions are rounded ("5 km", "3.1 miles"). */
export const NUMERIC_CONVERSION_TOLERANCE = 0.03;

/** numeric: two different scores of one match ("won 3-1" / "won 2-1"): a score is exact, so any difference is clear. */
export const SCORE_STRENGTH = 0.9;
/** numeric: a life sentence against a term of years or months for one sentencing: no term of years is a life term. */
export const LIFE_TERM_STRENGTH = 0.9;

/** ages: two ages of one person this many years apart or less may both be right (a birthday between two reports). */
export const AGE_SLACK_YEARS = 1;
/** ages: strength of the smallest clash (two years apart); AP style gives exact ages, so a gap is a clear error. */
export const AGE_STRENGTH_FLOOR = 0.7;
/** ages: a gap of this many years or more is a full-strength clash. */
export const AGE_FULL_GAP_YEARS = 10;

/** temporal: two absolute dates on different days (or months, years). */
export const TEMPORAL_STRENGTH = 0.9;
/** temporal: either date was resolved from a relative phrase ("on Tuesday"), so resolution may be off. */
export const TEMPORAL_RELATIVE_STRENGTH = 0.7;
/** A gap of this many days, with a relative date across time zones, is the zone and not a clash. */
export const TEMPORAL_ZONE_SLACK_DAYS = 1;

/** location: the same role (at / from / to) held by places that exclude each other. */
export const LOCATION_STRENGTH = 0.85;
/** location: factor on strength when only one of the two places is in the gazetteer (containment unknown). */
export const LOCATION_UNKNOWN_CONTAINMENT = 0.35;
/** location: two mere mentions with the same predicate: a weaker sign that the place itself differs. */
export const LOCATION_MENTION_STRENGTH = 0.5;

/** quote: character similarity (1 − levenshtein ÷ longer length) at or above which two quotes are one. */
export const QUOTE_MIN_SIMILARITY = 0.75;
/** quote: the shorter quote has at least this share of the longer one's words. */
export const QUOTE_MIN_LENGTH_RATIO = 0.7;
/** quote: quotes of at most this many words are compared word for word (a changed word is a misquote). */
export const QUOTE_SHORT_WORDS = 2;
/**
 * quote: longest quoted characterisation ("called the audit 'accurate and fair'") read as one speaker's word for one
 * thing: two different ones for the same act on the same theme are a clash, whatever their lengths.
 */
export const QUOTE_CHARACTERISATION_WORDS = 4;
/** quote: longest changed stretch (words, each side) read as one phrase changed inside one statement. */
export const QUOTE_MAX_CHANGED_WORDS = 3;
/** quote: share of the longer quote's words that its shared opening and closing must cover for one changed phrase. */
export const QUOTE_MIN_SHARED_SHARE = 0.6;
/** quote: shortest quote by an unnamed speaker read as one statement when only one phrase differs (shorter ones recur). */
export const QUOTE_MIN_UNNAMED_WORDS = 6;
/** quote: strength of the most similar near-identical quotes, falling to QUOTE_MIN_STRENGTH at the threshold. */
export const QUOTE_MAX_STRENGTH = 0.8;
export const QUOTE_MIN_STRENGTH = 0.6;
/** quote: one remark in two wordings needs at least this many content words (stems) in common … */
export const QUOTE_REWORDED_MIN_SHARED = 3;
/** … this Dice share of the two quotes' content words … */
export const QUOTE_REWORDED_MIN_DICE = 0.5;
/** … and this share of the longer quote's words standing in the same order in both (longest common subsequence). */
export const QUOTE_REWORDED_MIN_ORDERED = 0.5;
/**
 * quote: one remark with two endings ("A starter is a pet you can eat" / "A starter is a pet that feeds you back")
 * shares at least this many opening words, one of them a content word …
 */
export const QUOTE_OPENING_MIN_WORDS = 4;
/** … covering at least this share (three-tenths) of the shorter quote. */
export const QUOTE_OPENING_MIN_SHARE = 0.3;
/** quote: strength of one remark quoted in two wordings: weaker than a near-identical misquote. */
export const QUOTE_REWORDED_STRENGTH = 0.55;
/** quote: a short quote ("insolent" vs "impudent") by the same speaker about the same predicate. */
export const QUOTE_SHORT_STRENGTH = 0.7;
/** quote: a speaker denies having said what another report has that speaker say ("I never said the lido would close"). */
export const UNSAID_REMARK_STRENGTH = 0.7;

/** attribution: word similarity at or above which two quotes or claim texts are the same words. */
export const ATTRIBUTION_MIN_SIMILARITY = 0.85;
/** attribution: the same quoted words credited to two different speakers. */
export const ATTRIBUTION_QUOTE_STRENGTH = 0.8;
/** attribution: the same unquoted claim credited to two named holders: both may have said it. */
export const ATTRIBUTION_TEXT_STRENGTH = 0.5;

/** opposition: opposing predicate lemmas ("accepted" vs "rejected"). */
export const OPPOSITION_STRENGTH = 0.9;
/** opposition: opposing inner predicates under the same status verb ("confirmed it would attend / miss"). */
export const OPPOSITION_INNER_STRENGTH = 0.85;
/** opposition: a denial against a confirmation of the same proposition. */
export const OPPOSITION_STANCE_STRENGTH = 0.9;

/** actor: the same act credited to different doers ("police fired" vs "protesters fired"). */
export const ACTOR_STRENGTH = 0.8;
