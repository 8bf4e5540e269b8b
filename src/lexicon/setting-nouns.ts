/**
 * Common nouns that name a setting where people gather or an act is done ("in the square", "outside the court"),
 * besides the facility nouns of facility-nouns.ts: hyponyms in WordNet 3.1 of public_square.n.01 (square, plaza),
 * park.n.01, street.n.01 and thoroughfare.n.01 (street, avenue, road, boulevard), court.n.03 (court as the room or
 * building), marketplace.n.01, parliament / legislature buildings (parliament, legislature, capitol), city_hall.n.01
 * and town_hall.n.01 (hall), and the shore and frontier nouns (beach, harbour, harbor, border, waterfront).
 */
export const SETTING_NOUNS: readonly string[] = [
  'square', 'plaza', 'park', 'street', 'avenue', 'road', 'boulevard', 'court', 'marketplace', 'parliament',
  'legislature', 'capitol', 'hall', 'beach', 'harbour', 'harbor', 'border', 'waterfront', 'gate', 'gates',
];

/**
 * Prepositions that set an act or a gathering in a place (Quirk et al. 1985, ch. 9 on space: position "at", "in", "on";
 * relative position "outside", "inside", "near", "opposite", "outside of" written as its last word).
 */
export const SETTING_PREPOSITIONS: readonly string[] = ['in', 'at', 'on', 'outside', 'inside', 'near', 'opposite'];

/**
 * Words that give a count the whole of an area or event as its scope ("across the region", "nationwide", "in all"):
 * Quirk et al. 1985, ch. 9 on the pervasive meaning of "across" and "throughout", the "-wide" adjectives of the
 * Oxford Dictionary of English ("nationwide", "statewide", "countrywide", "worldwide") and the totalling adjuncts
 * "overall", "altogether", "in all", "in total". Lower-case word tokens; two-word cues matched contiguously.
 */
export const WHOLE_SCOPE_CUES: readonly string[] = [
  'across', 'throughout', 'nationwide', 'statewide', 'countrywide', 'worldwide', 'overall', 'altogether', 'in all',
  'in total',
];

/**
 * Nouns that name one division of a contest, show or count ("in the Newcomers' section", "in the under-12 category",
 * "in the open class"): WordNet 3.1 section.n.01 ("one of several parts … that constitute a whole"), category.n.02,
 * class.n.01, division.n.02 (a group of competitors of one kind), and the contest divisions heat.n.04 and league.n.01.
 */
export const PARTITION_NOUNS: readonly string[] = ['section', 'category', 'class', 'division', 'heat', 'league'];

/**
 * The champion's status won in one division ("the women's title", "the junior championship"): WordNet 3.1
 * title.n.06 ("the status of being a champion") and championship.n.01.
 */
export const DIVISION_TITLES: readonly string[] = ['title', 'championship'];

/**
 * Nouns of one bout or sitting within a larger meeting ("the under-eights' race at the egg roll", "the final round of
 * the show"): the lexical units for a single bout of FrameNet 1.7's Competition frame (race, heat, round, match, game,
 * bout) and WordNet 3.1 session.n.01, with the PARTITION_NOUNS and the DIVISION_TITLES.
 */
export const CONTEST_PART_NOUNS: readonly string[] = [...PARTITION_NOUNS, 'race', 'round', 'match', 'game', 'bout', 'session', ...DIVISION_TITLES];

/**
 * Interim periods of a year ("fourth-quarter output", "first-half profit", "in the third quarter"): the interim
 * reporting periods of IAS 34 ("Interim Financial Reporting": a quarter or a half-year), whose figures are parts of
 * the year's.
 */
export const INTERIM_PERIOD_NOUNS: readonly string[] = ['quarter', 'half', 'half-year', 'semester'];

/**
 * Periods a total is counted over ("over the month", "throughout the season", "so far this year"), after the
 * prepositions of duration across a whole period (Quirk et al. 1985 § 9.43: over, throughout, during, across).
 */
export const TOTAL_PERIOD_NOUNS: readonly string[] = ['week', 'fortnight', 'month', 'year', 'season', 'weekend', 'summer', 'winter', 'spring', 'autumn'];
export const TOTAL_PERIOD_PREPOSITIONS: readonly string[] = ['over', 'throughout', 'during', 'across'];
/** Words that count a figure for one day of a longer run ("the busiest single day", "in one day"). */
export const SINGLE_DAY_PHRASES: readonly string[] = ['single day', 'in one day', 'on one day', 'busiest day'];
