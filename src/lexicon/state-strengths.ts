/**
 * Strengths of the polarity and status detectors (in (0, 1]), by editorial judgement of how clear each clash
 * is on the words alone; the scorer combines them with match, certainty and credibility.
 */

/** polarity: the same predicate affirmed by one side and negated or refused by the other. */
export const POLARITY_STRENGTH = 1;
/** polarity: the predicate of one is the inner proposition of the other ("will attend" vs "refused to attend"). */
export const POLARITY_INNER_STRENGTH = 0.85;

/** status: pending against a definitive refusal ("not yet confirmed" vs "spurned the invitation"). */
export const STATUS_REFUSED_STRENGTH = 0.85;
/** status: pending against a plain negation ("not yet confirmed" vs "will not attend"). */
export const STATUS_NEGATED_STRENGTH = 0.75;
/** status: pending against a decision stated as made ("still weighing" vs "has already approved"). */
export const STATUS_DECIDED_STRENGTH = 0.8;
/** status: pending against a plain affirmation of the event ("has not decided" vs "will attend"). */
export const STATUS_AFFIRMED_STRENGTH = 0.6;
