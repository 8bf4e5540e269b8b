import type * as chrono from 'chrono-node/en';

/**
 * "closed for six hours", "shut for two days": "for" with a length of time is a duration adverbial (Quirk et al. 1985
 * § 8.61), not a point in time; chrono reads it as that long after the reference. So is "after" with one ("will close
 * after 58 years", "freed after two hours"): it counts from an earlier event of the story (§ 8.64), not from the report.
 */
const DURATION = /^(?:for|after)\s+(?:the\s+(?:next|past|last)\s+)?(?:a|an|a few|several|\d[\d,.]*|[a-z]+(?:-[a-z]+)?)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i;
/**
 * A length of time an act took ("ate the pie in 41 seconds", "covered it in 23 minutes 51 seconds"): chrono reads "in"
 * with seconds, minutes or hours as that long after the reference, but news uses it for a duration (Quirk et al. 1985
 * § 8.61); a point in time names a clock hour, a day or a date. "in two weeks" (days and longer) may date an act to come.
 */
const TIME_TAKEN = /^(?:in|within)\s+(?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?)\s+(?:seconds?|minutes?|hours?)(?:(?:\s+and)?\s+(?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?)\s+(?:seconds?|minutes?|hours?))*$/i;
export const isDuration = (r: chrono.ParsedResult): boolean => DURATION.test(r.text.trim()) || TIME_TAKEN.test(r.text.trim());
