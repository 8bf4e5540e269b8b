/**
 * Phrases that mark a figure as a later revision of an earlier one ("the toll later rose to 14"), so a
 * different earlier figure is an update, not a contradiction. Each cue is a sequence of lower-case word
 * tokens matched contiguously in the claim.
 *
 * Sources: the AP Stylebook and the Reuters Handbook of Journalism on updating casualty and vote counts
 * ("raised the death toll to", "at last count", "up from"), and general English usage of the adverbs
 * "later", "since" and "now" with verbs of change (Merriam-Webster, Oxford Dictionary of English). A running count
 * ("so far", "to date", "thus far": adjuncts of time-relationship that run up to the present and leave the count open,
 * Quirk et al. 1985 § 8.57) is an earlier stage of a count a later report may close. "now" after a modal of ability
 * ("the kennels can now hold 72") marks a capacity newly gained, as contrasted with the past (Oxford Dictionary of
 * English, now adv. 1.2).
 */
export const UPDATE_CUES: readonly string[] = [
  'later rose',
  'later climbed',
  'later increased',
  'later grew',
  'later jumped',
  'later fell',
  'later dropped',
  'later decreased',
  'later revised',
  'later raised',
  'later lowered',
  'later updated',
  'later corrected',
  'later put',
  'has since',
  'have since',
  'had since',
  'has risen to',
  'has climbed to',
  'has grown to',
  'has fallen to',
  'has dropped to',
  'revised up',
  'revised upward',
  'revised upwards',
  'revised down',
  'revised downward',
  'revised downwards',
  'revised its',
  'revised the',
  'revised figure',
  'revised figures',
  'revised toll',
  'upward revision',
  'downward revision',
  'updated figure',
  'updated figures',
  'updated toll',
  'updated count',
  'raised the toll',
  'raised the death toll',
  'lowered the toll',
  'lowered the death toll',
  'new toll',
  'new death toll',
  'latest toll',
  'latest figures',
  'latest count',
  'now stands at',
  'can now',
  'could now',
  'now stood at',
  'at last count',
  'so far',
  'thus far',
  'to date',
  // A figure called the last of a running series ("a final total of £19,000"; Oxford Dictionary of English, final
  // adj. 1: "coming at the end of a series") closes the count earlier reports gave on the way.
  'final total',
  'final tally',
  'final figure',
  'final count',
  'final amount',
];

/**
 * Words that put an earlier figure beside the one reported ("214, up from about 150 last year"): the figure after them
 * is a base, a starting point of the change (Quirk et al. 1985 § 9.3, "from" of a starting point; AP Stylebook on
 * "up from" in counts). Each cue is lower-case words matched right before the base figure, approximators allowed.
 */
export const COMPARISON_BASE_CUES: readonly string[] = ['up from', 'down from', 'rising from', 'falling from', 'compared with', 'compared to'];
