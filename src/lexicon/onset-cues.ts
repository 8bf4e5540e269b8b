/**
 * Words before a date that say what the date marks: the start of a state still holding ("burning since May 8")
 * or the onset of an event ("broke out on May 8"). The onset verbs follow the FrameNet frames Process_start and
 * Activity_start (begin, start, break out, erupt, flare up, kick off) in the forms news writing uses; "since" as a
 * preposition of time is from general English grammars (Quirk et al., "since" marking the start of a period).
 */

/** Prepositions that mark a date as the start of a state reaching to the time of writing. */
export const STATE_SINCE: readonly string[] = ['since'];

/** Verb forms that name the onset of an event, each followed by "on"/"in"/"at" before the date. */
export const ONSET_VERBS: readonly string[] = [
  'began', 'begun', 'begins', 'started', 'starts', 'broke out', 'breaks out', 'broken out', 'erupted', 'erupts',
  'flared up', 'flares up', 'kicked off', 'kicks off', 'commenced', 'commences',
];

/** Prepositions between an onset verb and its date. */
export const ONSET_PREPOSITIONS: readonly string[] = ['on', 'in', 'at', 'during'];
