/**
 * Restitutive verbs: verbs whose meaning is "do again" or "bring back to an earlier state", and which therefore
 * presuppose that the earlier state was left (Levinson 1983, Pragmatics §4.2, presupposition triggers: iteratives,
 * "restore", "return", "again"; Karttunen 1974). "Services resumed" presupposes that services had stopped, so it tells
 * the end of a stop, not that no stop happened. Chosen from WordNet 3.1 verb senses glossed "again", "anew" or "to a
 * former condition": resume v.01 ("take up or begin anew"), restore v.01 ("return to its original or usable and
 * functioning condition"), reopen v.01 ("open again"), reinstate v.01, reconnect v.01, restart v.01, reconvene v.01,
 * reactivate v.01, reestablish v.01, relaunch, revive v.03. "return" is left out: most often a verb of motion.
 * Read through `lexicon.tables['restitutive-verbs']`.
 * @public
 */
export const RESTITUTIVE_VERBS: readonly string[] = [
  'resume', 'restore', 'reopen', 'reinstate', 'reconnect', 'restart', 'reconvene', 'reactivate', 're-establish',
  'reestablish', 'relaunch', 'revive',
  // Verbs that end a confinement presuppose it as well: WordNet 3.1's synset {free, liberate, release, unloose} ("grant
  // freedom to; free from confinement"): "were freed" tells the end of "were trapped". Not "rescue": a rescue is told
  // in many words ("winched to safety"), which are no state before it.
  'free', 'release', 'liberate',
];

/**
 * Finite present-tense forms of the primary verbs be and have (Quirk et al. 1985, § 3.21): a state told with one
 * ("is closed", "have been shut") holds at the time of the report, so it is no earlier state that a restoring act ends.
 * Read through `lexicon.tables['restitutive-verbs']`.
 * @public
 */
export const PRESENT_AUXILIARIES: readonly string[] = ['is', 'are', 'am', 'has', 'have', "'s", "'re", "'ve"];
