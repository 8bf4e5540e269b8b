/**
 * Words around a distance between two places ("25 miles west of the capital", "a town about 25 miles away").
 * DISTANCE_PARTICLES: what follows the measure in a distance phrase — the prepositions and directions of Quirk et al.
 * 1985, § 9.15–9.17 (positive position and direction: from, away, off, outside, the compass points); not "of", which
 * names the substance measured ("120 mm of rain").
 * APPROXIMATORS: the approximating and restrictive adverbs that may stand between a noun and its measure (Quirk et
 * al. 1985, § 8.116 "approximators", § 8.116–8.117 "restrictives", plus the time adjuncts "now", "still").
 */
export const DISTANCE_PARTICLES: readonly string[] = [
  'from', 'away', 'off', 'outside', 'short',
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest',
  'north-east', 'north-west', 'south-east', 'south-west', 'to', 'inland', 'offshore', 'beyond',
];

export const APPROXIMATORS: readonly string[] = [
  'about', 'approximately', 'around', 'roughly', 'some', 'nearly', 'almost', 'just', 'only', 'barely', 'merely',
  'now', 'still', 'already', 'less', 'more', 'than', 'within', 'over', 'under', 'up', 'at', 'least', 'most',
];
