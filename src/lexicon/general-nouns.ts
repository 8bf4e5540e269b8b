/**
 * General nouns: the class of nouns that can refer back to almost anything of their kind, so that "the woman" may be
 * "an angry aunt" and "the man" may be "a 40-year-old teacher". Source: Halliday & Hasan, "Cohesion in English"
 * (1976), § 6.2 (general nouns: human, person, people, man, woman, child, boy, girl, creature, thing …), with the
 * plural forms news uses.
 */
export const GENERAL_NOUNS: readonly string[] = [
  'person', 'people', 'persons', 'human', 'humans', 'individual', 'individuals', 'man', 'men', 'woman', 'women',
  'child', 'children', 'boy', 'boys', 'girl', 'girls', 'creature', 'creatures', 'thing', 'things',
];

/** The general nouns above that name one person (singular, human): "the woman" may be "the client" told another way. */
export const GENERAL_PERSON_NOUNS: readonly string[] = ['person', 'human', 'individual', 'man', 'woman', 'child', 'boy', 'girl'];

/** Units of time: a phrase headed by one ("four months after …") is a time, never a doer. Source: SI and AP Stylebook "months", "days of the week". */
export const TIME_UNIT_NOUNS: readonly string[] = [
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months',
  'year', 'years', 'decade', 'decades', 'century', 'centuries',
];

/**
 * Nouns of a stretch of the calendar that is no unit of measure (Quirk et al. 1985 § 8.55, time-position nouns: "for
 * the coming season", "over the winter", "during the summer term"): a phrase headed by one places an act in time.
 */
export const PERIOD_NOUNS: readonly string[] = ['season', 'term', 'spring', 'summer', 'autumn', 'winter', 'weekend', 'holiday', 'holidays'];
