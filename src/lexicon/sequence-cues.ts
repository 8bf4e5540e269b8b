/**
 * Anchored durations: a stated stretch of time between a claim's own event and another event it names ("three days
 * after surviving a confidence motion", "a week before the vote", "two days later"). They are TimeML's temporal links
 * with a duration (Pustejovsky et al. 2003, "TimeML: Robust Specification of Event and Temporal Expressions in Text";
 * the BEFORE / AFTER relations of ISO-TimeML, ISO 24617-1): the sentence sets its event in a sequence with another.
 */

/** Calendar units a duration is counted in (singular; a plural adds "s"). */
export const SEQUENCE_UNITS: readonly string[] = ['minute', 'hour', 'day', 'week', 'fortnight', 'month', 'year'];

/** Words that relate the duration's end to the other event. */
export const SEQUENCE_RELATIONS: readonly string[] = ['after', 'before', 'later', 'earlier'];

/** Words that count the units besides figures and the number words one to ten (number-words.ts): "a day after", "several weeks later". */
export const SEQUENCE_COUNTS: readonly string[] = ['a', 'an', 'several', 'few', 'some', 'many'];
